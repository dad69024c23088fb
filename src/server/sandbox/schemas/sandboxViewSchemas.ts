import { z } from 'zod';
import type { SandboxAuditEntry } from '../../../platform/sandbox/auditLog.js';
import type {
  SandboxAttachment,
  SandboxBan,
  SandboxDirectMessage,
  SandboxInteraction,
  SandboxInvite,
  SandboxMember,
  SandboxMessage,
  SandboxReply,
  SandboxThread,
  SandboxVoiceState,
} from '../../../platform/sandbox/sandboxViews.js';
import {
  ActionRowSchema,
  ChannelSnapshotSchema,
  EmbedSchema,
  EmojiRefSchema,
  InviteSnapshotSchema,
  MemberSnapshotSchema,
  ModalSpecSchema,
} from './platformSchemas.js';
import type { SameType } from './sameType.js';

/** Zod schemas of the sandbox's views (src/platform/sandbox/sandboxViews.ts) the API answers with. */

export const SandboxVoiceStateSchema = z.object({
  userId: z.string(),
  channelId: z.string(),
  muted: z.boolean(),
  deafened: z.boolean(),
  joinedAt: z.number(),
});

export const SandboxMemberSchema = MemberSnapshotSchema.extend({
  dmsOpen: z.boolean(),
  accountCreatedAt: z.number(),
  voice: SandboxVoiceStateSchema.nullable(),
});

export const SandboxMessageSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  authorId: z.string(),
  authorUsername: z.string(),
  authorBot: z.boolean(),
  content: z.string(),
  embeds: z.array(EmbedSchema),
  components: z.array(ActionRowSchema),
  replyTo: z.string().nullable(),
  createdAt: z.number(),
  editedAt: z.number().nullable(),
  reactions: z.array(z.object({ emoji: EmojiRefSchema, count: z.number(), userIds: z.array(z.string()) })),
  pinged: z
    .object({ userIds: z.array(z.string()), roleIds: z.array(z.string()) })
    .describe('Who the message notified.'),
});

export const SandboxDirectMessageSchema = z.object({
  id: z.string(),
  userId: z.string(),
  content: z.string(),
  embeds: z.array(EmbedSchema),
  components: z.array(ActionRowSchema),
  createdAt: z.number(),
});

export const SandboxBanSchema = z.object({
  userId: z.string(),
  username: z.string(),
  reason: z.string(),
  bannedAt: z.number(),
});

export const SandboxInviteSchema = InviteSnapshotSchema.extend({ createdAt: z.number() });

export const SandboxAuditEntrySchema = z.object({
  id: z.string(),
  action: z.enum([
    'member_role_add',
    'member_role_remove',
    'member_timeout',
    'member_kick',
    'member_ban_add',
    'member_ban_remove',
    'message_delete',
    'channel_create',
    'channel_update',
    'channel_delete',
    'thread_update',
    'role_create',
    'role_update',
    'role_delete',
    'guild_update',
    'auto_moderation_rule_create',
    'auto_moderation_rule_update',
    'auto_moderation_rule_delete',
    'guild_scheduled_event_create',
    'guild_scheduled_event_update',
    'guild_scheduled_event_delete',
  ]),
  targetId: z.string(),
  reason: z.string(),
  createdAt: z.number(),
});

export const SandboxAttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().describe('Bytes.'),
  contentType: z.string().nullable(),
});

/** The bot's answer as the sandbox keeps it; `attachmentSchema` lets the API add download links. */
function replySchema<A extends z.ZodType>(attachmentSchema: A) {
  return z.object({
    content: z.string().exactOptional(),
    embeds: z.array(EmbedSchema).exactOptional(),
    components: z.array(ActionRowSchema).exactOptional(),
    ephemeral: z.boolean().exactOptional(),
    attachments: z.array(attachmentSchema).exactOptional(),
  });
}

export const SandboxReplySchema = replySchema(SandboxAttachmentSchema);

/** A file of the bot's answer, with where to download it. */
export const AttachmentLinkSchema = SandboxAttachmentSchema.extend({
  url: z.string().describe('`GET` it for the content: `/api/sandbox/interactions/<id>/attachments/<attachmentId>`.'),
});

/** The bot's answer as the API shows it: files as `attachments` with download links. */
export const ReplyViewSchema = replySchema(AttachmentLinkSchema);

/** The interaction fields every view has; `reply` differs between the sandbox and the API. */
const interactionFields = {
  interactionId: z.string(),
  kind: z.enum(['command', 'button', 'select', 'modal']),
  userId: z.string(),
  channelId: z.string().describe('A guild channel, or `dm:<userId>` for a direct message.'),
  name: z.string().describe("Command name, component custom id or submitted modal's custom id."),
  modal: ModalSpecSchema.nullable(),
  inDirectMessage: z.boolean(),
  thinking: z.boolean().describe('Deferred and not answered yet ("Guildhall is thinking…").'),
  deferredEphemeral: z.boolean().exactOptional(),
  followUps: z.array(SandboxReplySchema),
};

export const SandboxInteractionSchema = z.object({ ...interactionFields, reply: SandboxReplySchema.nullable() });

/** `GET /interactions/:interactionId`: the interaction, its answer and the answer's files. */
export const InteractionViewSchema = z.object({ ...interactionFields, reply: ReplyViewSchema.nullable() });

/** `GET /threads/:threadId`: a thread (forum post) with its tags, archived and locked. */
export const SandboxThreadSchema = ChannelSnapshotSchema.extend({
  appliedTags: z.array(z.string()).describe("Ids of the parent forum's tags the post carries ([] outside forums)."),
  archived: z.boolean(),
  locked: z.boolean().describe('Only members who manage threads post in it or unarchive it.'),
});

// Each schema is exactly its sandbox type: a key missing here would be stripped from replies.
export const sandboxViewSchemasMatch: [
  SameType<z.infer<typeof SandboxVoiceStateSchema>, SandboxVoiceState>,
  SameType<z.infer<typeof SandboxMemberSchema>, SandboxMember>,
  SameType<z.infer<typeof SandboxMessageSchema>, SandboxMessage>,
  SameType<z.infer<typeof SandboxDirectMessageSchema>, SandboxDirectMessage>,
  SameType<z.infer<typeof SandboxBanSchema>, SandboxBan>,
  SameType<z.infer<typeof SandboxInviteSchema>, SandboxInvite>,
  SameType<z.infer<typeof SandboxAuditEntrySchema>, SandboxAuditEntry>,
  SameType<z.infer<typeof SandboxAttachmentSchema>, SandboxAttachment>,
  SameType<z.infer<typeof SandboxReplySchema>, SandboxReply>,
  SameType<z.infer<typeof SandboxInteractionSchema>, SandboxInteraction>,
  SameType<z.infer<typeof SandboxThreadSchema>, SandboxThread>,
] = [true, true, true, true, true, true, true, true, true, true, true];
