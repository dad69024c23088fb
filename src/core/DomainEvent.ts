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

/**
 * Payloads of the events platforms produce (Discord gateway, sandbox, import), keyed by type.
 * Core owns these; a module's own events are declared in its folder (see {@link EventPayloads}).
 */
export interface PlatformEventPayloads {
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
    /**
     * True when the join was found at catch-up (the member joined while Guildhall was not
     * listening; see docs/reliability.md), not delivered live. Absent: live.
     */
    caughtUp?: boolean;
    /**
     * True while Discord's membership screening (rules screen, Onboarding questions) has not
     * cleared the member; `member.updated` says when it does. Absent: not pending.
     */
    pending?: boolean;
  };
  'member.left': {
    userId: string;
    username: string;
    /** True when the departure was found at catch-up rather than delivered live. Absent: live. */
    caughtUp?: boolean;
  };
  'member.updated': {
    userId: string;
    roles: string[];
    /** Roles before the update, when the platform knew them. */
    previousRoles: string[] | null;
    nickname: string | null;
    /**
     * Discord membership screening still pending (onboarding/rules not accepted). Absent when
     * the platform does not know (the sandbox, which has no screening; a Discord update of a
     * member neither the payload nor the cache says it of).
     */
    pending?: boolean;
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
  'thread.created': {
    threadId: string;
    parentId: string | null;
    ownerId: string | null;
    name: string;
    /**
     * Forum posts: the ids of the parent forum's tags the post carries (`ForumTag.id`). Absent
     * in events recorded before tags were read, and for threads outside forums (read it as []).
     */
    appliedTags?: string[];
  };
  /**
   * A thread changed: renamed, tagged, archived or unarchived, locked or unlocked (by anyone,
   * Guildhall included). Carries the thread as it is after the change.
   * @see https://discord.com/developers/docs/events/gateway-events#thread-update
   */
  'thread.updated': {
    threadId: string;
    parentId: string | null;
    name: string;
    /** Forum posts: the forum tag ids it carries now; [] elsewhere. */
    appliedTags: string[];
    archived: boolean;
    locked: boolean;
  };
  /**
   * A guild scheduled event (the Events tab) was created, changed (time, place, text, status:
   * started, ended, canceled) or deleted, by Guildhall or by anyone with Manage Events.
   * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-create
   */
  'scheduled_event.created': ScheduledEventFacts;
  'scheduled_event.updated': ScheduledEventFacts;
  'scheduled_event.deleted': ScheduledEventFacts;
  /**
   * A member marked a scheduled event "interested" (added) or took it back (removed).
   * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-user-add
   */
  'scheduled_event.user_added': { scheduledEventId: string; userId: string };
  'scheduled_event.user_removed': { scheduledEventId: string; userId: string };
  'invite.created': {
    code: string;
    channelId: string;
    inviterId: string | null;
    uses: number;
    maxUses: number;
  };
  'interaction.command': InteractionBase & {
    /** The command's top-level name: `privacy` for `/privacy export`. */
    commandName: string;
    /**
     * The subcommand invoked (`export` for `/privacy export`), null for a command without
     * subcommands. Absent in events recorded before subcommands existed (read it as null).
     */
    subcommand?: string | null;
    /** The options of the (sub)command invoked, by name. */
    options: Record<string, CommandOptionValue>;
    /**
     * A message context-menu command (right-click a message → Apps → "Mark as solution"):
     * the message it was used on. Absent for a slash command.
     * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
     */
    targetMessage?: TargetMessage;
  };
  'interaction.button': InteractionBase & { customId: string };
  'interaction.select': InteractionBase & { customId: string; values: string[] };
  'interaction.modal': InteractionBase & { customId: string; fields: Record<string, string> };
  /**
   * Discord's native AutoMod executed one action of one of its rules (Guildhall's or the
   * community's own): one event per action, so a blocked message that also alerts and times
   * out arrives as three. A blocked message was never posted: `messageId` is null.
   * @see https://discord.com/developers/docs/events/gateway-events#auto-moderation-action-execution
   */
  'automod.native_executed': {
    ruleId: string;
    ruleTriggerType: NativeAutomodTriggerType;
    action: NativeAutomodActionType;
    /** Who wrote the content. */
    userId: string;
    channelId: string | null;
    /** The posted message the content belongs to; null when it was blocked. */
    messageId: string | null;
    /** The alert AutoMod posted, for a `send_alert_message` action; else null. */
    alertSystemMessageId: string | null;
    /** What the member wrote; empty without the Message Content intent. */
    content: string;
    /** The rule's keyword that matched (keyword rules), or null. */
    matchedKeyword: string | null;
    /** The part of the content that matched; null or empty without the Message Content intent. */
    matchedContent: string | null;
  };
}

/** What the scheduled-event events carry: the event as it is after the change. */
export interface ScheduledEventFacts {
  scheduledEventId: string;
  name: string;
  description: string | null;
  /** Epoch ms. */
  startAt: number;
  /** Epoch ms, or null when open-ended. */
  endAt: number | null;
  entityType: 'stage' | 'voice' | 'external';
  channelId: string | null;
  location: string | null;
  status: 'scheduled' | 'active' | 'completed' | 'canceled';
  creatorId: string | null;
}

