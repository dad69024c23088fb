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
    /** Negative for a reversal (a referee who left within the fraud window). */
    points: number;
    /** The kind of action (`message`, `helpful_answer`, `referral`, `achievement` …). */
    reason: string;
    total: number;
    sourceEventId: string;
  };
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
  'recognition.badge_awarded': { userId: string; badgeId: string; name: string; threshold: number };
  'recognition.achievement_unlocked': { userId: string; achievementId: string; name: string; points: number };
  'recognition.level_changed': {
    userId: string;
    /** Level names (null: no level). */
    from: string | null;
    to: string | null;
    direction: 'up' | 'down';
  };
  /** A thanks was detected (reaction, reply or mention); recognition credits a helpful answer. */
  'recognition.thanks_given': {
    fromUserId: string;
    toUserId: string;
    channelId: string;
    messageId: string;
    via: 'reaction' | 'reply' | 'mention';
    /** Epoch ms of the thanking message or reaction. */
    at: number;
  };
  /** A join attributed to a member's invite. */
  'recognition.member_referred': {
    refereeId: string;
    referrerId: string;
    inviteCode: string;
    /** Epoch ms the referee joined. */
    joinedAt: number;
    joinEventId: string;
  };
  /** The referee stayed past the fraud window: the referral counts towards reward tiers. */
  'recognition.referral_confirmed': { refereeId: string; referrerId: string };
  /** The referee left within the fraud window: both rewards were taken back. */
  'recognition.referral_reversed': { refereeId: string; referrerId: string };
  'recognition.referral_tier_reached': { userId: string; referrals: number; tier: string };
  /** A step of the ambassador programme, with the member's whole programme record after it. */
  'recognition.ambassador_status_changed': {
    userId: string;
    tier: string;
    status: AmbassadorStatus;
    previousStatus: AmbassadorStatus | null;
    /** Who did it (a staff member, or the nominator). */
    byUserId: string;
    note: string | null;
    nominatedBy: string;
    nominatedAt: number;
    reviewedBy: string | null;
    trialEndsAt: number | null;
    confirmedAt: number | null;
  };
  /** Recompute every total from the event log (history import, changed points table, upgrade). */
  'recognition.recompute_requested': { requestedBy: string | null; reason: string };
  // ── automod and moderation (issue #4) ──────────────────────────────────────
  /**
   * An automod rule saw a message or join break it. Automod has already done its own
   * effects (deleted the offending messages, set slowmode); `actions` are what it asks the
   * moderation module to do (sanctions on `userIds`, lockdown, alerting moderators). One
   * event per triggering event: when several rules match, the most severe leads and the
   * others are listed in `matchedRules`.
   */
  'automod.rule_triggered': {
    ruleId: string;
    ruleName: string;
    category: AutomodCategory;
    severity: Severity;
    /** What fired, for people: `same message in 3 channels within 60 s`. */
    reason: string;
    /** Every rule that matched, the leading one first. */
    matchedRules: { ruleId: string; ruleName: string; reason: string }[];
    /** Members the sanctions apply to: the author, or the members who joined in a raid. */
    userIds: string[];
    channelId: string | null;
    /** Copies of the messages that broke the rule (kept in the case: they are deleted). */
    evidence: EvidenceMessage[];
    deletedMessageIds: string[];
    actions: AutomodAction[];
    /** The message or join event that triggered the rule. */
    sourceEventId: string;
  };
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
  /** A moderation case was opened: a sanction, a deletion, a lockdown, by automod or a moderator. */
  'moderation.case_opened': {
    caseId: number;
    /** Null for a guild-wide action (lockdown). */
    userId: string | null;
    action: ModerationAction;
    reason: string;
    ruleId: string | null;
    /** The moderator, or null for automod. */
    actorId: string | null;
    /** Epoch ms a timed sanction ends, or null. */
    expiresAt: number | null;
    /** Counts on the escalation ladder. */
    strike: boolean;
  };
  /** A case stopped being in force: its time ran out, a moderator lifted it, or an appeal overturned it. */
  'moderation.case_closed': {
    caseId: number;
    userId: string | null;
    action: ModerationAction;
    outcome: 'expired' | 'revoked' | 'overturned';
  };
  'moderation.appeal_filed': { appealId: number; caseId: number; userId: string; level: 'first' | 'final' };
  'moderation.appeal_decided': {
    appealId: number;
    caseId: number;
    userId: string;
    level: 'first' | 'final';
    outcome: 'upheld' | 'overturned';
    reviewerId: string;
    /** The automod rule of the case, for false-positive rates per rule. */
    ruleId: string | null;
  };
  'moderation.lockdown_started': { reason: string; endsAt: number | null; startedBy: string | null };
  'moderation.lockdown_ended': { reason: string; endedBy: string | null };
}

