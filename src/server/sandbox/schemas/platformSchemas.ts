import { z } from 'zod';
import type { EmojiRef } from '../../../core/DomainEvent.js';
import { PERMISSION_NAMES, type PermissionName } from '../../../platform/permissionFlags.js';
import type {
  ActionRow,
  ChannelSnapshot,
  Embed,
  GuildSnapshot,
  InviteSnapshot,
  MemberSnapshot,
  ModalSpec,
  NativeAutomodRuleSnapshot,
  RoleSnapshot,
  SlashCommandDefinition,
} from '../../../platform/Platform.js';
import type { SameType } from './sameType.js';

/** Zod schemas of the platform types the sandbox API answers with (see src/platform/types/). */

export const EmojiRefSchema = z.object({ id: z.string().nullable(), name: z.string() });

export const EmbedSchema = z.object({
  title: z.string().exactOptional(),
  description: z.string().exactOptional(),
  color: z.number().exactOptional(),
  fields: z
    .array(z.object({ name: z.string(), value: z.string(), inline: z.boolean().exactOptional() }))
    .exactOptional(),
  footer: z.string().exactOptional(),
  timestamp: z.string().exactOptional(),
});

const ButtonSchema = z.object({
  kind: z.literal('button'),
  customId: z.string(),
  label: z.string(),
  style: z.enum(['primary', 'secondary', 'success', 'danger']),
});
const SelectSchema = z.object({
  kind: z.literal('select'),
  customId: z.string(),
  placeholder: z.string().exactOptional(),
  options: z.array(z.object({ label: z.string(), value: z.string(), description: z.string().exactOptional() })),
  minValues: z.number().exactOptional(),
  maxValues: z.number().exactOptional(),
});
export const ActionRowSchema = z.object({
  components: z.array(z.discriminatedUnion('kind', [ButtonSchema, SelectSchema])),
});

export const ModalSpecSchema = z.object({
  customId: z.string(),
  title: z.string(),
  inputs: z.array(
    z.object({
      customId: z.string(),
      label: z.string(),
      style: z.enum(['short', 'paragraph']),
      required: z.boolean().exactOptional(),
      minLength: z.number().exactOptional(),
      maxLength: z.number().exactOptional(),
      placeholder: z.string().exactOptional(),
      value: z.string().exactOptional(),
    }),
  ),
});

export const ChannelSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['category', 'text', 'announcement', 'forum', 'voice', 'stage', 'thread']),
  parentId: z.string().nullable(),
  position: z.number(),
  topic: z.string().nullable(),
  rateLimitPerUser: z.number(),
  nsfw: z.boolean(),
  permissionOverwrites: z.array(
    z.object({ id: z.string(), type: z.enum(['role', 'member']), allow: z.string(), deny: z.string() }),
  ),
  userLimit: z.number(),
  bitrate: z.number(),
  availableTags: z.array(
    z.object({
      id: z.string().exactOptional(),
      name: z.string(),
      moderated: z.boolean(),
      emoji: z.string().nullable(),
    }),
  ),
  defaultSortOrder: z.enum(['latest_activity', 'creation_date']).nullable(),
});

export const RoleSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.number(),
  hoist: z.boolean(),
  mentionable: z.boolean(),
  permissions: z.string(),
  position: z.number(),
  managed: z.boolean(),
});

export const GuildSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  channels: z.array(ChannelSnapshotSchema),
  roles: z.array(RoleSnapshotSchema),
  botHighestRolePosition: z.number(),
  verificationLevel: z.enum(['none', 'low', 'medium', 'high', 'very_high']),
  memberCount: z.number(),
});

export const MemberSnapshotSchema = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  bot: z.boolean(),
  roles: z.array(z.string()),
  joinedAt: z.number(),
  timeoutUntil: z.number().nullable(),
});

export const InviteSnapshotSchema = z.object({
  code: z.string(),
  channelId: z.string(),
  inviterId: z.string().nullable(),
  uses: z.number(),
  maxUses: z.number(),
});

const SlashCommandValueOptionSchema = z.object({
  name: z.string(),
  description: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean', 'user', 'channel', 'role']),
  required: z.boolean().exactOptional(),
  choices: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]) })).exactOptional(),
});
const SlashCommandSubcommandSchema = z.object({
  name: z.string(),
  description: z.string(),
  type: z.literal('subcommand'),
  options: z.array(SlashCommandValueOptionSchema).exactOptional(),
});
export const SlashCommandDefinitionSchema = z.object({
  type: z.enum(['chat', 'message']).exactOptional(),
  name: z.string(),
  description: z.string(),
  options: z.array(z.union([SlashCommandValueOptionSchema, SlashCommandSubcommandSchema])).exactOptional(),
  defaultMemberPermissions: z.array(z.enum(PERMISSION_NAMES as [PermissionName, ...PermissionName[]])).exactOptional(),
});

const AutomodTriggerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('keyword'),
    keywords: z.array(z.string()),
    regexPatterns: z.array(z.string()),
    allowList: z.array(z.string()),
  }),
  z.object({ type: z.literal('spam') }),
  z.object({
    type: z.literal('keyword_preset'),
    presets: z.array(z.enum(['profanity', 'sexual_content', 'slurs'])),
    allowList: z.array(z.string()),
  }),
  z.object({ type: z.literal('mention_spam'), mentionTotalLimit: z.number(), raidProtection: z.boolean() }),
  z.object({ type: z.enum(['member_profile', 'other']), code: z.number() }),
]);
const AutomodActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('block_message'), customMessage: z.string().nullable() }),
  z.object({ type: z.literal('send_alert_message'), channelId: z.string() }),
  z.object({ type: z.literal('timeout'), durationSeconds: z.number() }),
  z.object({ type: z.enum(['block_member_interaction', 'other']), code: z.number() }),
]);
export const NativeAutomodRuleSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  creatorId: z.string(),
  trigger: AutomodTriggerSchema,
  actions: z.array(AutomodActionSchema),
  enabled: z.boolean(),
  exemptRoles: z.array(z.string()),
  exemptChannels: z.array(z.string()),
});

// Each schema is exactly its platform type: a key missing here would be stripped from replies.
export const platformSchemasMatch: [
  SameType<z.infer<typeof EmojiRefSchema>, EmojiRef>,
  SameType<z.infer<typeof EmbedSchema>, Embed>,
  SameType<z.infer<typeof ActionRowSchema>, ActionRow>,
  SameType<z.infer<typeof ModalSpecSchema>, ModalSpec>,
  SameType<z.infer<typeof ChannelSnapshotSchema>, ChannelSnapshot>,
  SameType<z.infer<typeof RoleSnapshotSchema>, RoleSnapshot>,
  SameType<z.infer<typeof GuildSnapshotSchema>, GuildSnapshot>,
  SameType<z.infer<typeof MemberSnapshotSchema>, MemberSnapshot>,
  SameType<z.infer<typeof InviteSnapshotSchema>, InviteSnapshot>,
  SameType<z.infer<typeof SlashCommandDefinitionSchema>, SlashCommandDefinition>,
  SameType<z.infer<typeof NativeAutomodRuleSnapshotSchema>, NativeAutomodRuleSnapshot>,
] = [true, true, true, true, true, true, true, true, true, true, true];
