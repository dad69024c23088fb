import { PlatformRuleError } from '../../core/errors.js';
import type { InteractionRef, InteractionReply, ModalSpec, SlashCommandDefinition } from '../Platform.js';
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
import type { SandboxInteraction } from './sandboxViews.js';

/** An interaction token is valid for 15 minutes on Discord. */
export const INTERACTION_TOKEN_MS = 15 * 60 * 1000;
const COMMAND_NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

/** Checks a definition the way Discord's bulk overwrite does. */
function assertValidCommand(command: SlashCommandDefinition): void {
  const where = `command "${command.name}"`;
  if (!COMMAND_NAME.test(command.name))
    throw new PlatformRuleError(`${where}: a name is 1–32 lower-case letters, digits, - or _`);
  if (command.description.length < 1 || command.description.length > 100) {
    throw new PlatformRuleError(`${where}: a description is 1–100 characters`);
  }
  const options = command.options ?? [];
  if (options.length > 25) throw new PlatformRuleError(`${where}: at most 25 options`);
  let optionalSeen = false;
  for (const option of options) {
    if (!COMMAND_NAME.test(option.name))
      throw new PlatformRuleError(`${where}: option name "${option.name}" is invalid`);
    if (option.required === true && optionalSeen)
      throw new PlatformRuleError(`${where}: required options must come first`);
    optionalSeen ||= option.required !== true;
  }
  if (new Set(options.map((o) => o.name)).size !== options.length)
    throw new PlatformRuleError(`${where}: option names repeat`);
}

/**
 * Replaces the guild's commands with `commands` (bulk overwrite).
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
 * @throws PlatformRuleError for invalid or repeated definitions, or more than 100
 */
export async function registerCommands(
  ctx: SandboxContext,
  guildId: string,
  commands: SlashCommandDefinition[],
): Promise<void> {
  await requireGuild(ctx, guildId);
  if (commands.length > 100) throw new PlatformRuleError('at most 100 guild commands');
  commands.forEach(assertValidCommand);
  if (new Set(commands.map((c) => c.name)).size !== commands.length)
    throw new PlatformRuleError('command names repeat');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sandbox_commands').execute();
    if (commands.length === 0) return;
    await trx
      .insertInto('sandbox_commands')
      .values(commands.map((c, position) => ({ name: c.name, position, definition: JSON.stringify(c) })))
      .execute();
  });
}

/** The registered commands, in registration order. */
export async function listCommands(db: SandboxDatabase): Promise<SlashCommandDefinition[]> {
  const rows = await db.selectFrom('sandbox_commands').select('definition').orderBy('position').execute();
  return rows.map((r) => fromJson<SlashCommandDefinition>(r.definition));
}

/** An interaction and its reply, or null for an unknown id. */
export async function findInteraction(db: SandboxDatabase, interactionId: string): Promise<SandboxInteraction | null> {
  const row = await db
    .selectFrom('sandbox_interactions')
    .selectAll()
    .where('id', '=', interactionId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    interactionId: row.id,
    kind: row.kind as SandboxInteraction['kind'],
    userId: row.user_id,
    channelId: row.channel_id,
    name: row.name,
    reply: row.reply === null ? null : fromJson<InteractionReply>(row.reply),
    modal: row.modal === null ? null : fromJson<ModalSpec>(row.modal),
    inDirectMessage: row.in_dm === 1,
  };
}

/** Reads an interaction the bot may still answer: right token, within 15 minutes, not answered. */
async function answerable(ctx: SandboxContext, ref: InteractionRef): Promise<SandboxInteractionTable> {
  const row = await ctx.db
    .selectFrom('sandbox_interactions')
    .selectAll()
    .where('id', '=', ref.interactionId)
    .executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('interaction', ref.interactionId);
  if (row.token !== ref.token)
    throw new PlatformRuleError('Invalid Webhook Token: the interaction token does not match');
  if (ctx.clock.now() - row.created_at > INTERACTION_TOKEN_MS)
    throw new SandboxNotFoundError('interaction', ref.interactionId);
  if (row.replied_at !== null) throw new PlatformRuleError('Interaction has already been acknowledged');
  return row;
}

/** Marks an interaction answered, once (a concurrent second answer is refused). */
async function markAnswered(
  ctx: SandboxContext,
  id: string,
  answer: { reply: string | null; modal: string | null },
): Promise<void> {
  const updated = await ctx.db
    .updateTable('sandbox_interactions')
    .set({ ...answer, replied_at: ctx.clock.now() })
    .where('id', '=', id)
    .where('replied_at', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new PlatformRuleError('Interaction has already been acknowledged');
}

/**
 * Answers an interaction once, within 15 minutes; a public reply also appears in the
 * channel as the bot's message (in the user's DMs for an interaction from a DM).
 * @throws SandboxNotFoundError for an unknown or expired interaction
 * @throws PlatformRuleError for a wrong token, a second answer, or a reply over limits
 */
export async function respondToInteraction(
  ctx: SandboxContext,
  ref: InteractionRef,
  reply: InteractionReply,
): Promise<void> {
  const row = await answerable(ctx, ref);
  assertMessageWithinLimits(reply);
  await markAnswered(ctx, row.id, { reply: JSON.stringify(reply), modal: null });
  if (reply.ephemeral === true) return;
  const guild = await ctx.guild();
  if (row.in_dm === 1) await insertDirectMessage(ctx, row.user_id, reply);
  else await insertMessage(ctx, { channelId: row.channel_id, authorId: guild.botUserId, message: reply });
}

/**
 * Answers an interaction with a modal, once, within 15 minutes; the user fills it in with
 * `submitModal`.
 * @throws SandboxNotFoundError for an unknown or expired interaction
 * @throws PlatformRuleError for a wrong token, a second answer, a modal submission, or a form over limits
 */
export async function showModal(ctx: SandboxContext, ref: InteractionRef, modal: ModalSpec): Promise<void> {
  const row = await answerable(ctx, ref);
  assertCanShowModal(row.kind);
  assertModalWithinLimits(modal);
  await markAnswered(ctx, row.id, { reply: null, modal: JSON.stringify(modal) });
}
