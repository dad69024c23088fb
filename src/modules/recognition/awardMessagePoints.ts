import type { DomainEventOf } from '../../core/DomainEvent.js';
import type { ModuleContext } from '../../core/defineModule.js';
import type { RecognitionConfig } from './RecognitionConfig.js';
import { recognitionDb } from './RecognitionTables.js';

/** The outcome of one message for its author's points. */
export type MessageAward =
  | { awarded: true; points: number; total: number }
  | { awarded: false; why: 'bot' | 'too_short' | 'excluded_channel' | 'cooldown' | 'zero_points' | 'already_counted' };

/**
 * Awards message points: at most once per cooldown per member (anti-farming), only for
 * messages of the minimum meaningful length, never for bots or in excluded channels.
 * The cooldown runs on the message's own time, so replays and backfills give the same totals.
 * @param event - the message
 * @param ctx - module context
 * @param excludedChannelIds - ids of channels where messages earn nothing
 */
export async function awardMessagePoints(
  event: DomainEventOf<'message.created'>,
  ctx: ModuleContext<RecognitionConfig>,
  excludedChannelIds: ReadonlySet<string>,
): Promise<MessageAward> {
  const { payload, guildId, occurredAt } = event;
  if (payload.authorBot) return { awarded: false, why: 'bot' };
  const config = ctx.config;
  if (payload.content.trim().length < config.minMessageLength) return { awarded: false, why: 'too_short' };
  if (excludedChannelIds.has(payload.channelId)) return { awarded: false, why: 'excluded_channel' };
  const db = recognitionDb(ctx.db);
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom('recognition_members')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', payload.authorId)
      .executeTakeFirst();
    const last = member?.last_message_award_at ?? null;
    const coolingDown = last !== null && occurredAt - last < config.messageCooldownSeconds * 1000;
    const points = coolingDown ? 0 : config.points.message;
    if (points > 0) {
      const inserted = await trx
        .insertInto('recognition_awards')
        .values({
          guild_id: guildId,
          user_id: payload.authorId,
          points,
          reason: 'message',
          source_event_id: event.id,
          awarded_at: occurredAt,
        })
        .onConflict((oc) => oc.columns(['source_event_id', 'reason']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0)
        return { awarded: false, why: 'already_counted' } as const;
    }
    const total = (member?.points ?? 0) + points;
    const lastAward = points > 0 ? occurredAt : last;
    if (member === undefined) {
      await trx
        .insertInto('recognition_members')
        .values({
          guild_id: guildId,
          user_id: payload.authorId,
          points: total,
          messages: 1,
          last_message_award_at: lastAward,
          updated_at: ctx.clock.now(),
        })
        .execute();
    } else {
      await trx
        .updateTable('recognition_members')
        .set({
          points: total,
          messages: member.messages + 1,
          last_message_award_at: lastAward,
          updated_at: ctx.clock.now(),
        })
        .where('guild_id', '=', guildId)
        .where('user_id', '=', payload.authorId)
        .execute();
    }
    if (points > 0) return { awarded: true, points, total } as const;
    return { awarded: false, why: coolingDown ? 'cooldown' : 'zero_points' } as const;
  });
}
