import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AutomodContext } from '../AutomodContext.js';
import type { MessageFacts } from '../parts/TriggerPart.js';
import { MessageText } from '../text/MessageText.js';
import { actOnMatches, type Verdict } from './actOnMatches.js';
import type { Match } from './Match.js';

/**
 * Runs the content triggers (those that need no history: links, phishing, invites, words,
 * mentions, caps, emoji) on an edited message, so a harmless message edited into a scam
 * link is caught too. Rate and duplicate triggers count posts, not edits.
 * @param event - the edit
 * @param ctx - module context
 * @returns what was done, or null when no rule applied
 */
export async function judgeEdit(event: DomainEventOf<'message.edited'>, ctx: AutomodContext): Promise<Verdict | null> {
  const { payload } = event;
  if (payload.authorId === null) return null;
  const { runtime } = ctx.state;
  const facts: MessageFacts = {
    guildId: event.guildId,
    messageId: payload.messageId,
    channelId: payload.channelId,
    authorId: payload.authorId,
    text: new MessageText(payload.content),
    // Edits carry no mention lists: mention spam is judged on posting.
    mentionedUserIds: [],
    mentionedRoleIds: [],
    attachmentCount: 0,
    at: event.occurredAt,
  };
  const env = runtime.env(ctx, event.guildId);
  const matches: Match[] = [];
  for (const rule of runtime.rules) {
    for (const trigger of rule.messageTriggers) {
      if (trigger.windowMs > 0) continue;
      const detection = await trigger.detect(facts, env);
      if (detection !== null) {
        matches.push({ rule, detection });
        break;
      }
    }
  }
  if (matches.length === 0) return null;
  const scene = { source: event, userId: payload.authorId, channelId: payload.channelId, at: event.occurredAt };
  return actOnMatches(matches, scene, ctx);
}
