/**
 * Domain events: every input to Guildhall (Discord gateway, sandbox, import, modules)
 * becomes one of these typed facts before any module sees it.
 *
 * An event's `id` is stable: the same real-world fact delivered twice (gateway resume,
 * re-import) carries the same id, so the event log records and handles it once.
 */

/** A JSON value that can be stored in the event log and job payloads. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Option values a slash command can carry. */
export type CommandOptionValue = string | number | boolean;

/** Payloads of the events Guildhall understands, keyed by event type. */
export interface EventPayloads {
  'member.joined': {
    userId: string;
    username: string;
    displayName: string;
    bot: boolean;
    /** Epoch ms the member joined the guild. */
    joinedAt: number;
    /** Epoch ms the account was created (from the snowflake). */
    accountCreatedAt: number;
    roles: string[];
  };
  'member.left': { userId: string; username: string };
  'member.updated': {
    userId: string;
    roles: string[];
    /** Roles before the update, when the platform knew them. */
    previousRoles: string[] | null;
    nickname: string | null;
    /** Discord membership screening still pending (onboarding/rules not accepted). */
    pending: boolean;
  };
  'message.created': {
    messageId: string;
    channelId: string;
    authorId: string;
    authorBot: boolean;
    content: string;
    mentionedUserIds: string[];
    mentionedRoleIds: string[];
    /** The message this one replies to, if any. */
    referencedMessageId: string | null;
    attachmentCount: number;
  };
  'message.edited': {
    messageId: string;
    channelId: string;
    authorId: string | null;
    content: string;
    editedAt: number;
  };
  'message.deleted': { messageId: string; channelId: string };
  'reaction.added': {
    messageId: string;
    channelId: string;
    userId: string;
    emoji: EmojiRef;
    /** Author of the reacted message when the platform knows it. */
    messageAuthorId: string | null;
  };
  'reaction.removed': { messageId: string; channelId: string; userId: string; emoji: EmojiRef };
  'voice.joined': { userId: string; channelId: string; muted: boolean; deafened: boolean };
  'voice.left': { userId: string; channelId: string };
  'voice.mute_changed': { userId: string; channelId: string; muted: boolean; deafened: boolean };
  'thread.created': { threadId: string; parentId: string | null; ownerId: string | null; name: string };
  'invite.created': {
    code: string;
    channelId: string;
    inviterId: string | null;
    uses: number;
    maxUses: number;
  };
  'interaction.command': InteractionBase & {
    commandName: string;
    options: Record<string, CommandOptionValue>;
  };
  'interaction.button': InteractionBase & { customId: string };
  'interaction.select': InteractionBase & { customId: string; values: string[] };
  'interaction.modal': InteractionBase & { customId: string; fields: Record<string, string> };
  'onboarding.member_welcomed': { userId: string; channelId: string; roleId: string | null };
  'recognition.points_awarded': {
    userId: string;
    points: number;
    reason: string;
    total: number;
    sourceEventId: string;
  };
}

/** What every interaction carries: who, where, and how to answer it. */
export interface InteractionBase {
  interactionId: string;
  /** Token to answer the interaction (valid 15 minutes on Discord). */
  token: string;
  userId: string;
  channelId: string;
  /** Role ids of the invoking member. */
  memberRoles: string[];
}

/** A custom emoji has an id; a unicode emoji only a name. */
export interface EmojiRef {
  id: string | null;
  name: string;
}

/** Every event type, e.g. `member.joined`. */
export type EventType = keyof EventPayloads;

/** One domain event of type T. */
export interface DomainEventOf<T extends EventType> {
  /** Stable, source-derived id: a redelivery carries the same id. */
  id: string;
  type: T;
  guildId: string;
  /** Epoch ms when the fact happened (from the source where it says so). */
  occurredAt: number;
  /** Where it came from: `discord`, `sandbox`, `import`, or a module id. */
  source: string;
  payload: EventPayloads[T];
}

/** The union of all domain events; switch on `type` to narrow. */
export type DomainEvent = { [T in EventType]: DomainEventOf<T> }[EventType];

/** Event types a module may emit (its own namespace). */
export type ModuleEventType = Extract<EventType, `${string}.${string}`>;

/** Every event type, as a runtime list (used by config validation and the dashboard). */
export const EVENT_TYPES = [
  'member.joined',
  'member.left',
  'member.updated',
  'message.created',
  'message.edited',
  'message.deleted',
  'reaction.added',
  'reaction.removed',
  'voice.joined',
  'voice.left',
  'voice.mute_changed',
  'thread.created',
  'invite.created',
  'interaction.command',
  'interaction.button',
  'interaction.select',
  'interaction.modal',
  'onboarding.member_welcomed',
  'recognition.points_awarded',
] as const satisfies readonly EventType[];

/**
 * Builds an event with its type checked against its payload.
 * @param type - the event type
 * @param fields - id, guild, time, source and payload
 */
export function domainEvent<T extends EventType>(type: T, fields: Omit<DomainEventOf<T>, 'type'>): DomainEventOf<T> {
  return { type, ...fields };
}
