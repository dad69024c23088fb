import type { EventPayloads } from '../../../core/DomainEvent.js';
import type { RecognitionDb } from '../RecognitionTables.js';

/**
 * A message as the event log recorded it (its author, bot or not), found by the stable id
 * its platform gave it (`<source>:message.created:<message id>`); null when it was never
 * recorded (sent before Guildhall ran, or by the bot itself).
 * @param db - the database
 * @param source - the platform that delivered it (`discord`, `sandbox`)
 * @param messageId - the platform's message id
 */
export async function findLoggedMessage(
  db: RecognitionDb,
  source: string,
  messageId: string,
): Promise<EventPayloads['message.created'] | null> {
  const row = await db
    .selectFrom('event_log')
    .select('payload')
    .where('id', '=', `${source}:message.created:${messageId}`)
    .executeTakeFirst();
  // Written by the engine from a typed event of this type.
  return row === undefined ? null : (JSON.parse(row.payload) as EventPayloads['message.created']);
}
