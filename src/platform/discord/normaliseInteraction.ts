import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, InteractionType } from 'discord.js';
import { z } from 'zod';
import {
  domainEvent,
  type CommandOptionValue,
  type DomainEvent,
  type InteractionBase,
} from '../../core/DomainEvent.js';
import { gatewayMember, gatewayUser } from './gatewaySchemas.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { snowflakeTime } from './snowflakeTime.js';
import { messageCommandData, targetMessageOf } from './targetMessage.js';

interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  options?: RawOption[] | undefined;
}

const rawOption: z.ZodType<RawOption> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    options: z.array(rawOption).optional(),
  }),
);

const interaction = z.object({
  id: z.string(),
  type: z.number(),
  token: z.string(),
  guild_id: z.string().optional(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  member: gatewayMember.optional(),
  user: gatewayUser.optional(),
  data: z
    .object({
      name: z.string().optional(),
      type: z.number().optional(),
      options: z.array(rawOption).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().optional(),
      values: z.array(z.string()).optional(),
      components: z.array(z.unknown()).optional(),
    })
    .extend(messageCommandData.shape)
    .default({}),
});

// Type numbers from discord-api-types, widened to plain numbers to compare with payload fields.
const APPLICATION_COMMAND: number = InteractionType.ApplicationCommand;
const MESSAGE_COMPONENT: number = InteractionType.MessageComponent;
const MODAL_SUBMIT: number = InteractionType.ModalSubmit;
const CHAT_INPUT: number = ApplicationCommandType.ChatInput;
const MESSAGE_COMMAND: number = ApplicationCommandType.Message;
const BUTTON: number = ComponentType.Button;
const SUBCOMMAND_TYPES: ReadonlySet<number> = new Set<number>([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);
const SELECT_TYPES: ReadonlySet<number> = new Set<number>([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/**
 * INTERACTION_CREATE → `interaction.command` (chat-input and message context-menu commands),
 * `interaction.button`, `interaction.select` (any select menu) or `interaction.modal`, id
 * `discord:interaction.<kind>:<interactionId>`. A command's `commandName` is its top-level
 * name (`privacy`), `subcommand` the subcommand invoked (`export`; a group's as `group sub`)
 * or null, and `options` the invoked (sub)command's options flattened to name → value. A
 * message command (type 3, "Mark as solution") has its name as `commandName`, no subcommand
 * or options, and `targetMessage` from `target_id` and `resolved.messages` (nothing when the
 * payload lacks them). Autocomplete, pings and user context-menu commands yield nothing.
 * A component or modal interaction from a direct message (no `guild_id`, `user` instead of
 * `member`: a button on a DM Guildhall sent) is the configured guild's, with
 * `inDirectMessage: true` and no roles; commands in DMs yield nothing (Guildhall's commands
 * are guild commands).
 * @param data - the dispatch payload
 * @param ctx - the configured guild
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export function normaliseInteraction(data: unknown, ctx: Pick<NormaliseContext, 'guildId'>): DomainEvent[] {
  const d = interaction.parse(data);
  const base: InteractionBase = {
    interactionId: d.id,
    token: d.token,
    userId: d.member?.user?.id ?? d.user?.id ?? '',
    channelId: d.channel_id ?? d.channel?.id ?? '',
    memberRoles: d.member?.roles ?? [],
    ...(d.guild_id === undefined ? { inDirectMessage: true } : {}),
  };
  const fields = { guildId: d.guild_id ?? ctx.guildId, occurredAt: snowflakeTime(d.id), source: 'discord' };
  const customId = d.data.custom_id ?? '';
  if (d.type === APPLICATION_COMMAND && d.guild_id !== undefined && (d.data.type ?? CHAT_INPUT) === CHAT_INPUT) {
    const { path, options } = flattenOptions(d.data.options ?? []);
    const subcommand = path.length === 0 ? null : path.join(' ');
    return [
      domainEvent('interaction.command', {
        ...fields,
        id: `discord:interaction.command:${d.id}`,
        payload: { ...base, commandName: d.data.name ?? '', subcommand, options },
      }),
    ];
  }
  if (d.type === APPLICATION_COMMAND && d.guild_id !== undefined && d.data.type === MESSAGE_COMMAND) {
    const targetMessage = targetMessageOf(d.data);
    if (targetMessage === null) return [];
    return [
      domainEvent('interaction.command', {
        ...fields,
        id: `discord:interaction.command:${d.id}`,
        payload: { ...base, commandName: d.data.name ?? '', subcommand: null, options: {}, targetMessage },
      }),
    ];
  }
  if (d.type === MESSAGE_COMPONENT && d.data.component_type === BUTTON) {
    return [
      domainEvent('interaction.button', {
        ...fields,
        id: `discord:interaction.button:${d.id}`,
        payload: { ...base, customId },
      }),
    ];
  }
  if (d.type === MESSAGE_COMPONENT && SELECT_TYPES.has(d.data.component_type ?? -1)) {
    const values = d.data.values ?? [];
    return [
      domainEvent('interaction.select', {
        ...fields,
        id: `discord:interaction.select:${d.id}`,
        payload: { ...base, customId, values },
      }),
    ];
  }
  if (d.type === MODAL_SUBMIT) {
    const modalFields = collectModalFields(d.data.components ?? [], {});
    return [
      domainEvent('interaction.modal', {
        ...fields,
        id: `discord:interaction.modal:${d.id}`,
        payload: { ...base, customId, fields: modalFields },
      }),
    ];
  }
  return [];
}

function flattenOptions(options: RawOption[]): { path: string[]; options: Record<string, CommandOptionValue> } {
  const path: string[] = [];
  const flat: Record<string, CommandOptionValue> = {};
  let level = options;
  for (;;) {
    const group = level.find((o) => SUBCOMMAND_TYPES.has(o.type));
    if (group === undefined) break;
    path.push(group.name);
    level = group.options ?? [];
  }
  for (const option of level) if (option.value !== undefined) flat[option.name] = option.value;
  return { path, options: flat };
}

const modalValue = z.object({
  custom_id: z.string(),
  value: z.string().optional(),
  values: z.array(z.string()).optional(),
});
const modalContainer = z.object({ components: z.array(z.unknown()).optional(), component: z.unknown().optional() });

/** Walks action rows (and newer Label wrappers) collecting text inputs' custom_id → value. */
function collectModalFields(nodes: unknown[], into: Record<string, string>): Record<string, string> {
  for (const node of nodes) {
    const field = modalValue.safeParse(node);
    if (field.success) {
      const value = field.data.value ?? field.data.values?.join(',');
      if (value !== undefined) into[field.data.custom_id] = value;
    }
    const container = modalContainer.safeParse(node);
    if (container.success) {
      collectModalFields(container.data.components ?? [], into);
      if (container.data.component !== undefined) collectModalFields([container.data.component], into);
    }
  }
  return into;
}
