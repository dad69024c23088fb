import { sql } from 'kysely';
import type { EffectiveRules } from '../config/effectiveRules.js';
import type { AwardKind } from '../config/pointPresets.js';
import { periodKeysAt } from '../leaderboards/periods.js';
import type { RecognitionDb } from '../RecognitionTables.js';

/** One credit (or debit) to a member, caused by one event. */
export interface Credit {
  userId: string;
  kind: AwardKind;
  /** Negative for a reversal. */
  points: number;
  /** +1 for one more of `kind`, -1 to take one back, 0 for points alone. */
  count: number;
  sourceEventId: string;
  /** Once-only key within the source event and member (default: the kind). */
  reason?: string;
  /** Epoch ms of the cause (the event's time): the ledger's time and the member's `updated_at`. */
  at: number;
  /** Which periods it counts in (default `at`): a reversal counts where the award did. */
  periodAt?: number;
  /** Counters moved by `count` besides the kind's own (e.g. `thanks_received`). */
  alsoCount?: string[];
}

/** Whether the credit was new, and the member's all-time points after it. */
export interface CreditResult {
  credited: boolean;
  total: number;
}

/**
 * Writes one credit everywhere it counts: the ledger (once per source event, reason and
 * member: a redelivered event credits nothing), the member's points, the per-kind counters
 * and the leaderboard totals of every period and category it belongs to. Run it inside the
 * caller's transaction.
 * @param db - the database or the caller's transaction
 * @param rules - categories and seasons in force
 * @param guildId - the guild
 * @param credit - who, what, how much, because of what
 */
export async function creditMember(
  db: RecognitionDb,
  rules: EffectiveRules,
  guildId: string,
  credit: Credit,
): Promise<CreditResult> {
  const { userId, kind, points, count, at } = credit;
  const inserted = await db
    .insertInto('recognition_awards')
    .values({
      guild_id: guildId,
      user_id: userId,
      points,
      reason: credit.reason ?? kind,
      source_event_id: credit.sourceEventId,
      awarded_at: at,
    })
    .onConflict((oc) => oc.columns(['source_event_id', 'reason', 'user_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
    return { credited: false, total: await currentPoints(db, guildId, userId) };
  }
  const member = await db
    .insertInto('recognition_members')
    .values({ guild_id: guildId, user_id: userId, points, messages: 0, last_message_award_at: null, updated_at: at })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet({
        points: sql<number>`recognition_members.points + excluded.points`,
        updated_at: sql<number>`excluded.updated_at`,
      }),
    )
    .returning('points')
    .executeTakeFirstOrThrow();

  const counters = [
    { kind, count, points },
    ...(credit.alsoCount ?? []).map((extra) => ({ kind: extra, count, points: 0 })),
  ];
  await db
    .insertInto('recognition_counters')
    .values(counters.map((c) => ({ guild_id: guildId, user_id: userId, ...c })))
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id', 'kind']).doUpdateSet({
        count: sql<number>`recognition_counters.count + excluded.count`,
        points: sql<number>`recognition_counters.points + excluded.points`,
      }),
    )
    .execute();

  const byCategory: [string, number][] = points === 0 ? [] : [['points', points]];
  for (const [id, category] of Object.entries(rules.categories)) {
    if (!category.kinds.includes(kind)) continue;
    const value = category.measure === 'count' ? count : points;
    if (value !== 0) byCategory.push([id, value]);
  }
  if (byCategory.length > 0) {
    const periods = periodKeysAt(credit.periodAt ?? at, rules.seasons);
    await db
      .insertInto('recognition_totals')
      .values(
        periods.flatMap((period) =>
          byCategory.map(([category, value]) => ({ guild_id: guildId, period, category, user_id: userId, value })),
        ),
      )
      .onConflict((oc) =>
        oc.columns(['guild_id', 'period', 'category', 'user_id']).doUpdateSet({
          value: sql<number>`recognition_totals.value + excluded.value`,
        }),
      )
      .execute();
  }
  return { credited: true, total: member.points };
}

async function currentPoints(db: RecognitionDb, guildId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recognition_members')
    .select('points')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.points ?? 0;
}
