/**
 * Discord's numeric rules and limits in one place: both platforms check actions against
 * these before any request (the sandbox enforces them like Discord), and modules read them
 * instead of repeating literals. Each constant links the page of Discord's documentation
 * that states it.
 */

/** One day in milliseconds (Discord states its caps in days). */
const DAY_MS = 86_400_000;

/**
 * Characters of a message's `content`.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export const MESSAGE_CONTENT_LIMIT = 2000;

/**
 * Embeds in one message.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export const EMBEDS_LIMIT = 10;

/**
 * Action rows (rows of buttons or one select menu) in one message.
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export const ACTION_ROWS_LIMIT = 5;

/**
 * Characters and counts of one embed; `total` counts title, description, field names and
 * values, footer and author name together across all embeds of a message.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/**
 * Files attached to one message (or interaction reply): at most 10, and at most 10 MiB, the
 * default upload limit of a guild without boosts. Guildhall holds all files of one message
 * together to that limit, so a reply it sends never depends on the guild's boost level.
 * @see https://discord.com/developers/docs/reference#uploading-files
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export const ATTACHMENT_LIMITS = {
  files: 10,
  bytes: 10 * 1024 * 1024,
} as const;

/**
 * User ids, and role ids, that one message's `allowed_mentions` may list.
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object-allowed-mentions-structure
 */
export const ALLOWED_MENTIONS_LIMIT = 100;

/**
 * How far ahead a timeout may end: 28 days from now (`communication_disabled_until`).
 * A longer sanction has to be re-applied before it runs out.
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-member
 */
export const TIMEOUT_CAP_MS = 28 * DAY_MS;

/**
 * Seconds of a banned user's messages a ban may delete: 7 days (`delete_message_seconds`).
 * @see https://discord.com/developers/docs/resources/guild#create-guild-ban
 */
export const BAN_DELETE_CAP_SECONDS = 7 * 86_400;

/**
 * How far ahead invites may be paused: 24 hours from now (`invites_disabled_until`).
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
 */
export const INVITE_PAUSE_MAX_MS = DAY_MS;

/**
 * How long an interaction token answers: 15 minutes.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export const INTERACTION_TOKEN_MS = 15 * 60_000;

/**
 * Slowmode (`rate_limit_per_user`): 0–21600 seconds between one member's messages.
 * @see https://discord.com/developers/docs/resources/channel#channel-object-channel-structure
 */
export const SLOWMODE_MAX_SECONDS = 21_600;

/**
 * Channels of a guild: 500 in all (categories included), 50 in a category, names of 1–100
 * characters, topics of 1024 characters (4096 in a forum), 20 forum tags named in up to 20
 * characters, 5 of them on one post.
 * @see https://discord.com/developers/docs/resources/channel#channel-object-channel-structure
 * @see https://discord.com/developers/docs/resources/channel#forum-tag-object
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export const CHANNEL_LIMITS = {
  perGuild: 500,
  perCategory: 50,
  name: 100,
  topic: 1024,
  forumTopic: 4096,
  forumTags: 20,
  forumTagName: 20,
  /** Tags one forum post carries. */
  appliedTags: 5,
} as const;

/**
 * Voice and stage channels of a guild without boosts: up to 99 (voice) or 10,000 (stage)
 * members, bitrate from 8 kbps up to 96 (voice) or 64 (stage) kbps, 64 kbps by default.
 * @see https://discord.com/developers/docs/resources/channel#modify-channel-json-params-guild-channel
 */
export const VOICE_CHANNEL_LIMITS = {
  voice: { users: 99, bitrate: 96_000 },
  stage: { users: 10_000, bitrate: 64_000 },
  minBitrate: 8_000,
  defaultBitrate: 64_000,
} as const;

/**
 * Roles of a guild: 250, names of 1–100 characters.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 * @see https://discord.com/developers/docs/resources/guild#create-guild-role
 */
export const ROLE_LIMITS = { perGuild: 250, name: 100 } as const;

/**
 * Different emoji reacted on one message.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export const REACTION_EMOJI_LIMIT = 20;

/**
 * An invite's `max_uses`: 0 (unlimited) to 100.
 * @see https://discord.com/developers/docs/resources/channel#create-channel-invite
 */
export const INVITE_MAX_USES_LIMIT = 100;

