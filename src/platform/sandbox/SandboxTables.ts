import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { VerificationLevel } from '../Platform.js';

/** The one sandbox guild of a database (plus the id generator's persisted high-water mark). */
export type SandboxGuildTable = {
  id: string;
  name: string;
  owner_id: string;
  bot_user_id: string;
  /** Decimal snowflake no id has reached yet; a restarted sandbox issues ids above it. */
  id_ceiling: string;
  /** Snowflake worker numbers taken so far: each process that loads the guild takes the next (mod 1024). */
  id_workers: number;
  created_at: number;
  /** Epoch ms the community seed finished; null while unseeded or cut short (the next start completes it). */
  seeded_at: number | null;
  /** Discord's verification level name (`none` … `very_high`). */
  verification_level: VerificationLevel;
  /** Epoch ms until which invites are paused (nobody joins through one, none is created), or null. */
  invites_paused_until: number | null;
};

/** A user account; it outlives its membership (authors, bans and DMs keep pointing at it). */
export type SandboxUserTable = {
  id: string;
  /** Unique, lower case, like Discord's new usernames. */
  username: string;
  display_name: string;
  bot: number;
  dms_open: number;
  account_created_at: number;
};

/** A user's current membership of the guild; deleted when they leave. */
export type SandboxMemberTable = {
  user_id: string;
  /** Fresh per join: keeps the ids of a rejoin's events distinct. */
  membership_id: string;
  joined_at: number;
  nickname: string | null;
  timeout_until: number | null;
};

/** Roles held by members (never @everyone). */
export type SandboxMemberRoleTable = {
  user_id: string;
  role_id: string;
};

/** A role of the guild (@everyone has the guild id and position 0). */
export type SandboxRoleTable = {
  id: string;
  name: string;
  color: number;
  hoist: number;
  mentionable: number;
  permissions: string;
  /** 0 is @everyone; higher is higher in the hierarchy. */
  position: number;
  managed: number;
};

/** A channel, category or thread of the guild. */
export type SandboxChannelTable = {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  position: number;
  topic: string | null;
  rate_limit_per_user: number;
  nsfw: number;
  user_limit: number;
  bitrate: number;
  /** JSON array of PermissionOverwrite. */
  permission_overwrites: string;
  /** Threads only: who started it. */
  owner_id: string | null;
  thread_private: number;
  created_at: number;
  /** Forums only: JSON array of ForumTag, every tag with its id. */
  available_tags: string;
  /** Forums only: `latest_activity`, `creation_date`, or null when not set. */
  default_sort_order: string | null;
  /** Threads in a forum: JSON array of the forum's tag ids the post carries (at most 5). */
  applied_tags: string;
  /** Threads: 1 when archived (a member's post unarchives it unless locked). */
  archived: number;
  /** Threads: 1 when locked (only members who manage threads post or unarchive). */
  locked: number;
};

/** A message in a channel or thread, by a member or the bot. */
export type SandboxMessageTable = {
  id: string;
  channel_id: string;
  author_id: string;
  content: string;
  /** JSON arrays. */
  embeds: string;
  components: string;
  reply_to: string | null;
  created_at: number;
  edited_at: number | null;
  /** The id left-padded to 20 digits, so text order is numeric order. */
  sort_key: string;
  /** JSON `{ userIds, roleIds }`: who the message pinged (see `pingsOf`). */
  pinged: string;
};

/** Direct messages the bot delivered privately. */
export type SandboxDirectMessageTable = {
  id: string;
  user_id: string;
  content: string;
  embeds: string;
  components: string;
  created_at: number;
  sort_key: string;
};

/** One member's reaction with one emoji on one message. */
export type SandboxReactionTable = {
  id: string;
  message_id: string;
  channel_id: string;
  user_id: string;
  emoji_id: string | null;
  emoji_name: string;
  /** emoji id, or the unicode name: one reaction per (message, user, key). */
  emoji_key: string;
  created_at: number;
};

/** A member connected to a voice channel; a fresh session id per connection. */
export type SandboxVoiceStateTable = {
  user_id: string;
  session_id: string;
  channel_id: string;
  muted: number;
  deafened: number;
  joined_at: number;
};

/** A banned user (who may not join until unbanned). */
export type SandboxBanTable = {
  user_id: string;
  reason: string;
  banned_at: number;
};

/** An invite code to a channel and how often it was used. */
export type SandboxInviteTable = {
  code: string;
  channel_id: string;
  inviter_id: string | null;
  uses: number;
  /** 0 = unlimited. */
  max_uses: number;
  created_at: number;
};

/** A registered slash command (replaced as a whole by registerCommands). */
export type SandboxCommandTable = {
  name: string;
  position: number;
  /** JSON SlashCommandDefinition. */
  definition: string;
};

