import type { DomainEvent } from '../core/DomainEvent.js';
import type { GuildStructurePort } from './ports/GuildStructurePort.js';
import type { InteractionPort } from './ports/InteractionPort.js';
import type { MemberPort } from './ports/MemberPort.js';
import type { MessagingPort } from './ports/MessagingPort.js';
import type { ModerationPort } from './ports/ModerationPort.js';
import type { NativeAutomodPort } from './ports/NativeAutomodPort.js';
import type { ScheduledEventPort } from './ports/ScheduledEventPort.js';

/**
 * The actions Guildhall performs on a community platform, grouped by capability into ports
 * (`ports/`). Modules only ever talk to this interface (or a port of it); `platform/discord`
 * (discord.js v14) and `platform/sandbox` (a Discord-like guild persisted in the database)
 * implement it. Failures are typed (`PlatformError.ts`: NotFound, Forbidden, RateLimited,
 * InvalidRequest); Discord's limits are in `discordLimits.ts`.
 */
export interface Platform
  extends
    MessagingPort,
    MemberPort,
    ModerationPort,
    GuildStructurePort,
    NativeAutomodPort,
    InteractionPort,
    ScheduledEventPort {
  /** `discord` or `sandbox`. */
  readonly kind: PlatformKind;

  /**
   * Connects and starts delivering normalised domain events to `sink`.
   * @param sink - receives every event; the platform awaits it before the next of a guild
   * @param options - what else the platform reports (events it may have missed)
   * @see https://discord.com/developers/docs/events/gateway#connecting
   */
  start(sink: EventSink, options?: PlatformStartOptions): Promise<void>;

  /**
   * Disconnects; no event is delivered after it resolves.
   * @see https://discord.com/developers/docs/events/gateway#disconnecting
   */
  stop(): Promise<void>;
}

/** Which platform implements {@link Platform}. */
export type PlatformKind = 'discord' | 'sandbox';

/** Receives normalised events from a platform. */
export type EventSink = (event: DomainEvent) => Promise<void>;

/** What a started platform reports besides events. */
export interface PlatformStartOptions {
  /**
   * Called when the platform may have missed events since it started: on Discord, a new
   * gateway session after the previous one was lost (not a resume, which replays what was
   * missed), or the guild back after an outage. Not called for the first connection.
   * Guildhall catches up then (docs/reliability.md).
   */
  onEventsMissed?: () => void;
}

export type {
  GuildStructurePort,
  InteractionPort,
  MemberPort,
  MessagingPort,
  ModerationPort,
  NativeAutomodPort,
  ScheduledEventPort,
};
export { INVITE_PAUSE_MAX_MS, MESSAGE_CONTENT_LIMIT } from './discordLimits.js';
export { assertInvitePause } from './invitePauseLimits.js';
export type {
  ChannelKind,
  ChannelPosition,
  ChannelSnapshot,
  ChannelSpec,
  ForumPost,
  ForumPostSpec,
  ForumTag,
  PermissionOverwrite,
  ThreadPatch,
  ThreadSpec,
} from './types/Channel.js';
export type { Embed, EmbedField } from './types/Embed.js';
export type { ChannelHistory, ListedMember } from './types/History.js';
export { VERIFICATION_LEVELS, type GuildSnapshot, type InviteSnapshot, type VerificationLevel } from './types/Guild.js';
export type {
  DeferOptions,
  InteractionFile,
  InteractionRef,
  InteractionReply,
  InteractionResponse,
  SlashCommandDefinition,
  SlashCommandOption,
  SlashCommandSubcommand,
  SlashCommandValueOption,
} from './types/Interaction.js';
export type { BanOptions, MemberSnapshot } from './types/Member.js';
export type { ActionRow, ButtonComponent, SelectComponent, SelectOption } from './types/MessageComponents.js';
export type { ModalSpec, TextInputSpec } from './types/Modal.js';
export type {
  NativeAutomodAction,
  NativeAutomodPreset,
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
  NativeAutomodTrigger,
} from './types/NativeAutomod.js';
export type { DirectMessageResult, OutgoingMessage, SentMessage } from './types/OutgoingMessage.js';
export type { OutgoingPoll, PollResults } from './types/Poll.js';
export type { PollPort } from './ports/PollPort.js';
export { hasNativePolls } from './ports/PollPort.js';
export { POLL_LIMITS, pollProblem } from './pollLimits.js';
export type { RolePosition, RoleSnapshot, RoleSpec } from './types/Role.js';
export type {
  RecurrenceWeekday,
  ScheduledEventEntityType,
  ScheduledEventPatch,
  ScheduledEventRecurrence,
  ScheduledEventSnapshot,
  ScheduledEventSpec,
  ScheduledEventStatus,
} from './types/ScheduledEvent.js';
export type { VoiceMemberState } from './types/Voice.js';
