import { assertCommandsValid } from '../commandRules.js';
import { INTERACTION_TOKEN_MS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest } from '../PlatformError.js';
import type {
  InteractionRef,
  InteractionReply,
  ModalSpec,
  OutgoingMessage,
  SlashCommandDefinition,
} from '../Platform.js';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { assertModalWithinLimits } from '../modalLimits.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxDatabase, SandboxInteractionTable } from './SandboxTables.js';
import { requireGuild } from './guildQueries.js';
import { insertDirectMessage } from './botMessageActions.js';
import { insertMessage } from './messageQueries.js';
import { assertCanShowModal } from './modalSubmissions.js';
import { fromJson } from './sandboxRows.js';
import type { SandboxInteraction, SandboxReply } from './sandboxViews.js';
import { insertAttachments, listAttachments } from './attachments.js';

export { INTERACTION_TOKEN_MS } from '../discordLimits.js';

/**
 * Replaces the guild's commands with `commands` (bulk overwrite).
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
 * @throws InvalidRequest for definitions Discord refuses (see `assertCommandsValid`)
 */
export async function registerCommands(
  ctx: SandboxContext,
  guildId: string,
  commands: SlashCommandDefinition[],
): Promise<void> {
  await requireGuild(ctx, guildId);
  assertCommandsValid(commands);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sandbox_commands').execute();
    if (commands.length === 0) return;
    await trx
      .insertInto('sandbox_commands')
      .values(commands.map((c, position) => ({ name: commandKey(c), position, definition: JSON.stringify(c) })))
      .execute();
  });
}

/**
 * The key a command is stored under: its name for a slash command, `message:<name>` for a
 * message command (Discord keeps the two kinds apart, so the same name may be both).
 * @param command - the definition, or its type and name
 */
export function commandKey(command: Pick<SlashCommandDefinition, 'type' | 'name'>): string {
  return command.type === 'message' ? `message:${command.name}` : command.name;
}

/** The registered commands, in registration order. */
export async function listCommands(db: SandboxDatabase): Promise<SlashCommandDefinition[]> {
  const rows = await db.selectFrom('sandbox_commands').select('definition').orderBy('position').execute();
  return rows.map((r) => fromJson<SlashCommandDefinition>(r.definition));
}

/** An interaction and its reply (files listed as `attachments`), or null for an unknown id. */
export async function findInteraction(db: SandboxDatabase, interactionId: string): Promise<SandboxInteraction | null> {
  const row = await db
    .selectFrom('sandbox_interactions')
    .selectAll()
    .where('id', '=', interactionId)
    .executeTakeFirst();
  if (row === undefined) return null;
  let reply: SandboxReply | null = null;
  if (row.reply !== null) {
    reply = fromJson<SandboxReply>(row.reply);
    const attachments = await listAttachments(db, row.id);
    if (attachments.length > 0) reply = { ...reply, attachments };
  }
  return {
    interactionId: row.id,
    kind: row.kind as SandboxInteraction['kind'],
    userId: row.user_id,
    channelId: row.channel_id,
    name: row.name,
    reply,
    modal: row.modal === null ? null : fromJson<ModalSpec>(row.modal),
    inDirectMessage: row.in_dm === 1,
    thinking: reply === null && (row.deferred === 'ephemeral' || row.deferred === 'public'),
    ...(row.deferred === 'ephemeral' || row.deferred === 'public'
      ? { deferredEphemeral: row.deferred === 'ephemeral' }
      : {}),
    followUps: row.follow_ups === null ? [] : fromJson<SandboxReply[]>(row.follow_ups),
  };
}

/** Reads an interaction the bot may still answer: right token, within 15 minutes, not answered. */
export async function answerable(ctx: SandboxContext, ref: InteractionRef): Promise<SandboxInteractionTable> {
  const row = await usable(ctx, ref);
  if (row.replied_at !== null)
    throw new InvalidRequest(
      'Interaction has already been acknowledged',
      DISCORD_ERROR_CODES.interactionAlreadyAcknowledged,
    );
  return row;
}

