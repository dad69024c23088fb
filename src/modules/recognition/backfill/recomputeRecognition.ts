import type { DomainEvent, EventType } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { EffectiveRules } from '../config/effectiveRules.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import { DERIVED_TABLES, type RecognitionDb } from '../RecognitionTables.js';

/** Events applied per transaction. */
const PAGE = 500;

/**
 * What a recompute applies: the event types whose effect on the derived tables is a function
 * of the event alone, and the function applying one (the same one live handling runs; see
 * `recognitionReplay`).
 */
export interface Replay {
  types: readonly EventType[];
  apply(a: ApplyContext, event: DomainEvent): Promise<unknown>;
}

/** What a recompute did. */
export interface RecomputeReport {
  events: number;
}

/**
 * Recomputes a guild's derived recognition state from the event log: clears the derived
 * tables (points, ledger, counters, leaderboard totals, badges and achievements, thanks,
 * referrals, ambassadors) and applies every relevant event again, in log order, exactly as
 * live handling applied it. Nothing is emitted, announced or granted. Observed state (level
 * roles, invite snapshots, posts) is kept; the daily level sync brings roles in line.
 * Safe to run again after a crash: it starts from a clean slate each time.
 * @param db - the database
 * @param options - guild, config, effective rules, excluded channel ids, what to replay
 */
export async function recomputeRecognition(
  db: RecognitionDb,
  options: {
    guildId: string;
    config: RecognitionConfig;
    rules: EffectiveRules;
    excludedChannelIds: ReadonlySet<string>;
    replay: Replay;
  },
): Promise<RecomputeReport> {
  const { guildId, config, rules, excludedChannelIds, replay } = options;
  await db.transaction().execute(async (trx) => {
    for (const table of DERIVED_TABLES) await trx.deleteFrom(table).where('guild_id', '=', guildId).execute();
  });
  let after = 0;
  let events = 0;
  for (;;) {
    const rows = await db
      .selectFrom('event_log')
      .select(['seq', 'id', 'type', 'guild_id', 'occurred_at', 'source', 'payload'])
      .where('guild_id', '=', guildId)
      .where('type', 'in', replay.types)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (trx) => {
      const a: ApplyContext = { db: trx, guildId, config, rules, excludedChannelIds };
      for (const row of rows) {
        // Written by the engine from a typed event of this type.
        const event = {
          id: row.id,
          type: row.type,
          guildId: row.guild_id,
          occurredAt: row.occurred_at,
          source: row.source,
          payload: JSON.parse(row.payload) as unknown,
        } as DomainEvent;
        await replay.apply(a, event);
      }
    });
    events += rows.length;
    after = rows.at(-1)?.seq ?? after;
  }
  return { events };
}
