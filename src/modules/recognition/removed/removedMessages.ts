import type { RecognitionDb } from '../RecognitionTables.js';

/**
 * Whether a message was removed (what it earned taken back): a credit that arrives for it
 * afterwards (a thanks detected after automod's delete was handled) is refused.
 * @param a - the transaction, guild and whether removed messages are reversed at all
 * @param messageId - the message
 */
export async function isRemoved(
  a: { db: RecognitionDb; guildId: string; config: { removedMessages: { reverse: boolean } } },
  messageId: string,
): Promise<boolean> {
  if (!a.config.removedMessages.reverse) return false;
  const row = await a.db
    .selectFrom('recognition_removed_messages')
    .select('status')
    .where('guild_id', '=', a.guildId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row?.status === 'removed';
}

/**
 * Links a credit to the message it came from, so removing the message takes it back.
 * @param db - the caller's transaction
 * @param source - the crediting event, its guild, message, member and kind
 */
export async function recordMessageSource(
  db: RecognitionDb,
  source: {
    eventId: string;
    guildId: string;
    messageId: string;
    userId: string;
    kind: 'message' | 'thanks';
    at: number;
  },
): Promise<void> {
  await db
    .insertInto('recognition_message_sources')
    .values({
      source_event_id: source.eventId,
      guild_id: source.guildId,
      message_id: source.messageId,
      user_id: source.userId,
      kind: source.kind,
      at: source.at,
    })
    .onConflict((oc) => oc.columns(['source_event_id', 'message_id']).doNothing())
    .execute();
}
