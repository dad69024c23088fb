import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AutomodContext } from '../AutomodContext.js';
import type { JoinFacts } from '../parts/TriggerPart.js';
import { actOnMatches, type Verdict } from './actOnMatches.js';
import type { Match } from './Match.js';

/**
 * Remembers a join (for the join-rate window), runs every rule's join triggers and acts on
 * the rules that fired.
 * @param event - the join
 * @param ctx - module context
 * @returns what was done, or null when no rule applied
 */
export async function judgeJoin(event: DomainEventOf<'member.joined'>, ctx: AutomodContext): Promise<Verdict | null> {
  const { payload } = event;
  if (payload.bot && ctx.config.ignoreBots) return null;
  const { runtime } = ctx.state;
  const memory = runtime.memory(event.guildId);
  const facts: JoinFacts = {
    guildId: event.guildId,
    userId: payload.userId,
    accountCreatedAt: payload.accountCreatedAt,
    at: event.occurredAt,
  };
  memory.recordJoin({ userId: payload.userId, at: event.occurredAt });
  const env = runtime.env(ctx, event.guildId);
  const matches: Match[] = [];
  for (const rule of runtime.rules) {
    for (const trigger of rule.joinTriggers) {
      const detection = trigger.detect(facts, env);
      if (detection !== null) {
        matches.push({ rule, detection });
        break;
      }
    }
  }
  if (matches.length === 0) return null;
  // The join says who the member is: no need to read them from the platform.
  const member = { roles: payload.roles, joinedAt: payload.joinedAt, accountCreatedAt: payload.accountCreatedAt };
  return actOnMatches(
    matches,
    { source: event, userId: payload.userId, channelId: null, at: event.occurredAt, member },
    ctx,
  );
}
