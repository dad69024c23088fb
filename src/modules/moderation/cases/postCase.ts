import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { caseEmbed } from './caseEmbed.js';
import type { ModerationCase } from './ModerationCase.js';

/**
 * Posts a case's embed to the mod-log channel (once: a case already posted is skipped) and
 * remembers the message.
 * @param ctx - module context
 * @param places - the resolved channels
 * @param c - the case
 */
export async function postCase(ctx: ModerationContext, places: ModerationPlaces, c: ModerationCase): Promise<void> {
  if (places.modLog === null || c.modLogMessageId !== null) return;
  const sent = await ctx.platform.sendMessage(places.modLog.id, { embeds: [caseEmbed(c)] });
  await moderationDb(ctx.db)
    .updateTable('moderation_cases')
    .set({ mod_log_message_id: sent.id })
    .where('id', '=', c.id)
    .execute();
  c.modLogMessageId = sent.id;
}

/**
 * Posts a one-line note about a case to the mod-log (expiry, appeal decision, lift).
 * @param ctx - module context
 * @param places - the resolved channels
 * @param text - the note
 * @param nonce - idempotency key (`OutgoingMessage.nonce`): a re-run posts it once
 */
export async function postNote(
  ctx: ModerationContext,
  places: ModerationPlaces,
  text: string,
  nonce?: string,
): Promise<void> {
  if (places.modLog === null) return;
  await ctx.platform.sendMessage(places.modLog.id, nonce === undefined ? { content: text } : { content: text, nonce });
}
