import type { DomainEvent } from '../core/DomainEvent.js';
import { PlatformRuleError } from '../core/errors.js';

/**
 * The actions Guildhall performs on a community platform. Modules only ever talk to this
 * interface; `platform/discord` (discord.js v14) and `platform/sandbox` (in-memory guild
 * persisted in the database) implement it.
 */
export interface Platform {
  /** `discord` or `sandbox`. */
  readonly kind: PlatformKind;

  /**
   * Connects and starts delivering normalised domain events to `sink`.
   * @param sink - receives every event; the platform awaits it before the next of a guild
   */
  start(sink: EventSink): Promise<void>;
  /** Disconnects; no event is delivered after it resolves. */
  stop(): Promise<void>;

  /** Reads a guild's channels and roles (and the bot's own highest role position). */
  fetchGuild(guildId: string): Promise<GuildSnapshot>;
  /** Reads one member, or null when not in the guild. */
  fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null>;

  /**
   * Posts a message in a channel.
   * @see https://discord.com/developers/docs/resources/message#create-message
   */
  sendMessage(channelId: string, message: OutgoingMessage): Promise<SentMessage>;
  /**
   * Sends a direct message; when the member's DMs are closed, posts the message in
   * `fallbackChannelId` with a mention of the member instead.
   */
  sendDirectMessage(
    guildId: string,
    userId: string,
    message: OutgoingMessage,
    fallbackChannelId: string | null,
  ): Promise<DirectMessageResult>;
  /** Deletes a message. */
  deleteMessage(channelId: string, messageId: string, reason: string): Promise<void>;

  /** Gives a member a role. */
  addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
  /** Takes a role away from a member. */
  removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
  /**
   * Times a member out until `until` (epoch ms), or lifts a timeout with null.
   * Discord caps a timeout at 28 days from now.
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-member
   */
  timeoutMember(guildId: string, userId: string, until: number | null, reason: string): Promise<void>;
  /** Removes a member from the guild. */
  kickMember(guildId: string, userId: string, reason: string): Promise<void>;
  /** Bans a user, optionally deleting up to 7 days of their messages. */
  banMember(guildId: string, userId: string, options: BanOptions): Promise<void>;
  /** Lifts a ban. */
  unbanMember(guildId: string, userId: string, reason: string): Promise<void>;

