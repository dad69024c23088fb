import type { Clock } from '../../core/Clock.js';
import type { Store } from '../../store/Store.js';
import type {
  VerificationLevel,
  BanOptions,
  ChannelHistory,
  ChannelPosition,
  ChannelSnapshot,
  ChannelSpec,
  DirectMessageResult,
  EventSink,
  ForumPost,
  ForumPostSpec,
  GuildSnapshot,
  DeferOptions,
  InteractionRef,
  InteractionReply,
  ListedMember,
  MemberSnapshot,
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
  ModalSpec,
  OutgoingMessage,
  Platform,
  RolePosition,
  RoleSnapshot,
  RoleSpec,
  ScheduledEventPatch,
  ScheduledEventSnapshot,
  ScheduledEventSpec,
  SentMessage,
  SlashCommandDefinition,
  ThreadPatch,
  ThreadSpec,
  VoiceMemberState,
} from '../Platform.js';
import type { SandboxGuildInfo } from './SandboxContext.js';
import { SandboxRuntime } from './SandboxRuntime.js';
import { readAttachment, type SandboxAttachmentContent } from './attachments.js';
import { DEFAULT_AUDIT_REASON, listAuditLog, recordAudit, type SandboxAuditEntry } from './auditLog.js';
import * as autoModeration from './autoModerationRules.js';
import { SnowflakeIdGenerator, type IdGenerator } from './SnowflakeIdGenerator.js';
import * as bot from './botMessageActions.js';
import * as history from './historyQueries.js';
import * as channels from './channelActions.js';
import { setChannelPositions } from './channelPositions.js';
import { deleteChannel } from './deleteChannel.js';
import { clickDirectMessageButton } from './directMessageButtons.js';
import { ensureGuild, type EnsureGuildOptions } from './ensureGuild.js';
import {
  fetchGuildSnapshot,
  guildSafety,
  listChannels,
  listRoles,
  requireChannel,
  requireGuild,
} from './guildQueries.js';
import * as safety from './guildSafetyActions.js';
import * as deferred from './deferredAnswers.js';
import * as interactions from './interactionActions.js';
import { createInvite, listInvites } from './inviteActions.js';
import { listDirectMessages } from './listDirectMessages.js';
import * as members from './memberActions.js';
import * as memberInteractions from './memberInteractionActions.js';
import * as memberMessages from './memberMessageActions.js';
import {
  findMemberRow,
  listMembers,
  loadMember,
  memberRoleIds,
  requireUser,
  toMemberSnapshot,
  voiceMembersOf,
} from './memberQueries.js';
import { changeMemberRole } from './memberRoleActions.js';
import { listMessages, loadMessage } from './messageQueries.js';
import { submitModal } from './modalSubmissions.js';
import * as moderation from './moderationActions.js';
import { react, unreact } from './reactionActions.js';
import * as roles from './roleActions.js';
import * as scheduledEvents from './scheduledEventActions.js';
import { setScheduledEventInterest, setScheduledEventStatus } from './scheduledEventInputs.js';
import { setRolePositions } from './rolePositions.js';
import type * as inputs from './sandboxInputs.js';
import type * as views from './sandboxViews.js';
import * as threads from './threadActions.js';
import * as threadState from './threadState.js';
import * as polls from './pollActions.js';
import type { PollPort } from '../ports/PollPort.js';
import type { PollResults } from '../types/Poll.js';
import { setVoice } from './voiceActions.js';
import { makeChangesAtomic } from './sandboxAtomicity.js';

/** What a sandbox is built from. */
export interface SandboxPlatformOptions {
  store: Store;
  clock: Clock;
  /** Default: snowflakes from `clock`. */
  idGenerator?: IdGenerator;
}

/** A page of a list: at most `limit` items, after/before a cursor id. */
export interface Page {
  limit?: number;
  before?: string;
  after?: string;
}

/**
 * A guild that behaves like Discord for every Platform action, persisted in `sandbox_`
 * tables so the local demo survives restarts; also the event source, acting as members
 * (joins, posts, reactions, voice, commands …) and delivering the matching domain events to
 * the sink given to `start`. Used by tests, the local demo and benchmarks.
 */
export class SandboxPlatform implements Platform, PollPort {
  readonly kind = 'sandbox' as const;
  readonly #ctx: SandboxRuntime;

