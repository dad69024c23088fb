import type {
  BanOptions,
  ChannelHistory,
  ChannelPosition,
  ChannelSnapshot,
  ChannelSpec,
  DeferOptions,
  EventSink,
  ForumPost,
  ForumPostSpec,
  GuildSnapshot,
  InteractionRef,
  InteractionReply,
  InviteSnapshot,
  ListedMember,
  MemberSnapshot,
  ModalSpec,
  NativeAutomodRuleSnapshot,
  Platform,
  PlatformKind,
  PlatformStartOptions,
  RolePosition,
  RoleSnapshot,
  RoleSpec,
  ScheduledEventPatch,
  ScheduledEventSnapshot,
  ScheduledEventSpec,
  SlashCommandDefinition,
  ThreadPatch,
  ThreadSpec,
  VerificationLevel,
  VoiceMemberState,
} from '../../platform/Platform.js';
import type { NativeAutomodRulePatch, NativeAutomodRuleSpec } from '../../platform/types/NativeAutomod.js';
import type { DirectMessageResult, OutgoingMessage, SentMessage } from '../../platform/types/OutgoingMessage.js';
import type { Clock } from '../Clock.js';
import { currentUnit } from '../../store/unitOfWork/index.js';
import type { Outbox } from './Outbox.js';
import type { OutboxAction } from './outboxActions.js';
import { outboxRef } from './outboxJson.js';

/**
 * The platform a module sees. Inside a unit of work (a handler, a command, a job) the effects
 * listed in {@link OUTBOX_ACTIONS} are queued as outbox rows in the unit's transaction and
 * carried out after it commits, each with an idempotency key (`<event or job>:<handler>#<n>`,
 * also the message nonce); outside one (module start hooks, the CLI) they are called at once.
 * A queued message answers with a stand-in id (`outbox:<key>`) that later actions may use and
 * that {@link Outbox.resolveRef} turns into the real id once sent; a queued DM answers
 * `deliveredVia: 'queued'`. Everything else passes straight through.
 */
export class OutboxPlatform implements Platform {
  readonly kind: PlatformKind;

  constructor(
    private readonly inner: Platform,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly module: string,
    private readonly kicked: (guildId: string) => void,
  ) {
    this.kind = inner.kind;
  }