/**
 * Reads an interaction whose token still works: right token, within 15 minutes.
 * @throws SandboxNotFoundError for an unknown or expired interaction
 * @throws InvalidRequest for a wrong token
 */
export async function usable(ctx: SandboxContext, ref: InteractionRef): Promise<SandboxInteractionTable> {
  const row = await ctx.db
    .selectFrom('sandbox_interactions')
    .selectAll()
    .where('id', '=', ref.interactionId)
    .executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('interaction', ref.interactionId);
  if (row.token !== ref.token)
    throw new InvalidRequest(
      'Invalid Webhook Token: the interaction token does not match',
      DISCORD_ERROR_CODES.invalidWebhookToken,
    );
  if (ctx.clock.now() - row.created_at > INTERACTION_TOKEN_MS)
    throw new SandboxNotFoundError('interaction', ref.interactionId);
  return row;
}

/** Marks an interaction answered (or deferred), once (a concurrent second answer is refused). */
export async function markAnswered(
  ctx: SandboxContext,
  id: string,
  answer: { reply: string | null; modal: string | null; deferred?: SandboxInteractionTable['deferred'] },
): Promise<void> {
  const updated = await ctx.db
    .updateTable('sandbox_interactions')
    .set({ ...answer, replied_at: ctx.clock.now() })
    .where('id', '=', id)
    .where('replied_at', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    throw new InvalidRequest(
      'Interaction has already been acknowledged',
      DISCORD_ERROR_CODES.interactionAlreadyAcknowledged,
    );
}

/**
 * Answers an interaction once, within 15 minutes; a public reply also appears in the
 * channel as the bot's message (in the user's DMs for an interaction from a DM). Files are
 * kept with the interaction (`sandbox_attachments`), listed as the reply's `attachments`.
 * Text over Discord's limits is cut first (`fitMessage`).
 * @throws SandboxNotFoundError for an unknown or expired interaction
 * @throws InvalidRequest for a wrong token, a second answer, or a reply over the message
 *   limits fitting cannot fix or attachment limits
 */
export async function respondToInteraction(
  ctx: SandboxContext,
  ref: InteractionRef,
  answer: InteractionReply,
): Promise<void> {
  const row = await answerable(ctx, ref);
  const reply = fitMessage(answer);
  assertMessageWithinLimits(reply);
  const { files = [], ...message } = reply;
  await markAnswered(ctx, row.id, { reply: JSON.stringify(message), modal: null });
  await insertAttachments(ctx, row.id, files);
  if (message.ephemeral === true) return;
  await postPublicReply(ctx, row, message);
}

/**
 * Shows a public answer where the interaction happened (the channel, or the user's DMs) and
 * remembers the message, which an edit of the answer changes.
 */
export async function postPublicReply(
  ctx: SandboxContext,
  row: Pick<SandboxInteractionTable, 'id' | 'in_dm' | 'user_id' | 'channel_id'>,
  message: OutgoingMessage,
): Promise<void> {
  const guild = await ctx.guild();
  const posted =
    row.in_dm === 1
      ? await insertDirectMessage(ctx, row.user_id, message)
      : await insertMessage(ctx, { channelId: row.channel_id, authorId: guild.botUserId, message });
  await ctx.db
    .updateTable('sandbox_interactions')
    .set({ reply_message_id: posted.id })
    .where('id', '=', row.id)
    .execute();
}

/**
 * Answers an interaction with a modal, once, within 15 minutes; the user fills it in with
 * `submitModal`.
 * @throws SandboxNotFoundError for an unknown or expired interaction
 * @throws InvalidRequest for a wrong token, a second answer, a modal submission, or a form over limits
 */
export async function showModal(ctx: SandboxContext, ref: InteractionRef, modal: ModalSpec): Promise<void> {
  const row = await answerable(ctx, ref);
  assertCanShowModal(row.kind);
  assertModalWithinLimits(modal);
  await markAnswered(ctx, row.id, { reply: null, modal: JSON.stringify(modal) });
}