  /** @param options - database, clock and optionally the id generator */
  constructor(options: SandboxPlatformOptions) {
    this.#ctx = new SandboxRuntime(
      options.store,
      options.clock,
      options.idGenerator ?? new SnowflakeIdGenerator(options.clock),
    );
    makeChangesAtomic(this, options.store);
  }

  // ── Setup and reads ────────────────────────────────────────────────────────

  /** Creates the database's one guild (bot, its "Guildhall" role, owner) unless it exists. */
  ensureGuild(name: string, options?: EnsureGuildOptions): Promise<GuildSnapshot> {
    return ensureGuild(this.#ctx, name, options);
  }
  /** Whether the community seed finished on this guild (it is then never seeded again). */
  async isSeeded(): Promise<boolean> {
    const { id } = await this.#ctx.guild();
    const row = await this.#ctx.db
      .selectFrom('sandbox_guild')
      .select('seeded_at')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.seeded_at !== null && row?.seeded_at !== undefined;
  }
  /** Records that the community seed finished. */
  async markSeeded(): Promise<void> {
    const { id } = await this.#ctx.guild();
    await this.#ctx.db
      .updateTable('sandbox_guild')
      .set({ seeded_at: this.#ctx.clock.now() })
      .where('id', '=', id)
      .execute();
  }
  /** The guild's id, name, owner and bot user. */
  guild(): Promise<SandboxGuildInfo> {
    return this.#ctx.guild();
  }
  /** Every channel, threads included, in position order. */
  listChannels(): Promise<ChannelSnapshot[]> {
    return this.#ctx.guild().then(() => listChannels(this.#ctx.db, true));
  }
  /** Every role, highest first. */
  listRoles(): Promise<RoleSnapshot[]> {
    return this.#ctx.guild().then(() => listRoles(this.#ctx.db));
  }
  /** Members in id order (`limit` default 200, `after` a user id). */
  listMembers(page: Page = {}): Promise<views.SandboxMember[]> {
    return listMembers(this.#ctx, { limit: page.limit ?? 200, after: page.after });
  }
  /** One member with roles, timeout, DM setting and voice state; null when not in the guild. */
  getMember(userId: string): Promise<views.SandboxMember | null> {
    return loadMember(this.#ctx, userId);
  }
  /** A channel's messages, newest first (`limit` default 50, `before` a message id). */
  async listMessages(channelId: string, page: Page = {}): Promise<views.SandboxMessage[]> {
    await requireChannel(this.#ctx.db, channelId);
    return listMessages(this.#ctx.db, channelId, { limit: page.limit ?? 50, before: page.before });
  }
  /** One message with its reactions. */
  getMessage(channelId: string, messageId: string): Promise<views.SandboxMessage> {
    return loadMessage(this.#ctx.db, channelId, messageId);
  }
  /** DMs the bot delivered to a user, newest first. */
  async listDirectMessages(userId: string, page: Page = {}): Promise<views.SandboxDirectMessage[]> {
    await requireUser(this.#ctx.db, userId);
    return listDirectMessages(this.#ctx.db, userId, { limit: page.limit ?? 50, before: page.before });
  }
  /** A thread (forum post) with its tags, archived and locked; null when there is no such thread. */
  getThread(threadId: string): Promise<views.SandboxThread | null> {
    return threadState.getThread(this.#ctx, threadId);
  }
  /** The registered commands (slash and message context-menu commands). */
  listCommands(): Promise<SlashCommandDefinition[]> {
    return interactions.listCommands(this.#ctx.db);
  }
  /** An interaction and the reply it got (null while unanswered, files as `attachments`); null for an unknown id. */
  getInteraction(interactionId: string): Promise<views.SandboxInteraction | null> {
    return interactions.findInteraction(this.#ctx.db, interactionId);
  }
  /**
   * A file the bot attached to its answer to an interaction, with its content.
   * @throws SandboxNotFoundError (`attachment`) when the interaction has no such file
   */
  getAttachment(interactionId: string, attachmentId: string): Promise<SandboxAttachmentContent> {
    return readAttachment(this.#ctx.db, interactionId, attachmentId);
  }
  /** Banned users, newest first. */
  listBans(): Promise<views.SandboxBan[]> {
    return moderation.listBans(this.#ctx.db);
  }
  /** Invites with their uses, newest first (the Platform's listInvites, the guild id optional). */
  async listInvites(guildId?: string): Promise<views.SandboxInvite[]> {
    if (guildId !== undefined) await requireGuild(this.#ctx, guildId);
    return listInvites(this.#ctx.db);
  }
  /** What the bot did and why, newest first (`limit` default 50). */
  listAuditLog(page: Page = {}): Promise<SandboxAuditEntry[]> {
    return listAuditLog(this.#ctx.db, page.limit ?? 50);
  }

  // ── Platform ───────────────────────────────────────────────────────────────

  /** Starts delivering the members' acts (a sandbox misses nothing while started: no missed-events report). */
  start(sink: EventSink): Promise<void> {
    this.#ctx.start(sink);
    return Promise.resolve();
  }
  stop(): Promise<void> {
    this.#ctx.stop();
    return Promise.resolve();
  }
  fetchGuild(guildId: string): Promise<GuildSnapshot> {
    return requireGuild(this.#ctx, guildId).then(() => fetchGuildSnapshot(this.#ctx));
  }
  async fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null> {
    await requireGuild(this.#ctx, guildId);
    const row = await findMemberRow(this.#ctx.db, userId);
    return row === undefined
      ? null
      : toMemberSnapshot(row, await memberRoleIds(this.#ctx.db, userId), this.#ctx.clock.now());
  }
  fetchAllMembers(guildId: string): Promise<ListedMember[]> {
    return history.fetchAllMembers(this.#ctx, guildId);
  }
  async listVoiceMembers(guildId: string, channelId: string): Promise<VoiceMemberState[]> {
    await requireGuild(this.#ctx, guildId);
    return voiceMembersOf(this.#ctx.db, channelId);
  }
  fetchMessagesAfter(
    guildId: string,
    channelId: string,
    afterMessageId: string,
    limit: number,
  ): Promise<ChannelHistory> {
    return history.fetchMessagesAfter(this.#ctx, guildId, channelId, afterMessageId, limit);
  }
  sendMessage(channelId: string, message: OutgoingMessage): Promise<SentMessage> {
    return bot.sendMessage(this.#ctx, channelId, message);
  }
  fetchPollResults(channelId: string, messageId: string): Promise<PollResults> {
    return polls.fetchPollResults(this.#ctx, channelId, messageId);
  }
  endPoll(channelId: string, messageId: string): Promise<PollResults> {
    return polls.endPoll(this.#ctx, channelId, messageId);
  }
  /** A message's native poll with its counts (finalized once its time has come). */
  getPoll(channelId: string, messageId: string): Promise<polls.SandboxPoll> {
    return polls.getPoll(this.#ctx, channelId, messageId);
  }
  /** A member votes on a native poll (answers from 0; none removes their vote); no event. */
  votePoll(input: polls.PollVoteInput): Promise<polls.SandboxPoll> {
    return polls.votePoll(this.#ctx, input);
  }
  sendDirectMessage(
    guildId: string,
    userId: string,
    message: OutgoingMessage,
    fallbackChannelId: string | null,
  ): Promise<DirectMessageResult> {
    return bot.sendDirectMessage(this.#ctx, guildId, userId, message, fallbackChannelId);
  }
  /** Deletes a message as the bot (no event). */
  deleteMessage(channelId: string, messageId: string, reason: string): Promise<void>;
  /** A member deletes a message (theirs, or any with Manage Messages) → `message.deleted`. */
  deleteMessage(input: inputs.MemberMessageRef): Promise<void>;
  async deleteMessage(target: string | inputs.MemberMessageRef, messageId = '', reason = ''): Promise<void> {
    if (typeof target !== 'string') return memberMessages.deleteMessageAsMember(this.#ctx, target);
    await bot.deleteMessage(this.#ctx, target, messageId);
    await recordAudit(this.#ctx, 'message_delete', messageId, reason);
  }
  async addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
    await requireGuild(this.#ctx, guildId);
    if (await changeMemberRole(this.#ctx, { userId, roleId, op: 'add', by: 'bot' })) {
      await recordAudit(this.#ctx, 'member_role_add', userId, reason);
    }
  }
  async removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
    await requireGuild(this.#ctx, guildId);
    if (await changeMemberRole(this.#ctx, { userId, roleId, op: 'remove', by: 'bot' })) {
      await recordAudit(this.#ctx, 'member_role_remove', userId, reason);
    }
  }
  async timeoutMember(guildId: string, userId: string, until: number | null, reason: string): Promise<void> {
    await moderation.timeoutMember(this.#ctx, guildId, userId, until);
    await recordAudit(this.#ctx, 'member_timeout', userId, reason);
  }
  /** The guild's verification level and until when its invites are paused (null: not paused). */
  guildSafety(): Promise<{ verificationLevel: VerificationLevel; invitesPausedUntil: number | null }> {
    return guildSafety(this.#ctx);
  }
  async setVerificationLevel(
    guildId: string,
    level: VerificationLevel,
    reason: string,
  ): Promise<{ previous: VerificationLevel }> {
    const result = await safety.setVerificationLevel(this.#ctx, guildId, level);
    await recordAudit(this.#ctx, 'guild_update', guildId, reason);
    return result;
  }
  async pauseInvites(guildId: string, until: number | null, reason: string): Promise<void> {
    await safety.pauseInvites(this.#ctx, guildId, until);
    await recordAudit(this.#ctx, 'guild_update', guildId, reason);
  }
  async kickMember(guildId: string, userId: string, reason: string): Promise<void> {
    await moderation.kickMember(this.#ctx, guildId, userId);
    await recordAudit(this.#ctx, 'member_kick', userId, reason);
  }
  async banMember(guildId: string, userId: string, options: BanOptions): Promise<void> {
    await moderation.banMember(this.#ctx, guildId, userId, options);
    await recordAudit(this.#ctx, 'member_ban_add', userId, options.reason);
  }
  async unbanMember(guildId: string, userId: string, reason: string): Promise<void> {
    await moderation.unbanMember(this.#ctx, guildId, userId);
    await recordAudit(this.#ctx, 'member_ban_remove', userId, reason);
  }
  createChannel(guildId: string, spec: ChannelSpec, reason = DEFAULT_AUDIT_REASON): Promise<ChannelSnapshot> {
    return channels.createChannel(this.#ctx, guildId, spec, reason);
  }
  editChannel(channelId: string, patch: Partial<ChannelSpec>, reason = DEFAULT_AUDIT_REASON): Promise<ChannelSnapshot> {
    return channels.editChannel(this.#ctx, channelId, patch, reason);
  }
  /** Deletes a channel like Discord (children orphaned, threads deleted, voice disconnected → `voice.left`). */
  deleteChannel(channelId: string, reason: string): Promise<void> {
    return deleteChannel(this.#ctx, channelId, reason);
  }
  setChannelPositions(guildId: string, positions: ChannelPosition[], reason = DEFAULT_AUDIT_REASON): Promise<void> {
    return setChannelPositions(this.#ctx, guildId, positions, reason);
  }
  async createRole(guildId: string, spec: RoleSpec, reason = DEFAULT_AUDIT_REASON): Promise<RoleSnapshot> {
    await requireGuild(this.#ctx, guildId);
    return roles.createRole(this.#ctx, spec, 'bot', reason);
  }
  async editRole(
    guildId: string,
    roleId: string,
    patch: Partial<RoleSpec>,
    reason = DEFAULT_AUDIT_REASON,
  ): Promise<RoleSnapshot> {
    await requireGuild(this.#ctx, guildId);
    return roles.editRole(this.#ctx, roleId, patch, reason);
  }
  deleteRole(guildId: string, roleId: string, reason: string): Promise<void> {
    return roles.deleteRole(this.#ctx, guildId, roleId, reason);
  }
  setRolePositions(guildId: string, positions: RolePosition[], reason = DEFAULT_AUDIT_REASON): Promise<void> {
    return setRolePositions(this.#ctx, guildId, positions, reason);
  }
  /** Starts a thread as the bot (no event). */
  createThread(channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot>;
  /** A member starts a thread or forum post → `thread.created` (and `message.created` with content). */
  createThread(input: inputs.MemberThreadInput): Promise<ChannelSnapshot>;
  createThread(target: string | inputs.MemberThreadInput, spec?: ThreadSpec): Promise<ChannelSnapshot> {
    return typeof target === 'string'
      ? threads.createThread(this.#ctx, target, spec ?? { name: '' })
      : threads.createThreadAsMember(this.#ctx, target);
  }
  /** Starts a forum post as the bot, its starter message sharing the thread's id (no event). */
  createForumPost(forumId: string, post: ForumPostSpec): Promise<ForumPost> {
    return threads.createForumPost(this.#ctx, forumId, post);
  }
  /** The bot changes a thread's name, tags, archived or locked → `thread.updated` (none when nothing changes). */
  editThread(threadId: string, patch: ThreadPatch, reason: string): Promise<void> {
    return threadState.editThread(this.#ctx, threadId, patch, reason);
  }
  listAutoModerationRules(guildId: string): Promise<NativeAutomodRuleSnapshot[]> {
    return autoModeration.listAutoModerationRules(this.#ctx, guildId);
  }
  createAutoModerationRule(
    guildId: string,
    spec: NativeAutomodRuleSpec,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot> {
    return autoModeration.createAutoModerationRule(this.#ctx, guildId, spec, 'bot', reason);
  }
  editAutoModerationRule(
    guildId: string,
    ruleId: string,
    patch: NativeAutomodRulePatch,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot> {
    return autoModeration.editAutoModerationRule(this.#ctx, guildId, ruleId, patch, reason);
  }
  deleteAutoModerationRule(guildId: string, ruleId: string, reason: string): Promise<void> {
    return autoModeration.deleteAutoModerationRule(this.#ctx, guildId, ruleId, reason);
  }
  listScheduledEvents(guildId: string): Promise<ScheduledEventSnapshot[]> {
    return scheduledEvents.listScheduledEvents(this.#ctx, guildId);
  }
  createScheduledEvent(guildId: string, spec: ScheduledEventSpec, reason: string): Promise<ScheduledEventSnapshot> {
    return scheduledEvents.createScheduledEvent(this.#ctx, guildId, spec, reason);
  }
  async editScheduledEvent(
    guildId: string,
    eventId: string,
    patch: ScheduledEventPatch,
    reason: string,
  ): Promise<ScheduledEventSnapshot> {
    await requireGuild(this.#ctx, guildId);
    return scheduledEvents.editScheduledEvent(this.#ctx, eventId, patch, reason);
  }
  deleteScheduledEvent(guildId: string, eventId: string): Promise<void> {
    return scheduledEvents.deleteScheduledEvent(this.#ctx, guildId, eventId);
  }
  listScheduledEventUsers(guildId: string, eventId: string): Promise<string[]> {
    return scheduledEvents.listScheduledEventUsers(this.#ctx, guildId, eventId);
  }
  registerCommands(guildId: string, commands: SlashCommandDefinition[]): Promise<void> {
    return interactions.registerCommands(this.#ctx, guildId, commands);
  }
  respondToInteraction(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    return interactions.respondToInteraction(this.#ctx, interaction, reply);
  }
  showModal(interaction: InteractionRef, modal: ModalSpec): Promise<void> {
    return interactions.showModal(this.#ctx, interaction, modal);
  }
  deferReply(interaction: InteractionRef, options?: DeferOptions): Promise<void> {
    return deferred.deferReply(this.#ctx, interaction, options);
  }
  deferUpdate(interaction: InteractionRef): Promise<void> {
    return deferred.deferUpdate(this.#ctx, interaction);
  }
  editReply(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    return deferred.editReply(this.#ctx, interaction, reply);
  }
  followUp(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    return deferred.followUp(this.#ctx, interaction, reply);
  }

  // ── Acting as the owner (not bound by the bot's role hierarchy) ────────────

  /** The owner creates a channel (not in the bot's audit log). */
  createChannelAsOwner(spec: ChannelSpec): Promise<ChannelSnapshot> {
    return this.#ctx.guild().then((guild) => channels.createChannel(this.#ctx, guild.id, spec, null));
  }
  /** The owner creates a role at any position (e.g. above the bot's). */
  createRoleAsOwner(spec: RoleSpec): Promise<RoleSnapshot> {
    return this.#ctx.guild().then(() => roles.createRole(this.#ctx, spec, 'owner'));
  }
  /** The owner orders roles, the bot's included (Server Settings → Roles); not in the bot's audit log. */
  setRolePositionsAsOwner(positions: RolePosition[]): Promise<void> {
    return this.#ctx.guild().then((guild) => setRolePositions(this.#ctx, guild.id, positions, '', 'owner'));
  }
  /** The owner creates a native AutoMod rule of the community's own. */
  createAutoModerationRuleAsOwner(spec: NativeAutomodRuleSpec): Promise<NativeAutomodRuleSnapshot> {
    return this.#ctx
      .guild()
      .then((guild) => autoModeration.createAutoModerationRule(this.#ctx, guild.id, spec, 'owner'));
  }
  /** The owner gives a member any unmanaged role → `member.updated`. */
  async addRoleAsOwner(userId: string, roleId: string): Promise<void> {
    await changeMemberRole(this.#ctx, { userId, roleId, op: 'add', by: 'owner' });
  }

  // ── Acting as members: change state and emit the matching event ───────────

  /** A new or returning user joins → `member.joined`. */
  addMember(input: inputs.AddMemberInput): Promise<views.SandboxMember> {
    return members.addMember(this.#ctx, input);
  }
  /** A member leaves → `voice.left` if connected, `member.left`. */
  removeMember(userId: string): Promise<void> {
    return members.removeMember(this.#ctx, userId);
  }
  /** A user opens or closes their DMs (no event). */
  setDmsOpen(userId: string, open: boolean): Promise<void> {
    return members.setDmsOpen(this.#ctx, userId, open);
  }
  /** A member posts → `message.created`. */
  postMessage(input: inputs.PostMessageInput): Promise<views.SandboxMessage> {
    return memberMessages.postMessage(this.#ctx, input);
  }
  /** Edits a message the bot posted (no event). */
  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<SentMessage>;
  /** The author edits their message → `message.edited`. */
  editMessage(input: inputs.EditMessageInput): Promise<views.SandboxMessage>;
  editMessage(
    target: string | inputs.EditMessageInput,
    messageId = '',
    message: OutgoingMessage = {},
  ): Promise<SentMessage | views.SandboxMessage> {
    if (typeof target !== 'string') return memberMessages.editMessage(this.#ctx, target);
    return bot.editBotMessage(this.#ctx, target, messageId, message);
  }
  /** A member reacts → `reaction.added`. */
  react(input: inputs.ReactionInput): Promise<void> {
    return react(this.#ctx, input);
  }
  /** A member removes a reaction → `reaction.removed`. */
  unreact(input: inputs.ReactionInput): Promise<void> {
    return unreact(this.#ctx, input);
  }
  /** A member joins, moves, mutes in or leaves voice → `voice.*`. */
  setVoice(input: inputs.VoiceInput): Promise<views.SandboxVoiceState | null> {
    return setVoice(this.#ctx, input);
  }
  /** A member marks a scheduled event "interested" or takes it back → `scheduled_event.user_added` / `user_removed`. */
  setScheduledEventInterest(input: inputs.ScheduledEventInterestInput): Promise<ScheduledEventSnapshot> {
    return setScheduledEventInterest(this.#ctx, input);
  }
  /** A staff member (Manage Events) starts, ends or cancels a scheduled event → `scheduled_event.updated`. */
  setScheduledEventStatus(input: inputs.ScheduledEventStatusInput): Promise<ScheduledEventSnapshot> {
    return setScheduledEventStatus(this.#ctx, input);
  }
  /** A member creates an invite → `invite.created`. */
  createInvite(input: inputs.InviteInput): Promise<views.SandboxInvite> {
    return createInvite(this.#ctx, input);
  }
  /**
   * A member runs a registered slash command, or a message command on `targetMessageId` →
   * `interaction.command` (with `targetMessage` for a message command).
   */
  invokeCommand(input: inputs.CommandInput): Promise<{ interactionId: string }> {
    return memberInteractions.invokeCommand(this.#ctx, input);
  }
  /** A member clicks a button → `interaction.button`. */
  clickButton(input: inputs.ButtonInput): Promise<{ interactionId: string }> {
    return memberInteractions.clickButton(this.#ctx, input);
  }
  /** A member picks select-menu values → `interaction.select`. */
  selectMenu(input: inputs.SelectInput): Promise<{ interactionId: string }> {
    return memberInteractions.selectMenu(this.#ctx, input);
  }
  /** A user clicks a button on a DM from the bot (even once banned) → `interaction.button`. */
  clickDirectMessageButton(input: inputs.DirectButtonInput): Promise<{ interactionId: string }> {
    return clickDirectMessageButton(this.#ctx, input);
  }
  /**
   * The member an interaction's answer was shown to presses a button (or chooses in a select
   * menu) on it, e.g. on an ephemeral reply → `interaction.button` (`interaction.select`).
   */
  pressReplyComponent(input: inputs.ReplyComponentInput): Promise<{ interactionId: string }> {
    return memberInteractions.pressReplyComponent(this.#ctx, input);
  }
  /** A user submits the modal shown to them → `interaction.modal`. */
  submitModal(input: inputs.ModalSubmitInput): Promise<{ interactionId: string }> {
    return submitModal(this.#ctx, input);
  }
}