  /**
   * Creates a channel (or category).
   * @param reason - written to the guild's audit log (default "Guildhall")
   */
  createChannel(guildId: string, spec: ChannelSpec, reason?: string): Promise<ChannelSnapshot>;
  /** Changes fields of a channel. */
  editChannel(channelId: string, patch: Partial<ChannelSpec>, reason?: string): Promise<ChannelSnapshot>;
  /** Deletes a channel or category (a category's channels stay, without parent). */
  deleteChannel(channelId: string, reason: string): Promise<void>;
  /**
   * Moves channels in one request: positions, parents, and optionally syncs a moved
   * channel's overwrites with its new category.
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions
   */
  setChannelPositions(guildId: string, positions: ChannelPosition[], reason?: string): Promise<void>;
  /** Creates a role. */
  createRole(guildId: string, spec: RoleSpec, reason?: string): Promise<RoleSnapshot>;
  /** Changes fields of a role. */
  editRole(guildId: string, roleId: string, patch: Partial<RoleSpec>, reason?: string): Promise<RoleSnapshot>;
  /** Deletes a role. */
  deleteRole(guildId: string, roleId: string, reason: string): Promise<void>;
  /**
   * Orders roles in one request.
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-role-positions
   */
  setRolePositions(guildId: string, positions: RolePosition[], reason?: string): Promise<void>;
  /**
   * Sets the guild's verification level (what a member must have before posting).
   * @returns the level before the change, to put it back later
   * @see https://discord.com/developers/docs/resources/guild#modify-guild
   */
  setVerificationLevel(
    guildId: string,
    level: VerificationLevel,
    reason: string,
  ): Promise<{ previous: VerificationLevel }>;
  /**
   * Pauses the guild's invites until `until` (epoch ms: nobody joins through an invite and
   * none can be created), or resumes them with null. Discord caps the pause at 24 hours from
   * now ({@link INVITE_PAUSE_MAX_MS}); a longer pause has to be re-applied.
   * @throws PlatformRuleError, before any request, for a time not in the next 24 hours
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
   */
  pauseInvites(guildId: string, until: number | null, reason: string): Promise<void>;
  /** The guild's invites with their use counts (invite tracking for referrals). */
  listInvites(guildId: string): Promise<InviteSnapshot[]>;
  /**
   * The guild's native AutoMod rules (Discord blocks or flags content before it is posted).
   * @see https://discord.com/developers/docs/resources/auto-moderation#list-auto-moderation-rules-for-guild
   */
  listAutoModerationRules(guildId: string): Promise<NativeAutomodRuleSnapshot[]>;
  /**
   * Creates a native AutoMod rule.
   * @throws PlatformRuleError, before the write, for a rule over Discord's limits (see `assertNativeAutomodRule`) or one trigger type too many in the guild
   * @see https://discord.com/developers/docs/resources/auto-moderation#create-auto-moderation-rule
   */
  createAutoModerationRule(
    guildId: string,
    spec: NativeAutomodRuleSpec,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot>;
  /**
   * Changes a native AutoMod rule. Its trigger type cannot change (delete and create instead).
   * @throws PlatformRuleError, before any request, for a patch over Discord's limits
   * @see https://discord.com/developers/docs/resources/auto-moderation#modify-auto-moderation-rule
   */
  editAutoModerationRule(
    guildId: string,
    ruleId: string,
    patch: NativeAutomodRulePatch,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot>;
  /**
   * Deletes a native AutoMod rule.
   * @see https://discord.com/developers/docs/resources/auto-moderation#delete-auto-moderation-rule
   */
  deleteAutoModerationRule(guildId: string, ruleId: string, reason: string): Promise<void>;
  /** Starts a thread, from a message when `messageId` is given. */
  createThread(channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot>;

  /**
   * Replaces the guild's slash commands with `commands` (bulk overwrite).
   * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
   */
  registerCommands(guildId: string, commands: SlashCommandDefinition[]): Promise<void>;
  /**
   * Answers an interaction (slash command, button, select, modal).
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
   */
  respondToInteraction(interaction: InteractionRef, reply: InteractionReply): Promise<void>;
  /**
   * Answers a slash command or component interaction with a form (a modal); what the member
   * submits arrives as `interaction.modal`. A modal cannot answer a modal submission.
   * @throws PlatformRuleError, before any request, when the form breaks Discord's limits
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
   */
  showModal(interaction: InteractionRef, modal: ModalSpec): Promise<void>;
}

/** Discord's verification levels, from none to a verified phone number. */
export type VerificationLevel = 'none' | 'low' | 'medium' | 'high' | 'very_high';

/** The verification levels in Discord's order (the index is Discord's `verification_level`). */
export const VERIFICATION_LEVELS: readonly VerificationLevel[] = ['none', 'low', 'medium', 'high', 'very_high'];

/** Discord pauses invites for at most 24 hours from now. */
export const INVITE_PAUSE_MAX_MS = 86_400_000;

/**
 * Refuses an invite pause Discord would refuse: not in the future, or more than 24 hours ahead.
 * @param until - epoch ms, or null to resume (always allowed)
 * @param now - epoch ms
 * @throws PlatformRuleError
 */
export function assertInvitePause(until: number | null, now: number): void {
  if (until === null) return;
  if (!Number.isFinite(until) || until <= now)
    throw new PlatformRuleError('invites can only be paused until a future time');
  if (until - now > INVITE_PAUSE_MAX_MS) {
    throw new PlatformRuleError('invites can be paused for at most 24 hours: re-apply the pause to extend it');
  }
}

export type PlatformKind = 'discord' | 'sandbox';

/** Receives normalised events from a platform. */
export type EventSink = (event: DomainEvent) => Promise<void>;

/** Discord limits a message's content to 2000 characters. */
export const MESSAGE_CONTENT_LIMIT = 2000;

export interface OutgoingMessage {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  /** Users that may be pinged; by default nobody is (no accidental @everyone). */
  allowedUserMentions?: string[];
  /** Roles that may be pinged (`<@&id>` in the content); by default none is. */
  allowedRoleMentions?: string[];
}

export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: string;
  /** ISO-8601 timestamp. */
  timestamp?: string;
}

export interface ActionRow {
  components: (ButtonComponent | SelectComponent)[];
}

export interface ButtonComponent {
  kind: 'button';
  customId: string;
  label: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
}

export interface SelectComponent {
  kind: 'select';
  customId: string;
  placeholder?: string;
  options: { label: string; value: string; description?: string }[];
  minValues?: number;
  maxValues?: number;
}

export interface SentMessage {
  id: string;
  channelId: string;
}

export interface DirectMessageResult {
  /** `dm` when delivered privately, `channel` when it fell back to a channel mention. */
  deliveredVia: 'dm' | 'channel' | 'none';
  message: SentMessage | null;
}

export interface BanOptions {
  reason: string;
  /** Seconds of the user's recent messages to delete (0–604800). */
  deleteMessageSeconds?: number;
}

export type ChannelKind = 'category' | 'text' | 'announcement' | 'forum' | 'voice' | 'stage' | 'thread';

export interface ChannelSpec {
  name: string;
  kind: ChannelKind;
  parentId?: string | null;
  topic?: string | null;
  position?: number;
  /** Slowmode, seconds between messages per member (0–21600). */
  rateLimitPerUser?: number;
  nsfw?: boolean;
  userLimit?: number;
  bitrate?: number;
  permissionOverwrites?: PermissionOverwrite[];
  /** Forum channels: the tags members can use (max 20). */
  availableTags?: ForumTag[];
  /** Forum channels: default sort of posts. */
  defaultSortOrder?: 'latest_activity' | 'creation_date' | null;
}

/** One entry of a bulk channel move. */
export interface ChannelPosition {
  id: string;
  position: number;
  /** New category (null: none); omitted: unchanged. */
  parentId?: string | null;
  /** Sync the channel's overwrites with its (new) category's. */
  lockPermissions?: boolean;
}

/** One entry of a bulk role reorder (higher position = higher in the list). */
export interface RolePosition {
  id: string;
  position: number;
}

/** An invite and how often it was used. */
export interface InviteSnapshot {
  code: string;
  channelId: string;
  inviterId: string | null;
  uses: number;
  /** 0 = unlimited. */
  maxUses: number;
}

/** A tag members can put on forum posts. */
export interface ForumTag {
  /** Absent for a tag not created yet. */
  id?: string;
  name: string;
  moderated: boolean;
  /** Unicode emoji, if any. */
  emoji: string | null;
}

export interface PermissionOverwrite {
  /** Role or member id (the guild id is @everyone). */
  id: string;
  type: 'role' | 'member';
  /** Permission bit fields as decimal strings. */
  allow: string;
  deny: string;
}

export interface ChannelSnapshot {
  id: string;
  name: string;
  kind: ChannelKind;
  parentId: string | null;
  position: number;
  topic: string | null;
  rateLimitPerUser: number;
  nsfw: boolean;
  permissionOverwrites: PermissionOverwrite[];
  /** Voice and stage channels (0 = unlimited); 0 for other kinds. */
  userLimit: number;
  /** Voice and stage channels, bits per second; 0 for other kinds. */
  bitrate: number;
  /** Forum channels; empty for other kinds. */
  availableTags: ForumTag[];
  /** Forum channels; null for other kinds or when not set. */
  defaultSortOrder: 'latest_activity' | 'creation_date' | null;
}

export interface RoleSpec {
  name: string;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
  /** Permission bit field as a decimal string. */
  permissions?: string;
  position?: number;
}

export interface RoleSnapshot {
  id: string;
  name: string;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  permissions: string;
  position: number;
  managed: boolean;
}

export interface GuildSnapshot {
  id: string;
  name: string;
  ownerId: string;
  channels: ChannelSnapshot[];
  roles: RoleSnapshot[];
  /** Position of the bot's highest role: it can only manage roles below it. */
  botHighestRolePosition: number;
  /** What a member must have before posting (Discord's `verification_level`). */
  verificationLevel: VerificationLevel;
  /** Members in the guild, bots included (Discord's count; approximate before the gateway is ready). */
  memberCount: number;
}

export interface MemberSnapshot {
  userId: string;
  username: string;
  displayName: string;
  bot: boolean;
  roles: string[];
  joinedAt: number;
  /** Epoch ms until which the member is timed out, or null. */
  timeoutUntil: number | null;
}

export interface ThreadSpec {
  name: string;
  messageId?: string;
  private?: boolean;
  autoArchiveMinutes?: 60 | 1440 | 4320 | 10080;
}

export interface SlashCommandDefinition {
  name: string;
  description: string;
  options?: SlashCommandOption[];
}

export interface SlashCommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'user' | 'channel' | 'role';
  required?: boolean;
  choices?: { name: string; value: string | number }[];
}

export interface InteractionRef {
  interactionId: string;
  token: string;
  channelId: string;
  userId: string;
}

/**
 * A form shown in answer to an interaction: up to 5 text inputs.
 * @see https://discord.com/developers/docs/components/reference#text-input
 */
export interface ModalSpec {
  /** Comes back as the `interaction.modal` event's `customId` (max 100 characters). */
  customId: string;
  /** Max 45 characters. */
  title: string;
  /** 1–5 inputs. */
  inputs: TextInputSpec[];
}

/** One text field of a {@link ModalSpec}. */
export interface TextInputSpec {
  /** Key of the submitted value in the event's `fields` (max 100 characters). */
  customId: string;
  /** Max 45 characters. */
  label: string;
  /** One line, or several. */
  style: 'short' | 'paragraph';
  /** Default true, as on Discord. */
  required?: boolean;
  /** 0–4000. */
  minLength?: number;
  /** 1–4000. */
  maxLength?: number;
  /** Max 100 characters. */
  placeholder?: string;
}

/** What a component handler answers: a message, or a form to fill in. */
export type InteractionResponse = InteractionReply | { modal: ModalSpec };

export interface InteractionReply {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  /** Only the invoking member sees it. */
  ephemeral?: boolean;
}

/** Discord's built-in word lists for `keyword_preset` rules. */
export type NativeAutomodPreset = 'profanity' | 'sexual_content' | 'slurs';

/**
 * What fires a native AutoMod rule.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-trigger-metadata
 */
export type NativeAutomodTrigger =
  | {
      type: 'keyword';
      /** Words and phrases; `cat*`, `*cat` and `*cat*` match word starts, ends and anywhere, `cat` the whole word. */
      keywords: string[];
      /** Rust-flavoured regular expressions. */
      regexPatterns: string[];
      /** Content that never fires the rule (same wildcard syntax). */
      allowList: string[];
    }
  | { type: 'spam' }
  | { type: 'keyword_preset'; presets: NativeAutomodPreset[]; allowList: string[] }
  | {
      type: 'mention_spam';
      /** Unique member and role mentions allowed in one message (more fires the rule). */
      mentionTotalLimit: number;
      /** Discord also detects mention raids. */
      raidProtection: boolean;
    };

/**
 * What a native AutoMod rule does when it fires.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-action-object
 */
export type NativeAutomodAction =
  /** The message is never posted; the member sees `customMessage` (or Discord's default). */
  | { type: 'block_message'; customMessage: string | null }
  /** Discord posts an alert with the content in this channel. */
  | { type: 'send_alert_message'; channelId: string }
  /** Times the member out (keyword and mention-spam rules only). */
  | { type: 'timeout'; durationSeconds: number };

/** A native AutoMod rule to create. */
export interface NativeAutomodRuleSpec {
  name: string;
  trigger: NativeAutomodTrigger;
  actions: NativeAutomodAction[];
  enabled: boolean;
  /** Roles never checked (max 20). */
  exemptRoles: string[];
  /** Channels never checked (max 50). */
  exemptChannels: string[];
}

/** Fields of a native AutoMod rule to change; a `trigger` must keep the rule's trigger type. */
export type NativeAutomodRulePatch = Partial<NativeAutomodRuleSpec>;

/**
 * A native AutoMod rule as the platform has it. A community's own rule may use a trigger or
 * action Guildhall does not model: it reads as `other` with Discord's number.
 */
export interface NativeAutomodRuleSnapshot {
  id: string;
  name: string;
  /** Who made it (the bot for Guildhall's rules). */
  creatorId: string;
  trigger: NativeAutomodTrigger | { type: 'member_profile' | 'other'; code: number };
  actions: (NativeAutomodAction | { type: 'block_member_interaction' | 'other'; code: number })[];
  enabled: boolean;
  exemptRoles: string[];
  exemptChannels: string[];
}