  /**
   * Queues the action when a unit of work with an effect key is open; returns its key, or
   * null when the caller must call the platform itself.
   */
  async #queue(action: OutboxAction, guildId: string | null, args: readonly unknown[]): Promise<string | null> {
    const unit = currentUnit();
    if (unit?.effectsRefused !== undefined)
      throw new Error(`${unit.effectsRefused} may not act on the platform (${action})`);
    const effectKey = unit?.label.effectKey;
    if (unit === undefined || effectKey === undefined) return null;
    const key = `${effectKey}#${unit.effectSeq}`;
    unit.effectSeq += 1;
    const guild = guildId ?? unit.label.guildId ?? 'none';
    const withNonce = args.map((arg, index) =>
      isMessageArg(action, index) ? { ...(arg as OutgoingMessage), nonce: (arg as OutgoingMessage).nonce ?? key } : arg,
    );
    await this.outbox.enqueue({ key, guildId: guild, module: this.module, action, args: withNonce }, this.clock.now());
    unit.afterCommit(() => this.kicked(guild));
    return key;
  }

  async sendMessage(channelId: string, message: OutgoingMessage): Promise<SentMessage> {
    const key = await this.#queue('sendMessage', null, [channelId, message]);
    if (key === null) return this.inner.sendMessage(channelId, message);
    return { id: outboxRef(key), channelId };
  }

  async sendDirectMessage(
    guildId: string,
    userId: string,
    message: OutgoingMessage,
    fallbackChannelId: string | null,
  ): Promise<DirectMessageResult> {
    const key = await this.#queue('sendDirectMessage', guildId, [guildId, userId, message, fallbackChannelId]);
    if (key === null) return this.inner.sendDirectMessage(guildId, userId, message, fallbackChannelId);
    return { deliveredVia: 'queued', message: null };
  }

  /** Queued like a message; `messageId` may be the stand-in id of a message queued before it. */
  async editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<SentMessage> {
    const key = await this.#queue('editMessage', null, [channelId, messageId, message]);
    if (key === null) return this.inner.editMessage(channelId, messageId, message);
    return { id: messageId, channelId };
  }

  /** Queued like a message: tags, archive and lock are effects members see. */
  async editThread(threadId: string, patch: ThreadPatch, reason: string): Promise<void> {
    if ((await this.#queue('editThread', null, [threadId, patch, reason])) === null) {
      await this.inner.editThread(threadId, patch, reason);
    }
  }

  async deleteMessage(channelId: string, messageId: string, reason: string): Promise<void> {
    if ((await this.#queue('deleteMessage', null, [channelId, messageId, reason])) === null) {
      await this.inner.deleteMessage(channelId, messageId, reason);
    }
  }

  async addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
    if ((await this.#queue('addRole', guildId, [guildId, userId, roleId, reason])) === null) {
      await this.inner.addRole(guildId, userId, roleId, reason);
    }
  }

  async removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
    if ((await this.#queue('removeRole', guildId, [guildId, userId, roleId, reason])) === null) {
      await this.inner.removeRole(guildId, userId, roleId, reason);
    }
  }

  async timeoutMember(guildId: string, userId: string, until: number | null, reason: string): Promise<void> {
    if ((await this.#queue('timeoutMember', guildId, [guildId, userId, until, reason])) === null) {
      await this.inner.timeoutMember(guildId, userId, until, reason);
    }
  }

  async kickMember(guildId: string, userId: string, reason: string): Promise<void> {
    if ((await this.#queue('kickMember', guildId, [guildId, userId, reason])) === null) {
      await this.inner.kickMember(guildId, userId, reason);
    }
  }

  async banMember(guildId: string, userId: string, options: BanOptions): Promise<void> {
    if ((await this.#queue('banMember', guildId, [guildId, userId, options])) === null) {
      await this.inner.banMember(guildId, userId, options);
    }
  }

  async unbanMember(guildId: string, userId: string, reason: string): Promise<void> {
    if ((await this.#queue('unbanMember', guildId, [guildId, userId, reason])) === null) {
      await this.inner.unbanMember(guildId, userId, reason);
    }
  }

  async respondToInteraction(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    if ((await this.#queue('respondToInteraction', null, [interaction, reply])) === null) {
      await this.inner.respondToInteraction(interaction, reply);
    }
  }

  async showModal(interaction: InteractionRef, modal: ModalSpec): Promise<void> {
    if ((await this.#queue('showModal', null, [interaction, modal])) === null) {
      await this.inner.showModal(interaction, modal);
    }
  }

  // Everything below passes through. Deferring and editing an interaction's answer must
  // happen at once (Discord's 3-second deadline, progress shown while the work runs): command
  // and component handlers use the `InteractionProgress` the router gives them instead.

  deferReply(interaction: InteractionRef, options?: DeferOptions): Promise<void> {
    return this.inner.deferReply(interaction, options);
  }

  deferUpdate(interaction: InteractionRef): Promise<void> {
    return this.inner.deferUpdate(interaction);
  }

  editReply(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    return this.inner.editReply(interaction, reply);
  }

  followUp(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    return this.inner.followUp(interaction, reply);
  }

  start(sink: EventSink, options?: PlatformStartOptions): Promise<void> {
    return this.inner.start(sink, options);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null> {
    return this.inner.fetchMember(guildId, userId);
  }

  fetchAllMembers(guildId: string): Promise<ListedMember[]> {
    return this.inner.fetchAllMembers(guildId);
  }

  listVoiceMembers(guildId: string, channelId: string): Promise<VoiceMemberState[]> {
    return this.inner.listVoiceMembers(guildId, channelId);
  }

  fetchMessagesAfter(
    guildId: string,
    channelId: string,
    afterMessageId: string,
    limit: number,
  ): Promise<ChannelHistory> {
    return this.inner.fetchMessagesAfter(guildId, channelId, afterMessageId, limit);
  }

  createThread(channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot> {
    return this.inner.createThread(channelId, spec);
  }

  /**
   * Called at once, like `createThread`: the post's ids are stored with what the unit writes.
   * A unit that rolls back after it leaves the post (Discord takes no nonce for its starter).
   */
  createForumPost(forumId: string, post: ForumPostSpec): Promise<ForumPost> {
    return this.inner.createForumPost(forumId, post);
  }

  fetchGuild(guildId: string): Promise<GuildSnapshot> {
    return this.inner.fetchGuild(guildId);
  }

  createChannel(guildId: string, spec: ChannelSpec, reason?: string): Promise<ChannelSnapshot> {
    return this.inner.createChannel(guildId, spec, reason);
  }

  editChannel(channelId: string, patch: Partial<ChannelSpec>, reason?: string): Promise<ChannelSnapshot> {
    return this.inner.editChannel(channelId, patch, reason);
  }

  deleteChannel(channelId: string, reason: string): Promise<void> {
    return this.inner.deleteChannel(channelId, reason);
  }

  setChannelPositions(guildId: string, positions: ChannelPosition[], reason?: string): Promise<void> {
    return this.inner.setChannelPositions(guildId, positions, reason);
  }

  createRole(guildId: string, spec: RoleSpec, reason?: string): Promise<RoleSnapshot> {
    return this.inner.createRole(guildId, spec, reason);
  }

  editRole(guildId: string, roleId: string, patch: Partial<RoleSpec>, reason?: string): Promise<RoleSnapshot> {
    return this.inner.editRole(guildId, roleId, patch, reason);
  }

  deleteRole(guildId: string, roleId: string, reason: string): Promise<void> {
    return this.inner.deleteRole(guildId, roleId, reason);
  }

  setRolePositions(guildId: string, positions: RolePosition[], reason?: string): Promise<void> {
    return this.inner.setRolePositions(guildId, positions, reason);
  }

  setVerificationLevel(
    guildId: string,
    level: VerificationLevel,
    reason: string,
  ): Promise<{ previous: VerificationLevel }> {
    return this.inner.setVerificationLevel(guildId, level, reason);
  }

  pauseInvites(guildId: string, until: number | null, reason: string): Promise<void> {
    return this.inner.pauseInvites(guildId, until, reason);
  }

  listInvites(guildId: string): Promise<InviteSnapshot[]> {
    return this.inner.listInvites(guildId);
  }

  listAutoModerationRules(guildId: string): Promise<NativeAutomodRuleSnapshot[]> {
    return this.inner.listAutoModerationRules(guildId);
  }

  createAutoModerationRule(
    guildId: string,
    rule: NativeAutomodRuleSpec,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot> {
    return this.inner.createAutoModerationRule(guildId, rule, reason);
  }

  editAutoModerationRule(
    guildId: string,
    ruleId: string,
    patch: NativeAutomodRulePatch,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot> {
    return this.inner.editAutoModerationRule(guildId, ruleId, patch, reason);
  }

  deleteAutoModerationRule(guildId: string, ruleId: string, reason: string): Promise<void> {
    return this.inner.deleteAutoModerationRule(guildId, ruleId, reason);
  }

  // Scheduled events pass straight through, like the server structure: the events module
  // matches what it wants to what listScheduledEvents answers, so a repeat finds, not duplicates.
  listScheduledEvents(guildId: string): Promise<ScheduledEventSnapshot[]> {
    return this.inner.listScheduledEvents(guildId);
  }

  createScheduledEvent(guildId: string, spec: ScheduledEventSpec, reason: string): Promise<ScheduledEventSnapshot> {
    return this.inner.createScheduledEvent(guildId, spec, reason);
  }

  editScheduledEvent(
    guildId: string,
    eventId: string,
    patch: ScheduledEventPatch,
    reason: string,
  ): Promise<ScheduledEventSnapshot> {
    return this.inner.editScheduledEvent(guildId, eventId, patch, reason);
  }

  deleteScheduledEvent(guildId: string, eventId: string): Promise<void> {
    return this.inner.deleteScheduledEvent(guildId, eventId);
  }

  listScheduledEventUsers(guildId: string, eventId: string): Promise<string[]> {
    return this.inner.listScheduledEventUsers(guildId, eventId);
  }

  registerCommands(guildId: string, commands: SlashCommandDefinition[]): Promise<void> {
    return this.inner.registerCommands(guildId, commands);
  }
}

/** The message argument of the message-sending actions (it gets the key as its nonce). */
function isMessageArg(action: OutboxAction, index: number): boolean {
  return (action === 'sendMessage' && index === 1) || (action === 'sendDirectMessage' && index === 2);
}
