import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import type { RemovalCause } from '../recognitionEvents.js';
import { reverseMessageCredits } from './reverseMessageCredits.js';

/** A message removed: which, by whom if known, why, and the event that says so. */
export interface Removal {
  messageId: string;
  /** The author when the event says (automod's evidence); else taken from what it credited. */
  userId: string | null;
  cause: RemovalCause;
  eventId: string;
  at: number;
}

/**
 * Takes back what a removed message earned, once: a message removed twice (automod deleted
 * it, then `message.deleted` arrives; or its author is banned afterwards) is reversed by
 * the first removal only, and a message that earned nothing changes nothing but its row.
 * @param a - apply context
 * @param removal - the message and why it was removed
 */
export async function removeMessage(a: ApplyContext, removal: Removal): Promise<Outcome[]> {
  if (!a.config.removedMessages.reverse) return [];
  const { db, guildId } = a;
  const row = await db
    .selectFrom('recognition_removed_messages')
    .select(['status', 'user_id'])
    .where('guild_id', '=', guildId)
    .where('message_id', '=', removal.messageId)
    .executeTakeFirst();
  if (row?.status === 'removed') return [];
  const author =
    removal.userId ??
    row?.user_id ??
    (
      await db
        .selectFrom('recognition_message_sources')
        .select('user_id')
        .where('guild_id', '=', guildId)
        .where('message_id', '=', removal.messageId)
        .where('kind', '=', 'message')
        .executeTakeFirst()
    )?.user_id ??
    null;
  const values = {
    user_id: author,
    status: 'removed' as const,
    cause: removal.cause,
    event_id: removal.eventId,
    at: removal.at,
  };
  if (row === undefined) {
    await db
      .insertInto('recognition_removed_messages')
      .values({ guild_id: guildId, message_id: removal.messageId, ...values })
      .execute();
  } else {
    await db
      .updateTable('recognition_removed_messages')
      .set(values)
      .where('guild_id', '=', guildId)
      .where('message_id', '=', removal.messageId)
      .execute();
  }
  return reverseMessageCredits(a, removal);
}

/**
 * Notes a message automod flagged without deleting it: it keeps what it earned unless its
 * author is banned (then {@link removeMessage} takes it back). A message already noted is
 * left as it is.
 * @param a - apply context
 * @param flag - the message, its author, the automod event
 */
export async function flagMessage(
  a: ApplyContext,
  flag: { messageId: string; userId: string | null; eventId: string; at: number },
): Promise<void> {
  if (!a.config.removedMessages.reverse) return;
  await a.db
    .insertInto('recognition_removed_messages')
    .values({
      guild_id: a.guildId,
      message_id: flag.messageId,
      user_id: flag.userId,
      status: 'flagged',
      cause: 'automod',
      event_id: flag.eventId,
      at: flag.at,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'message_id']).doNothing())
    .execute();
}
