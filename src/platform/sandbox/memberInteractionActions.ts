import type { InteractionBase } from '../../core/DomainEvent.js';
import { UserError } from '../../core/errors.js';
import type { ActionRow, ButtonComponent, SelectComponent, SlashCommandDefinition } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { validateCommandOptions } from './commandOptions.js';
import { requireChannel } from './guildQueries.js';
import { memberRoleIds, requireMemberRow } from './memberQueries.js';
import { requireMessage } from './messageQueries.js';
import { Permission, assertMemberCan } from './permissions.js';
import type { ButtonInput, CommandInput, SelectInput } from './sandboxInputs.js';
import { recordInteraction } from './recordInteraction.js';
import { fromJson } from './sandboxRows.js';

/** Records an interaction a member starts and returns what every interaction event carries. */
async function startInteraction(
  ctx: SandboxContext,
  fields: { userId: string; channelId: string; kind: 'command' | 'button' | 'select'; name: string },
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
  });
}

/**
 * A member runs a registered slash command → `interaction.command`. Returns the
 * interaction id; the module's reply is read with `findInteraction` once handled.
 * @throws UserError for an unknown command or options that do not fit its definition (no event)
 */
export async function invokeCommand(ctx: SandboxContext, input: CommandInput): Promise<{ interactionId: string }> {
  const row = await ctx.db
    .selectFrom('sandbox_commands')
    .select('definition')
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (row === undefined) {
    const known = await ctx.db.selectFrom('sandbox_commands').select('name').orderBy('position').execute();
    const list =
      known.length === 0 ? 'no commands are registered' : `registered: ${known.map((k) => `/${k.name}`).join(', ')}`;
    throw new UserError(`unknown command /${input.name} (${list})`);
  }
  const options = input.options ?? {};
  await validateCommandOptions(ctx.db, fromJson<SlashCommandDefinition>(row.definition), options);
  const base = await startInteraction(ctx, {
    userId: input.userId,
    channelId: input.channelId,
    kind: 'command',
    name: input.name,
  });
  await ctx.emit('interaction.command', base.interactionId, { ...base, commandName: input.name, options });
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
  const base = await startInteraction(ctx, { ...input, kind: 'button', name: input.customId });
  await ctx.emit('interaction.button', base.interactionId, { ...base, customId: input.customId });
  return { interactionId: base.interactionId };
}

/**
 * A member picks values in a select menu on a message → `interaction.select`.
 * @throws UserError for a button, values not among the options, or too few/many values (no event)
 */
export async function selectMenu(ctx: SandboxContext, input: SelectInput): Promise<{ interactionId: string }> {
  const component = await findComponent(ctx, input);
  if (component.kind !== 'select') throw new UserError(`"${input.customId}" is a button: click it instead`);
  const allowed = new Set(component.options.map((o) => o.value));
  const unknown = input.values.filter((v) => !allowed.has(v));
  if (unknown.length > 0)
    throw new UserError(`"${input.customId}" has no option ${unknown.map((v) => JSON.stringify(v)).join(', ')}`);
  const min = component.minValues ?? 1;
  const max = component.maxValues ?? 1;
  if (input.values.length < min || input.values.length > max || new Set(input.values).size !== input.values.length) {
    throw new UserError(`"${input.customId}" takes ${min === max ? min : `${min}–${max}`} different value(s)`);
  }
  const base = await startInteraction(ctx, { ...input, kind: 'select', name: input.customId });
  await ctx.emit('interaction.select', base.interactionId, { ...base, customId: input.customId, values: input.values });
  return { interactionId: base.interactionId };
}
