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
 * referrals, ambassadors) and applies every relevant event again, in time order, exactly as
 * live handling applied it. Time order (`occurred_at`, then `seq` for events of the same
 * millisecond, e.g. an event and what a module emitted for it) rather than log order: history
 * imported later (`guildhall import dce --award-points`) is recorded after newer live events,
 * and cooldowns, first badges and levels depend on which message came first. Each page is read
 * after the last one's (`occurred_at`, `seq`), along the index `event_log_guild_time`. Nothing is emitted, announced or granted. Observed state (level
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
  // Keyset of the last event applied: (occurred_at, seq); before every event at first.
  let after = { at: Number.MIN_SAFE_INTEGER, seq: 0 };
  let events = 0;
  for (;;) {
    const rows = await db
      .selectFrom('event_log')
      .select(['seq', 'id', 'type', 'guild_id', 'occurred_at', 'source', 'payload'])
      .where('guild_id', '=', guildId)
      .where('type', 'in', replay.types)
      .where((eb) => eb(eb.refTuple('occurred_at', 'seq'), '>', eb.tuple(after.at, after.seq)))
      .orderBy('occurred_at')
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
    const last = rows.at(-1);
    if (last !== undefined) after = { at: last.occurred_at, seq: last.seq };
  }
  return { events };
}
