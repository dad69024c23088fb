import type { InteractionBase, TargetMessage } from '../../core/DomainEvent.js';
import { UserError } from '../../core/errors.js';
import type {
  ActionRow,
  ButtonComponent,
  InteractionReply,
  SelectComponent,
  SlashCommandDefinition,
} from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { validateCommandOptions } from './commandOptions.js';
import { requireChannel } from './guildQueries.js';
import { commandKey, listCommands } from './interactionActions.js';
import { memberRoleIds, requireMemberRow, requireUser } from './memberQueries.js';
import { requireMessage } from './messageQueries.js';
import { Permission, assertMemberCan } from './permissions.js';
import type { ButtonInput, CommandInput, ReplyComponentInput, SelectInput } from './sandboxInputs.js';
import { recordInteraction } from './recordInteraction.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { fromJson } from './sandboxRows.js';

/** Records an interaction a member starts and returns what every interaction event carries. */
async function startInteraction(
  ctx: SandboxContext,
  fields: {
    userId: string;
    channelId: string;
    kind: 'command' | 'button' | 'select';
    name: string;
    source?: { sourceMessageId: string } | { sourceInteractionId: string };
  },
): Promise<InteractionBase> {
  const member = await requireMemberRow(ctx.db, fields.userId);
  const channel = await requireChannel(ctx.db, fields.channelId);
  await assertMemberCan(
    ctx,
    member,
    channel,
    Permission.VIEW_CHANNEL | Permission.USE_APPLICATION_COMMANDS,
    'use commands',
  );
  return recordInteraction(ctx, {
    userId: member.user_id,
    channelId: channel.id,
    kind: fields.kind,
    name: fields.name,
    memberRoles: await memberRoleIds(ctx.db, member.user_id),
    inDirectMessage: false,
    ...fields.source,
  });
}

/** The stored definition of a command, or undefined. */
async function findCommand(ctx: SandboxContext, key: string): Promise<SlashCommandDefinition | undefined> {
  const row = await ctx.db
    .selectFrom('sandbox_commands')
    .select('definition')
    .where('name', '=', key)
    .executeTakeFirst();
  return row === undefined ? undefined : fromJson<SlashCommandDefinition>(row.definition);
}

/**
 * The registered definition `input` invokes: a message command when `targetMessageId` is
 * given, else a slash command.
 * @throws UserError for an unknown command, or one of the other kind (named in the message)
 */
async function commandInvoked(ctx: SandboxContext, input: CommandInput): Promise<SlashCommandDefinition> {
  const asMessage = input.targetMessageId !== undefined;
  const found = await findCommand(ctx, commandKey({ type: asMessage ? 'message' : 'chat', name: input.name }));
  if (found !== undefined) return found;
  const other = await findCommand(ctx, commandKey({ type: asMessage ? 'chat' : 'message', name: input.name }));
  if (other !== undefined) {
    throw new UserError(
      asMessage
        ? `/${input.name} is a slash command: it is not used on a message (no targetMessageId)`
        : `"${input.name}" is a message command: it is used on a message (give targetMessageId)`,
    );
  }
  const known = await listCommands(ctx.db);
  const list =
    known.length === 0
      ? 'no commands are registered'
      : `registered: ${known.map((k) => (k.type === 'message' ? `"${k.name}" (message)` : `/${k.name}`)).join(', ')}`;
  throw new UserError(
    `unknown ${asMessage ? 'message command' : 'command'} ${asMessage ? `"${input.name}"` : `/${input.name}`} (${list})`,
  );
}

/** The message a message command is used on, as the event carries it. */
async function targetMessageOf(ctx: SandboxContext, channelId: string, messageId: string): Promise<TargetMessage> {
  const message = await requireMessage(ctx.db, channelId, messageId);
  const author = await requireUser(ctx.db, message.author_id);
  return {
    messageId: message.id,
    channelId: message.channel_id,
    authorId: message.author_id,
    authorBot: author.bot === 1,
    content: message.content,
  };
}

/**
 * A member runs a registered slash command (or one of its subcommands) →
 * `interaction.command` with `subcommand` (null without one). With `targetMessageId`, a
 * message context-menu command used on that message of `channelId` → `interaction.command`
 * with `targetMessage`, no subcommand and no options. Returns the interaction id; the
 * module's reply is read with `findInteraction` once handled.
 * @throws UserError for an unknown command, a slash command given a target message or a
 *   message command given none, a missing or unknown subcommand, or options that do not fit
 *   its definition (no event)
 * @throws SandboxNotFoundError for a target message not in the channel
 */
export async function invokeCommand(ctx: SandboxContext, input: CommandInput): Promise<{ interactionId: string }> {
  const definition = await commandInvoked(ctx, input);
  if (input.targetMessageId !== undefined) {
    if (input.subcommand !== undefined || Object.keys(input.options ?? {}).length > 0) {
      throw new UserError(`"${input.name}" is a message command: it has no subcommands or options`);
    }
    const targetMessage = await targetMessageOf(ctx, input.channelId, input.targetMessageId);
    const base = await startInteraction(ctx, {
      userId: input.userId,
      channelId: input.channelId,
      kind: 'command',
      name: input.name,
    });
    await ctx.emit('interaction.command', base.interactionId, {
      ...base,
      commandName: input.name,
      subcommand: null,
      options: {},
      targetMessage,
    });
    return { interactionId: base.interactionId };
  }
  const options = input.options ?? {};
  const subcommand = input.subcommand ?? null;
  await validateCommandOptions(ctx.db, definition, subcommand, options);
  const base = await startInteraction(ctx, {
    userId: input.userId,
    channelId: input.channelId,
    kind: 'command',
    name: subcommand === null ? input.name : `${input.name} ${subcommand}`,
  });
  await ctx.emit('interaction.command', base.interactionId, {
    ...base,
    commandName: input.name,
    subcommand,
    options,
  });
  return { interactionId: base.interactionId };
}