/**
 * Events any module may emit: cross-module contracts with no single owner.
 */
export interface SharedEventPayloads {
  /**
   * A member did something worth recognising, reported by the module that saw it (support:
   * an answer accepted; events: an event hosted or attended; learning: a quiz passed). The
   * recognition module turns it into points (its `recognition.points` table), counts it for
   * levels, achievements and leaderboard categories. Emit it once per fact: its id (the
   * emitting module's key) is what makes a redelivery count once.
   */
  'contribution.recorded': {
    userId: string;
    kind: ContributionKind;
    /** Quality rating 1–5 when the contribution was rated; above 4 earns the quality bonus (+50%). */
    quality?: number;
    /** A result 0–100 (a quiz score), for achievements such as "quiz ≥ 80%". */
    score?: number;
    /** What the contribution is, in the emitting module's terms (question id, event id, PR URL…). */
    sourceId: string;
    /** Where it happened, when it happened in a channel. */
    channelId?: string;
  };
}

/**
 * Payloads of every event Guildhall understands, keyed by event type: the platform's, the
 * shared ones, and each module's own, which a module adds from its folder by augmenting
 * this interface (`declare module '../../core/DomainEvent.js' { interface EventPayloads … }`,
 * see `src/modules/onboarding/onboardingEvents.ts`). Core never names a module's event.
 */
export interface EventPayloads extends PlatformEventPayloads, SharedEventPayloads {}

/**
 * Trigger types of Discord's native AutoMod rules; `other` is one Guildhall does not know.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-trigger-types
 */
export type NativeAutomodTriggerType =
  'keyword' | 'spam' | 'keyword_preset' | 'mention_spam' | 'member_profile' | 'other';

/**
 * Action types of Discord's native AutoMod rules; `other` is one Guildhall does not know.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-action-object-action-types
 */
export type NativeAutomodActionType =
  'block_message' | 'send_alert_message' | 'timeout' | 'block_member_interaction' | 'other';

/**
 * Kinds of contribution a module may report with `contribution.recorded`. The first six are
 * seed 002's points table; the rest come from seed 003's contribution scoring table and the
 * other modules (events attended, quizzes, questions answered). Stable forever: stored in data.
 */
export const CONTRIBUTION_KINDS = [
  'helpful_answer',
  'bug_reported',
  'tutorial',
  'event_hosted',
  'code_contribution',
  'event_attended',
  'question_answered',
  'quiz_completed',
  'code_review',
  'best_practice',
  'project_leadership',
  'team_completion',
  'peer_mentoring',
  'conflict_resolution',
  'original_project',
  'improvement_suggestion',
  'newcomer_assistance',
  'community_moderation',
  'feedback',
  'challenge_entry',
  'challenge_runner_up',
  'challenge_winner',
  'showcase_award',
] as const;

/** A kind of contribution (see {@link CONTRIBUTION_KINDS}). */
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** What every interaction carries: who, where, and how to answer it. */
export interface InteractionBase {
  interactionId: string;
  /** Token to answer the interaction (valid 15 minutes on Discord). */
  token: string;
  userId: string;
  /** The guild channel, or the direct-message channel when {@link InteractionBase.inDirectMessage}. */
  channelId: string;
  /** Role ids of the invoking member (empty in a direct message). */
  memberRoles: string[];
  /**
   * True when the member used a component of a direct message the bot sent (a member who
   * was banned can still do that). Absent or false: in a guild channel.
   */
  inDirectMessage?: boolean;
}

/** The message a message context-menu command was used on (Discord's `resolved.messages`). */
export interface TargetMessage {
  messageId: string;
  /** The channel or thread it is in. */
  channelId: string;
  authorId: string;
  authorBot: boolean;
  content: string;
}

/** A custom emoji has an id; a unicode emoji only a name. */
export interface EmojiRef {
  id: string | null;
  name: string;
}

/** Event types the platforms produce. Modules handle them and never emit them. */
export type PlatformEventType = keyof PlatformEventPayloads;

/** Event types any module may emit. */
export type SharedEventType = keyof SharedEventPayloads;

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

/** Every platform event type, as a runtime list. Module event types come from the module list. */
export const PLATFORM_EVENT_TYPES = [
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
  'thread.updated',
  'scheduled_event.created',
  'scheduled_event.updated',
  'scheduled_event.deleted',
  'scheduled_event.user_added',
  'scheduled_event.user_removed',
  'invite.created',
  'interaction.command',
  'interaction.button',
  'interaction.select',
  'interaction.modal',
  'automod.native_executed',
] as const satisfies readonly PlatformEventType[];

/** Event types any module may emit, as a runtime list. */
export const SHARED_EVENT_TYPES = ['contribution.recorded'] as const satisfies readonly SharedEventType[];

/**
 * Builds an event with its type checked against its payload.
 * @param type - the event type
 * @param fields - id, guild, time, source and payload
 */
export function domainEvent<T extends EventType>(type: T, fields: Omit<DomainEventOf<T>, 'type'>): DomainEventOf<T> {
  return { type, ...fields };
}