/** An interaction a member started, with the reply once the bot answered. */
export type SandboxInteractionTable = {
  id: string;
  token: string;
  kind: string;
  user_id: string;
  channel_id: string;
  /** Command name or component custom id. */
  name: string;
  created_at: number;
  /** JSON InteractionReply once answered with a message. */
  reply: string | null;
  /** When it was answered (with a message or a modal). */
  replied_at: number | null;
  /** JSON ModalSpec when it was answered with a modal. */
  modal: string | null;
  /** When the member submitted that modal (once). */
  modal_submitted_at: number | null;
  /** 1 when started from a direct message. */
  in_dm: number;
  /**
   * How it was deferred: `ephemeral` / `public` (callback type 5, "thinking…" until edited) or
   * `update` (type 6, an edit changes the message the component is on); null when not.
   */
  deferred: 'ephemeral' | 'public' | 'update' | null;
  /** The channel (or DM) message a public answer became, which an edit changes. */
  reply_message_id: string | null;
  /** JSON SandboxReply[]: follow-up messages, oldest first. */
  follow_ups: string | null;
  /** The channel message whose component started it (a button or select on a message). */
  source_message_id: string | null;
  /** The interaction whose answer's component started it. */
  source_interaction_id: string | null;
};

/** A file the bot attached to its answer to an interaction. */
export type SandboxAttachmentTable = {
  id: string;
  interaction_id: string;
  /** Order among the answer's files (0 first). */
  position: number;
  filename: string;
  content_type: string | null;
  /** Bytes of the file. */
  size: number;
  /** `utf8`: `data` is the text itself; `base64`: the bytes, base64-encoded. */
  encoding: 'utf8' | 'base64';
  data: string;
  created_at: number;
};

/** What the bot did and why (Discord's audit log keeps the `reason` of moderation and structure changes). */
export type SandboxAuditLogTable = {
  id: string;
  action: string;
  /** The member, user, message, channel or role acted on. */
  target_id: string;
  reason: string;
  created_at: number;
  sort_key: string;
};

/** A native AutoMod rule of the guild (Guildhall's or the owner's). */
export type SandboxAutomodRuleTable = {
  id: string;
  name: string;
  creator_id: string;
  /** `keyword`, `spam`, `keyword_preset` or `mention_spam` (never changes). */
  trigger_type: string;
  /** JSON NativeAutomodTrigger. */
  trigger: string;
  /** JSON NativeAutomodAction[]. */
  actions: string;
  enabled: number;
  /** JSON arrays of ids. */
  exempt_roles: string;
  exempt_channels: string;
  created_at: number;
  sort_key: string;
};

/**
 * The nonce of a message the bot sent with one (`OutgoingMessage.nonce`, digested by
 * `messageNonce`): a second send with it in the same channel returns this message. Kept for
 * good (Discord forgets after a few minutes).
 */
export type SandboxMessageNonceTable = {
  channel_id: string;
  nonce: string;
  message_id: string;
};

/**
 * A guild scheduled event (the Events tab). Discord lists only scheduled and active ones;
 * completed and canceled rows stay here for the record.
 */
export type SandboxScheduledEventTable = {
  id: string;
  name: string;
  description: string | null;
  start_at: number;
  end_at: number | null;
  /** `stage`, `voice` or `external`. */
  entity_type: string;
  channel_id: string | null;
  location: string | null;
  /** JSON ScheduledEventRecurrence, or null. */
  recurrence: string | null;
  /** `scheduled`, `active`, `completed` or `canceled`. */
  status: string;
  creator_id: string | null;
  created_at: number;
  sort_key: string;
};

/** A member who marked a scheduled event "interested". */
export type SandboxScheduledEventUserTable = {
  event_id: string;
  user_id: string;
  created_at: number;
};

/** Tables owned by the sandbox platform (prefix `sandbox_`). */
export type SandboxTables = {
  sandbox_guild: SandboxGuildTable;
  sandbox_users: SandboxUserTable;
  sandbox_members: SandboxMemberTable;
  sandbox_member_roles: SandboxMemberRoleTable;
  sandbox_roles: SandboxRoleTable;
  sandbox_channels: SandboxChannelTable;
  sandbox_messages: SandboxMessageTable;
  sandbox_direct_messages: SandboxDirectMessageTable;
  sandbox_reactions: SandboxReactionTable;
  sandbox_voice_states: SandboxVoiceStateTable;
  sandbox_bans: SandboxBanTable;
  sandbox_invites: SandboxInviteTable;
  sandbox_commands: SandboxCommandTable;
  sandbox_interactions: SandboxInteractionTable;
  sandbox_attachments: SandboxAttachmentTable;
  sandbox_audit_log: SandboxAuditLogTable;
  sandbox_automod_rules: SandboxAutomodRuleTable;
  sandbox_message_nonces: SandboxMessageNonceTable;
  sandbox_scheduled_events: SandboxScheduledEventTable;
  sandbox_scheduled_event_users: SandboxScheduledEventUserTable;
  sandbox_polls: SandboxPollTable;
  sandbox_poll_votes: SandboxPollVoteTable;
};

/** A native poll on a bot message (Discord's `poll`). */
export type SandboxPollTable = {
  message_id: string;
  channel_id: string;
  question: string;
  /** JSON array of the answers' texts. */
  answers: string;
  allow_multiselect: number;
  /** When it ends (epoch ms); moved to now when ended early. */
  expires_at: number;
  /** 1 once ended (its time came or End Poll). */
  finalized: number;
};

/** A member's vote on a poll answer (index from 0); several with multiselect. */
export type SandboxPollVoteTable = {
  message_id: string;
  user_id: string;
  answer: number;
  created_at: number;
};

/** The database as the sandbox sees it: core tables plus its own. */
export type SandboxDatabase = Kysely<CoreTables & SandboxTables>;