/** How bad a broken rule is; decides which role is alerted (the escalation matrix). */
export type Severity = 'minor' | 'moderate' | 'serious' | 'severe';

/**
 * What kind of harm an automod rule is about. Categories listed in the moderation module's
 * `immediateActions` skip the escalation ladder. Stable forever: stored in data.
 */
export const AUTOMOD_CATEGORIES = [
  'spam',
  'links',
  'phishing',
  'hate_speech',
  'harassment',
  'doxxing',
  'nsfw',
  'raid',
  'other',
] as const;

/** A category of {@link AUTOMOD_CATEGORIES}. */
export type AutomodCategory = (typeof AUTOMOD_CATEGORIES)[number];

/** A message kept as evidence in a moderation case (a copy: the original may be deleted). */
export interface EvidenceMessage {
  messageId: string;
  channelId: string;
  authorId: string;
  content: string;
  /** Epoch ms. */
  postedAt: number;
}

/** What automod asks the moderation module to do (see `automod.rule_triggered`). */
export type AutomodAction =
  /** A strike on the escalation ladder (or the category's immediate action). */
  | { kind: 'strike' }
  /** A private warning, with the rule's own text when it has one. */
  | { kind: 'warn'; message: string | null }
  | { kind: 'timeout'; durationMs: number }
  | { kind: 'kick' }
  /** `durationMs` null: permanent. */
  | { kind: 'ban'; durationMs: number | null; deleteMessageSeconds: number }
  /** Lock the server down; lifted after `durationMs` without a new spike. */
  | { kind: 'lockdown'; durationMs: number }
  /** Ping the role the escalation matrix names for the rule's severity. */
  | { kind: 'alert' };

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

/** What a moderation case did. */
export type ModerationAction =
  'warn' | 'timeout' | 'kick' | 'ban' | 'unban' | 'untimeout' | 'delete' | 'flag' | 'lockdown' | 'lockdown_end';

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
] as const;

/** A kind of contribution (see {@link CONTRIBUTION_KINDS}). */
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Steps of the ambassador programme: nomination → review → trial → confirmed. */
export type AmbassadorStatus = 'nominated' | 'rejected' | 'trial' | 'confirmed' | 'ended';

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
  'contribution.recorded',
  'recognition.badge_awarded',
  'recognition.achievement_unlocked',
  'recognition.level_changed',
  'recognition.thanks_given',
  'recognition.member_referred',
  'recognition.referral_confirmed',
  'recognition.referral_reversed',
  'recognition.referral_tier_reached',
  'recognition.ambassador_status_changed',
  'recognition.recompute_requested',
  'automod.rule_triggered',
  'automod.native_executed',
  'moderation.case_opened',
  'moderation.case_closed',
  'moderation.appeal_filed',
  'moderation.appeal_decided',
  'moderation.lockdown_started',
  'moderation.lockdown_ended',
] as const satisfies readonly EventType[];

/**
 * Builds an event with its type checked against its payload.
 * @param type - the event type
 * @param fields - id, guild, time, source and payload
 */
export function domainEvent<T extends EventType>(type: T, fields: Omit<DomainEventOf<T>, 'type'>): DomainEventOf<T> {
  return { type, ...fields };
}