/**
 * Most members one List Guild Members request returns (`limit` 1–1000).
 * @see https://discord.com/developers/docs/resources/guild#list-guild-members
 */
export const LIST_MEMBERS_PAGE_LIMIT = 1000;

/**
 * Most messages one Get Channel Messages request returns (`limit` 1–100).
 * @see https://discord.com/developers/docs/resources/message#get-channel-messages
 */
export const CHANNEL_MESSAGES_PAGE_LIMIT = 100;

/**
 * Slash commands: 100 per guild, names of 1–32 characters, descriptions of 1–100, 25
 * options per command and 25 choices per option; 5 message context-menu commands besides.
 * @see https://discord.com/developers/docs/interactions/application-commands#registering-a-command
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-structure
 */
export const COMMAND_LIMITS = {
  perGuild: 100,
  /** Message context-menu commands per guild (apart from the 100 slash commands). */
  messageCommands: 5,
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
} as const;

/**
 * A modal and its text inputs: custom ids of 100 characters, title and labels of 45,
 * 1–5 inputs, placeholders of 100, values of up to 4000 characters.
 * @see https://discord.com/developers/docs/components/reference#text-input
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export const MODAL_LIMITS = {
  customId: 100,
  title: 45,
  inputs: 5,
  label: 45,
  placeholder: 100,
  value: 4000,
} as const;

/**
 * Native AutoMod rules: rules of each trigger type per guild, keyword and pattern lists,
 * exemptions, mention limit, timeout (up to the 28-day timeout cap) and block message.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-trigger-metadata-field-limits
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-action-object-action-metadata
 */
export const NATIVE_AUTOMOD_LIMITS = {
  /** Rules of one trigger type in one guild. */
  rulesPerGuild: { keyword: 6, spam: 1, keyword_preset: 1, mention_spam: 1, member_profile: 1 },
  keywords: 1000,
  keywordLength: 60,
  regexPatterns: 10,
  regexPatternLength: 260,
  allowListKeyword: 100,
  allowListPreset: 1000,
  allowListEntryLength: 60,
  mentionTotalLimit: 50,
  exemptRoles: 20,
  exemptChannels: 50,
  /** 4 weeks: the timeout cap in seconds. */
  timeoutSeconds: TIMEOUT_CAP_MS / 1000,
  customMessageLength: 150,
} as const;

/**
 * Discord permission flags by name (the names discord.js and the developer portal use), as
 * bits. Blueprints write permissions by these names; the platform speaks bit fields.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const PERMISSION_FLAGS = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewAuditLog: 1n << 7n,
  PrioritySpeaker: 1n << 8n,
  Stream: 1n << 9n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  SendTTSMessages: 1n << 12n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ViewGuildInsights: 1n << 19n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  MuteMembers: 1n << 22n,
  DeafenMembers: 1n << 23n,
  MoveMembers: 1n << 24n,
  UseVAD: 1n << 25n,
  ChangeNickname: 1n << 26n,
  ManageNicknames: 1n << 27n,
  ManageRoles: 1n << 28n,
  ManageWebhooks: 1n << 29n,
  ManageGuildExpressions: 1n << 30n,
  UseApplicationCommands: 1n << 31n,
  RequestToSpeak: 1n << 32n,
  ManageEvents: 1n << 33n,
  ManageThreads: 1n << 34n,
  CreatePublicThreads: 1n << 35n,
  CreatePrivateThreads: 1n << 36n,
  UseExternalStickers: 1n << 37n,
  SendMessagesInThreads: 1n << 38n,
  UseEmbeddedActivities: 1n << 39n,
  ModerateMembers: 1n << 40n,
  ViewCreatorMonetizationAnalytics: 1n << 41n,
  UseSoundboard: 1n << 42n,
  CreateGuildExpressions: 1n << 43n,
  CreateEvents: 1n << 44n,
  UseExternalSounds: 1n << 45n,
  SendVoiceMessages: 1n << 46n,
  SendPolls: 1n << 49n,
  UseExternalApps: 1n << 50n,
} as const;

/** A permission's name, e.g. `ViewChannel`. */
export type PermissionName = keyof typeof PERMISSION_FLAGS;

/** Every permission name, in bit order. */
export const PERMISSION_NAMES = Object.keys(PERMISSION_FLAGS) as PermissionName[];
