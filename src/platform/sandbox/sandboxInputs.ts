import type { CommandOptionValue } from '../../core/DomainEvent.js';

/** A new user joining the guild. */
export interface NewMemberInput {
  /** 2–32 characters: lower-case letters, digits, `_` and `.`; unique. */
  username: string;
  /** Global display name (default: the username). */
  displayName?: string;
  bot?: boolean;
  /** Whether the member accepts DMs from the bot (default true; bots never do). */
  dmsOpen?: boolean;
  /** Epoch ms the account was made (default: now). */
  accountCreatedAt?: number;
  /** Invite used to join; its use count goes up. */
  inviteCode?: string;
}

/** A known user (who left, was kicked or unbanned) joining again. */
export interface RejoinMemberInput {
  userId: string;
  inviteCode?: string;
}

/** Either a new user or a returning one. */
export type AddMemberInput = NewMemberInput | RejoinMemberInput;

/** A member posting in a channel. */
export interface PostMessageInput {
  userId: string;
  channelId: string;
  content: string;
  replyTo?: string | null;
}

/** A message acted on by a member; `userId` defaults to the message's author. */
export interface MemberMessageRef {
  userId?: string;
  channelId: string;
  messageId: string;
}

/** A member editing their own message. */
export interface EditMessageInput extends MemberMessageRef {
  content: string;
}

/** A member adding or removing a reaction: unicode emoji, or `<:name:id>` / `name:id` for custom. */
export interface ReactionInput {
  userId: string;
  channelId: string;
  messageId: string;
  emoji: string;
}

/** A member's voice connection: a channel, or null to disconnect. */
export interface VoiceInput {
  userId: string;
  channelId: string | null;
  muted?: boolean;
  deafened?: boolean;
}

/** A member starting a thread, or a forum post (forum posts need `content`). */
export interface MemberThreadInput {
  userId: string;
  channelId: string;
  name: string;
  messageId?: string;
  content?: string;
  /** Forum posts: ids of the forum's tags the post carries (at most 5). */
  appliedTags?: string[];
}

/** A member creating an invite. */
export interface InviteInput {
  userId: string;
  channelId: string;
  /** 0 = unlimited (default). */
  maxUses?: number;
}

/** A member running a slash command: `/privacy export` is `{ name: 'privacy', subcommand: 'export' }`. */
export interface CommandInput {
  userId: string;
  channelId: string;
  /** The command's top-level name. */
  name: string;
  /** Required for a command with subcommands (one of them), refused for one without. */
  subcommand?: string;
  /** The options of the command, or of the subcommand when there is one. */
  options?: Record<string, CommandOptionValue>;
  /**
   * A message context-menu command (`type: 'message'`, like "Mark as solution"): the message
   * it is used on, in `channelId`. Refused for a slash command, required for a message command.
   */
  targetMessageId?: string;
}

/** A member clicking a button on a message. */
export interface ButtonInput {
  userId: string;
  channelId: string;
  messageId: string;
  customId: string;
}

/** A user clicking a button on a direct message the bot sent them (members and banned users alike). */
export interface DirectButtonInput {
  userId: string;
  /** The direct message's id. */
  messageId: string;
  customId: string;
}

/** A user submitting the modal the bot answered an interaction with. */
export interface ModalSubmitInput {
  userId: string;
  /** The interaction the modal answered. */
  interactionId: string;
  /** Text input custom id → value. */
  fields: Record<string, string>;
}

/**
 * The member an interaction answer was shown to pressing a button (or choosing values in a
 * select menu) on that answer, e.g. on an ephemeral reply.
 */
export interface ReplyComponentInput {
  /** The interaction whose reply carries the component. */
  interactionId: string;
  userId: string;
  customId: string;
  /** For a select menu: the values chosen. */
  values?: string[];
}

/** A member choosing values in a select menu on a message. */
export interface SelectInput extends ButtonInput {
  values: string[];
}

/** A member marking a scheduled event "interested" (`interested: false` takes it back). */
export interface ScheduledEventInterestInput {
  userId: string;
  eventId: string;
  interested: boolean;
}

/** A staff member starting (`active`), ending (`completed`) or cancelling (`canceled`) a scheduled event. */
export interface ScheduledEventStatusInput {
  userId: string;
  eventId: string;
  status: 'active' | 'completed' | 'canceled';
}
