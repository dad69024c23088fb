import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import type { DeferOptions, InteractionRef, InteractionReply, OutgoingMessage } from '../Platform.js';
import { InvalidRequest } from '../PlatformError.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxInteractionTable } from './SandboxTables.js';
import { insertAttachments } from './attachments.js';
import { insertDirectMessage } from './botMessageActions.js';
import { insertMessage } from './messageQueries.js';
import { answerable, markAnswered, postPublicReply, usable } from './interactionActions.js';
import { fromJson } from './sandboxRows.js';
import type { SandboxReply } from './sandboxViews.js';

/**
 * Defers an interaction as Discord's callback type 5 does: acknowledged now ("Guildhall is
 * thinking…" in the panel), answered later by {@link editReply}; the answer's visibility is
 * decided here.
 * @throws SandboxNotFoundError for an unknown or expired interaction
 * @throws InvalidRequest (40060) when it was already answered or deferred; a wrong token
 */
export async function deferReply(ctx: SandboxContext, ref: InteractionRef, options: DeferOptions = {}): Promise<void> {
  const row = await answerable(ctx, ref);
  await markAnswered(ctx, row.id, {
    reply: null,
    modal: null,
    deferred: options.ephemeral === true ? 'ephemeral' : 'public',
  });
}

/**
 * Defers a button or select interaction as Discord's callback type 6 does: acknowledged, no
 * new message; {@link editReply} then edits the message the component is on.
 * @throws InvalidRequest for a slash command or modal, or when already answered or deferred
 */
export async function deferUpdate(ctx: SandboxContext, ref: InteractionRef): Promise<void> {
  const row = await answerable(ctx, ref);
  if (row.kind !== 'button' && row.kind !== 'select')
    throw new InvalidRequest(`a ${row.kind} interaction has no message to update (callback type 6 is for components)`);
  await markAnswered(ctx, row.id, { reply: null, modal: null, deferred: 'update' });
}

/**
 * Edits the original response (Discord's `PATCH …/messages/@original`): the deferred reply
 * becomes the answer (with the deferral's visibility), or the answer already given changes (a
 * public one in the channel or DMs too); after {@link deferUpdate}, the message the component
 * is on. Files, when given, replace the answer's files.
 * @throws SandboxNotFoundError (`message`, `@original`) when nothing answered it yet, or it was
 *   answered with a form; (`interaction`) for an unknown or expired one
 */
export async function editReply(ctx: SandboxContext, ref: InteractionRef, answer: InteractionReply): Promise<void> {
  const row = await usable(ctx, ref);
  if (row.replied_at === null || row.modal !== null) throw new SandboxNotFoundError('message', '@original');
  const { files, ...message } = fitted(answer);
  if (row.deferred === 'update') {
    await editSource(ctx, row, message);
    return;
  }
  const ephemeral = row.deferred === 'ephemeral' || (row.reply !== null && fromJson<SandboxReply>(row.reply).ephemeral);
  const reply = { ...message, ephemeral: ephemeral === true };
  await ctx.db
    .updateTable('sandbox_interactions')
    .set({ reply: JSON.stringify(reply) })
    .where('id', '=', row.id)
    .execute();
  if (files !== undefined) {
    await ctx.db.deleteFrom('sandbox_attachments').where('interaction_id', '=', row.id).execute();
    await insertAttachments(ctx, row.id, files);
  }
  if (reply.ephemeral) return;
  if (row.reply_message_id === null) await postPublicReply(ctx, row, message);
  else await editMessage(ctx, row, row.reply_message_id, message);
}

/**
 * Sends a follow-up message (Discord's `POST /webhooks/{app}/{token}`), ephemeral when asked;
 * a public one is posted where the interaction happened. As on Discord, the first follow-up to
 * a deferral not yet edited takes the deferred message's place (and visibility). The sandbox
 * keeps no files on follow-ups.
 * @throws SandboxNotFoundError (`message`, `@original`) before the interaction is acknowledged
 * @throws InvalidRequest for files
 */
export async function followUp(ctx: SandboxContext, ref: InteractionRef, answer: InteractionReply): Promise<void> {
  const row = await usable(ctx, ref);
  if (row.replied_at === null) throw new SandboxNotFoundError('message', '@original');
  if (isThinking(row)) {
    await editReply(ctx, ref, answer);
    return;
  }
  const { files, ...message } = fitted(answer);
  if (files !== undefined && files.length > 0)
    throw new InvalidRequest('the sandbox keeps no files on follow-up messages: attach them to the answer');
  const previous = row.follow_ups === null ? [] : fromJson<SandboxReply[]>(row.follow_ups);
  const followUps: SandboxReply[] = [...previous, { ...message, ephemeral: message.ephemeral === true }];
  await ctx.db
    .updateTable('sandbox_interactions')
    .set({ follow_ups: JSON.stringify(followUps) })
    .where('id', '=', row.id)
    .execute();
  if (message.ephemeral === true) return;
  const guild = await ctx.guild();
  if (row.in_dm === 1) await insertDirectMessage(ctx, row.user_id, message);
  else await insertMessage(ctx, { channelId: row.channel_id, authorId: guild.botUserId, message });
}

/** Deferred with a message to come, and not answered yet. */
function isThinking(row: SandboxInteractionTable): boolean {
  return row.reply === null && (row.deferred === 'ephemeral' || row.deferred === 'public');
}

function fitted(answer: InteractionReply): InteractionReply {
  const reply = fitMessage(answer);
  assertMessageWithinLimits(reply);
  return reply;
}

/** After a deferred update: edits the message the component is on (a channel message or an answer). */
async function editSource(ctx: SandboxContext, row: SandboxInteractionTable, message: OutgoingMessage): Promise<void> {
  if (row.source_message_id !== null) {
    await editMessage(ctx, row, row.source_message_id, message);
    return;
  }
  if (row.source_interaction_id === null) throw new SandboxNotFoundError('message', '@original');
  const source = await ctx.db
    .selectFrom('sandbox_interactions')
    .selectAll()
    .where('id', '=', row.source_interaction_id)
    .executeTakeFirst();
  if (source?.reply === undefined || source.reply === null) throw new SandboxNotFoundError('message', '@original');
  const ephemeral = fromJson<SandboxReply>(source.reply).ephemeral === true;
  await ctx.db
    .updateTable('sandbox_interactions')
    .set({ reply: JSON.stringify({ ...message, ephemeral }) })
    .where('id', '=', source.id)
    .execute();
  if (!ephemeral && source.reply_message_id !== null) await editMessage(ctx, source, source.reply_message_id, message);
}

/** Changes a message the bot posted (in the channel, or the user's DMs for an interaction from a DM). */
async function editMessage(
  ctx: SandboxContext,
  row: Pick<SandboxInteractionTable, 'in_dm' | 'channel_id'>,
  messageId: string,
  message: OutgoingMessage,
): Promise<void> {
  const fields = {
    content: message.content ?? '',
    embeds: JSON.stringify(message.embeds ?? []),
    components: JSON.stringify(message.components ?? []),
  };
  if (row.in_dm === 1) {
    await ctx.db.updateTable('sandbox_direct_messages').set(fields).where('id', '=', messageId).execute();
    return;
  }
  await ctx.db
    .updateTable('sandbox_messages')
    .set({ ...fields, edited_at: ctx.clock.now() })
    .where('id', '=', messageId)
    .where('channel_id', '=', row.channel_id)
    .execute();
}
