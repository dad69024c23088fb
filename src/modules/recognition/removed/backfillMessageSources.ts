import type { Kysely } from 'kysely';
import type { EventLogTable } from '../../../store/CoreTables.js';
import type { RecognitionMessageSourceTable } from '../RecognitionTables.js';

/** Event-log rows read per query. */
const PAGE = 1000;

type Tables = {
  event_log: EventLogTable;
  recognition_counted_messages: { source_event_id: string; user_id: string };
  recognition_awards: { source_event_id: string; user_id: string; reason: string };
  recognition_message_sources: RecognitionMessageSourceTable;
};

/**
 * Links the credits recorded before message sources existed to their messages (migration
 * 0004): each counted message, and each thanks credited, by its event's `messageId`. Pages
 * through the event log; a row already linked is left as it is.
 * @param untyped - the database being migrated
 */
export async function backfillMessageSources(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped.withTables<Tables>();
  for (const kind of ['message', 'thanks'] as const) {
    let after = 0;
    for (;;) {
      const base = db
        .selectFrom('event_log as e')
        .where('e.seq', '>', after)
        .where('e.type', '=', kind === 'message' ? 'message.created' : 'recognition.thanks_given');
      const rows =
        kind === 'message'
          ? await base
              .innerJoin('recognition_counted_messages as s', 's.source_event_id', 'e.id')
              .select(['e.seq', 'e.id', 'e.guild_id', 'e.occurred_at', 'e.payload', 's.user_id'])
              .orderBy('e.seq')
              .limit(PAGE)
              .execute()
          : await base
              .innerJoin('recognition_awards as s', 's.source_event_id', 'e.id')
              .where('s.reason', '=', 'helpful_answer')
              .select(['e.seq', 'e.id', 'e.guild_id', 'e.occurred_at', 'e.payload', 's.user_id'])
              .orderBy('e.seq')
              .limit(PAGE)
              .execute();
      if (rows.length === 0) break;
      const values = rows.flatMap((row) => {
        const { messageId } = JSON.parse(row.payload) as { messageId?: unknown };
        if (typeof messageId !== 'string') return [];
        return [
          {
            source_event_id: row.id,
            guild_id: row.guild_id,
            message_id: messageId,
            user_id: row.user_id,
            kind,
            at: row.occurred_at,
          },
        ];
      });
      if (values.length > 0) {
        await db
          .insertInto('recognition_message_sources')
          .values(values)
          .onConflict((oc) => oc.columns(['source_event_id', 'message_id']).doNothing())
          .execute();
      }
      after = rows.at(-1)?.seq ?? after;
    }
  }
}