/** Finds the component with `customId` on a message of the channel. */
async function findComponent(ctx: SandboxContext, input: ButtonInput): Promise<ButtonComponent | SelectComponent> {
  const message = await requireMessage(ctx.db, input.channelId, input.messageId);
  const rows = fromJson<ActionRow[]>(message.components);
  const found = rows.flatMap((r) => r.components).find((c) => c.customId === input.customId);
  if (found === undefined)
    throw new UserError(`message ${message.id} has no component with customId "${input.customId}"`);
  return found;
}

/**
 * A member clicks a button on a message → `interaction.button`.
 * @throws UserError when the message has no button with that custom id (no event)
 */
export async function clickButton(ctx: SandboxContext, input: ButtonInput): Promise<{ interactionId: string }> {
  const component = await findComponent(ctx, input);
  if (component.kind !== 'button') throw new UserError(`"${input.customId}" is a select menu: choose values instead`);
  const source = { sourceMessageId: input.messageId };
  const base = await startInteraction(ctx, { ...input, kind: 'button', name: input.customId, source });
  await ctx.emit('interaction.button', base.interactionId, { ...base, customId: input.customId });
  return { interactionId: base.interactionId };
}

/**
 * Checks values chosen in a select menu as Discord's client does.
 * @throws UserError for values not among the options, or too few/many values
 */
function assertSelectValues(component: SelectComponent, values: readonly string[]): void {
  const allowed = new Set(component.options.map((o) => o.value));
  const unknown = values.filter((v) => !allowed.has(v));
  if (unknown.length > 0)
    throw new UserError(`"${component.customId}" has no option ${unknown.map((v) => JSON.stringify(v)).join(', ')}`);
  const min = component.minValues ?? 1;
  const max = component.maxValues ?? 1;
  if (values.length < min || values.length > max || new Set(values).size !== values.length) {
    throw new UserError(`"${component.customId}" takes ${min === max ? min : `${min}–${max}`} different value(s)`);
  }
}

/**
 * A member picks values in a select menu on a message → `interaction.select`.
 * @throws UserError for a button, values not among the options, or too few/many values (no event)
 */
export async function selectMenu(ctx: SandboxContext, input: SelectInput): Promise<{ interactionId: string }> {
  const component = await findComponent(ctx, input);
  if (component.kind !== 'select') throw new UserError(`"${input.customId}" is a button: click it instead`);
  assertSelectValues(component, input.values);
  const source = { sourceMessageId: input.messageId };
  const base = await startInteraction(ctx, { ...input, kind: 'select', name: input.customId, source });
  await ctx.emit('interaction.select', base.interactionId, { ...base, customId: input.customId, values: input.values });
  return { interactionId: base.interactionId };
}

/**
 * The member an interaction's answer was shown to presses a button on it (or, with `values`,
 * chooses in a select menu on it) → `interaction.button` (`interaction.select`), a new
 * interaction in the same channel or DM. This is how a member uses the components of an
 * ephemeral reply, which only they see, as on Discord: only that member, only a custom id the
 * answer carries. From a DM it works for users no longer in the guild (no roles); in a guild
 * channel the member needs its permissions, as for any component.
 * @throws SandboxNotFoundError for an unknown interaction
 * @throws UserError for an interaction not answered with a message, someone else, a custom id
 *   the answer does not carry, a button given values or a select menu without (no event)
 */
export async function pressReplyComponent(
  ctx: SandboxContext,
  input: ReplyComponentInput,
): Promise<{ interactionId: string }> {
  const row = await ctx.db
    .selectFrom('sandbox_interactions')
    .select(['id', 'user_id', 'channel_id', 'reply', 'in_dm'])
    .where('id', '=', input.interactionId)
    .executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('interaction', input.interactionId);
  if (row.reply === null) throw new UserError(`interaction ${row.id} was not answered with a message`);
  if (row.user_id !== input.userId) {
    throw new UserError(
      `only the member who started interaction ${row.id} can use the components of its answer (others press a public answer's on the channel message)`,
    );
  }
  const reply = fromJson<InteractionReply>(row.reply);
  const component = (reply.components ?? []).flatMap((r) => r.components).find((c) => c.customId === input.customId);
  if (component === undefined)
    throw new UserError(`the answer to interaction ${row.id} has no component with customId "${input.customId}"`);
  if (component.kind === 'button' && input.values !== undefined)
    throw new UserError(`"${input.customId}" is a button: press it without values`);
  if (component.kind === 'select') {
    if (input.values === undefined) throw new UserError(`"${input.customId}" is a select menu: choose values`);
    assertSelectValues(component, input.values);
  }
  const kind = component.kind;
  const base =
    row.in_dm === 1
      ? await recordInteraction(ctx, {
          userId: (await requireUser(ctx.db, row.user_id)).id,
          channelId: row.channel_id,
          kind,
          name: input.customId,
          memberRoles: [],
          inDirectMessage: true,
          sourceInteractionId: row.id,
        })
      : await startInteraction(ctx, {
          userId: row.user_id,
          channelId: row.channel_id,
          kind,
          name: input.customId,
          source: { sourceInteractionId: row.id },
        });
  if (component.kind === 'select') {
    await ctx.emit('interaction.select', base.interactionId, {
      ...base,
      customId: input.customId,
      values: input.values ?? [],
    });
  } else {
    await ctx.emit('interaction.button', base.interactionId, { ...base, customId: input.customId });
  }
  return { interactionId: base.interactionId };
}
