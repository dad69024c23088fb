import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AutomodContext } from '../AutomodContext.js';
import type { MessageFacts } from '../parts/TriggerPart.js';
import { recordCaughtSpam } from '../spam/spamExamples.js';
import { MessageText } from '../text/MessageText.js';
import { actOnMatches, type Verdict } from './actOnMatches.js';
import type { Match } from './Match.js';

/**
 * Runs every rule's message triggers on a new message (after remembering it for the
 * rate and duplicate windows) and acts on the rules that fired.
 * @param event - the message
 * @param ctx - module context
 * @returns what was done, or null when no rule applied
 */
export async function judgeMessage(
  event: DomainEventOf<'message.created'>,
  ctx: AutomodContext,
): Promise<Verdict | null> {
  const { payload } = event;
  if (payload.authorBot && ctx.config.ignoreBots) return null;
  const { runtime } = ctx.state;
  const memory = runtime.memory(event.guildId);
  const facts: MessageFacts = {
    guildId: event.guildId,
    messageId: payload.messageId,
    channelId: payload.channelId,
    authorId: payload.authorId,
    text: new MessageText(payload.content),
    mentionedUserIds: payload.mentionedUserIds,
    mentionedRoleIds: payload.mentionedRoleIds,
    attachmentCount: payload.attachmentCount,
    at: event.occurredAt,
  };
  memory.recordMessage(facts);
  const env = runtime.env(ctx, event.guildId);
  const matches: Match[] = [];
  for (const rule of runtime.rules) {
    for (const trigger of rule.messageTriggers) {
      const result = trigger.detect(facts, env);
      // Most triggers answer at once; only awaiting a promise keeps the common path synchronous.
      const detection = result instanceof Promise ? await result : result;
      if (detection !== null) {
        matches.push({ rule, detection });
        break;
      }
    }
  }
  if (matches.length === 0) return null;
  const verdict = await actOnMatches(
    matches,
    { source: event, userId: payload.authorId, channelId: payload.channelId, at: event.occurredAt },
    ctx,
  );
  if (verdict !== null && ctx.config.spamLearning.enabled) {
    // Kept for learning: what moderators decide about this message teaches the spam triggers.
    const learning = matches.find((m) => m.rule.learnsSpam && verdict.ruleIds.includes(m.rule.id));
    if (learning !== undefined) {
      await recordCaughtSpam(ctx, {
        guildId: event.guildId,
        userId: payload.authorId,
        messageId: payload.messageId,
        channelId: payload.channelId,
        ruleId:
          verdict.ruleIds.find((id) => matches.some((m) => m.rule.id === id && m.rule.learnsSpam)) ?? learning.rule.id,
        content: payload.content,
        at: event.occurredAt,
      });
    }
  }
  return verdict;
}
