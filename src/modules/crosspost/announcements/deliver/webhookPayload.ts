import type { AdaptedText, AnnouncementDraft } from '../adapt/adaptAnnouncement.js';
import type { CrosspostPlatform } from '../platformLimits.js';

/** The JSON body an outgoing webhook receives. */
export type WebhookPayload =
  | { content: string; allowed_mentions: { parse: never[] } }
  | { text: string }
  | { text: string; title: string; link: string | null; hashtags: string[]; platform: CrosspostPlatform };

/**
 * The JSON body for a target's platform: `discord` → a Discord webhook's `{ content,
 * allowed_mentions }` (nobody pinged); `x` → `{ text }` (the shape of X's create-post
 * request, for a relay holding the credentials); `linkedin`, `youtube` and `generic` →
 * `{ text, title, link, hashtags, platform }`, the text already adapted.
 * @param platform - the target's platform
 * @param adapted - the announcement adapted for it
 * @param draft - what the author wrote (title, link)
 * @see https://discord.com/developers/docs/resources/webhook#execute-webhook
 */
export function webhookPayload(
  platform: CrosspostPlatform,
  adapted: AdaptedText,
  draft: AnnouncementDraft,
): WebhookPayload {
  if (platform === 'discord') return { content: adapted.text, allowed_mentions: { parse: [] } };
  if (platform === 'x') return { text: adapted.text };
  return { text: adapted.text, title: draft.title, link: draft.link, hashtags: adapted.hashtags, platform };
}
