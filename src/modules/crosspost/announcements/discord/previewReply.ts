import type { InteractionReply } from '../../../../platform/Platform.js';
import type { AdaptedText } from '../adapt/adaptAnnouncement.js';
import { PLATFORM_LABELS } from '../platformLimits.js';
import { ANNOUNCE_IDS } from './announceIds.js';

/**
 * The ephemeral preview of a draft: one embed per platform with its adapted text and its
 * length against the limit, and Publish / Cancel buttons carrying the draft id.
 * @param postId - the draft
 * @param adapted - the draft adapted per platform
 * @param where - where publishing sends it, for the author (`#announcements and 2 webhooks`)
 */
export function previewReply(postId: string, adapted: readonly AdaptedText[], where: string): InteractionReply {
  return {
    ephemeral: true,
    content: `Preview of your announcement. Publishing posts it to ${where}.`,
    embeds: adapted.map((a) => ({
      title: `${PLATFORM_LABELS[a.platform]} — ${a.length}/${a.maxLength}${a.truncated ? ' (shortened)' : ''} · ${a.hashtags.length}/${a.hashtagLimit} hashtags`,
      description: a.text.length > 4000 ? `${a.text.slice(0, 3990)}…` : a.text,
    })),
    components: [
      {
        components: [
          { kind: 'button', customId: `${ANNOUNCE_IDS.publish}${postId}`, label: 'Publish', style: 'success' },
          { kind: 'button', customId: `${ANNOUNCE_IDS.cancel}${postId}`, label: 'Cancel', style: 'secondary' },
        ],
      },
    ],
  };
}
