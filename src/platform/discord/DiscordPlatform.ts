import { Client, Events, Routes } from 'discord.js';
import { z } from 'zod';
import type { Clock } from '../../core/Clock.js';
import type { Logger } from '../../core/Logger.js';
import type {
  BanOptions,
  ChannelHistory,
  ChannelPosition,
  ChannelSnapshot,
  ChannelSpec,
  DirectMessageResult,
  EventSink,
  GuildSnapshot,
  DeferOptions,
  InteractionRef,
  InteractionReply,
  InviteSnapshot,
  ListedMember,
  MemberSnapshot,
  NativeAutomodRulePatch,
  NativeAutomodRuleSnapshot,
  NativeAutomodRuleSpec,
  ModalSpec,
  OutgoingMessage,
  ForumPost,
  ForumPostSpec,
  Platform,
  PlatformStartOptions,
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
  VerificationLevel,
  VoiceMemberState,
} from '../Platform.js';
import { auditLogReason } from './auditLogReason.js';
import * as autoModeration from './autoModerationRules.js';
import * as channels from './channelActions.js';
import { MODAL_AFTER_DEFER } from '../../core/outbox/InteractionAnswers.js';
import { GatewayRelay } from './GatewayRelay.js';
import { InteractionCallbacks, type HttpInteractionAcks } from './InteractionCallbacks.js';
import {
  createThread,
  fetchGuild,
  fetchVerificationLevel,
  patchVerificationLevel,
  pauseInvites,
} from './guildActions.js';
import { GuildSnapshotMirror } from './GuildSnapshotMirror.js';
import { GUILDHALL_INTENTS, GUILDHALL_PARTIALS } from './guildhallIntents.js';
import { GUILDHALL_CACHES } from './guildhallCaches.js';
import {
  deferCallback,
  deferUpdateCallback,
  editReply,
  followUp,
  messageCallback,
  modalCallback,
  registerCommands,
} from './interactionActions.js';
import { listAllMembers } from './listAllMembers.js';
import { listInvites } from './listInvites.js';
import { banMember, fetchMember, timeoutMember } from './memberActions.js';
import { MemberCache } from './MemberCache.js';
import { withCurrentTimeout } from './memberSnapshot.js';
import { sendDirectMessage, sendMessage } from './messageActions.js';
import { editMessage } from './editMessage.js';
import { endPoll, fetchPollResults } from './pollActions.js';
import type { PollPort } from '../ports/PollPort.js';
import type { PollResults } from '../types/Poll.js';
import { cachedForumTagIds, editThread } from './editThread.js';
import { cachedTagIdsOfForum, createForumPost } from './createForumPost.js';
import { fetchMessagesAfter } from './messageHistory.js';
import { MissedEventsWatch } from './MissedEventsWatch.js';
import { platformRest, type PlatformRest } from './platformRest.js';
import * as roles from './roleActions.js';
import * as scheduledEvents from './scheduledEventActions.js';
import { voiceMembers } from './voiceMembers.js';

/** How to reach Discord. */
export interface DiscordPlatformOptions {
  /** Bot token (env `DISCORD_TOKEN`). */
  token: string;
  /** The guild Guildhall manages; events of other guilds are ignored. */
  guildId: string;
  /**
   * REST base URL instead of `https://discord.com/api` (env `DISCORD_API_URL`, e.g. a test
   * server `http://127.0.0.1:4000/api`). The gateway URL is then discovered from that
   * API's `GET /gateway/bot`, as discord.js always does.
   */
  apiUrl?: string;
  log: Logger;
  clock: Clock;
  /** Most members the member cache keeps (default 100,000; least recently used go first). */
  maxCachedMembers?: number;
  /**
   * The HTTP interactions endpoint's first answers (`DISCORD_PUBLIC_KEY` set): an interaction
   * received there is first answered through them, not with the callback request.
   */
  httpAcks?: HttpInteractionAcks;
}

const withId = z.object({ id: z.string() });

/**
 * {@link Platform} on Discord through discord.js v14: gateway events become domain events
 * (see {@link GatewayRelay}), actions are REST requests through discord.js's REST client,
 * whose queue handles Discord's rate limits, and whose failures become typed platform errors
 * in one place ({@link platformRest}). Once connected, `fetchGuild` of the configured guild
 * makes no request: it reads a {@link GuildSnapshotMirror} kept from the gateway and
 * discord.js's member count; `fetchMember` reads a {@link MemberCache} first.
 */
export class DiscordPlatform implements Platform, PollPort {
  readonly kind = 'discord' as const;
  readonly #client: Client;
  readonly #options: DiscordPlatformOptions;
  readonly #mirror: GuildSnapshotMirror;
  readonly #members: MemberCache;
  readonly #rest: PlatformRest;
  readonly #callbacks: InteractionCallbacks;
  #relay: GatewayRelay | null = null;
  #missed: MissedEventsWatch | null = null;

  /** @param options - token, guild, optional API URL, logger and clock */
  constructor(options: DiscordPlatformOptions) {
    this.#options = options;
    this.#client = new Client({
      intents: [...GUILDHALL_INTENTS],
      partials: [...GUILDHALL_PARTIALS],
      makeCache: GUILDHALL_CACHES,
      rest: options.apiUrl === undefined ? {} : { api: options.apiUrl.replace(/\/+$/, '') },
    });
    // Actions (registerCommands from the CLI, fetchGuild for a check) work before start().
    this.#client.rest.setToken(options.token);
    this.#client.on(Events.Error, (error) => options.log.error({ err: error }, 'discord: client error'));
    this.#client.on(Events.Warn, (message) => options.log.warn(`discord: ${message}`));
    this.#client.on(Events.Debug, (message) => options.log.trace(`discord: ${message}`));
    this.#rest = platformRest(this.#client.rest);
    this.#callbacks = new InteractionCallbacks(this.#rest, options.httpAcks, (interaction, reply) =>
      this.editReply(interaction, reply),
    );
    this.#mirror = new GuildSnapshotMirror(this.#client, { guildId: options.guildId, log: options.log });
    this.#members = new MemberCache(this.#client, {
      guildId: options.guildId,
      log: options.log,
      clock: options.clock,
      ...(options.maxCachedMembers === undefined ? {} : { maxMembers: options.maxCachedMembers }),
    });
  }

  async start(sink: EventSink, options: PlatformStartOptions = {}): Promise<void> {
    if (this.#relay !== null) throw new Error('DiscordPlatform is already started');
    const { guildId, clock, log, token } = this.#options;
    const relay = new GatewayRelay(this.#client, { guildId, clock, log, sink, members: this.#members });
    relay.attach();
    this.#relay = relay;
    this.#mirror.attach();
    this.#members.attach();
    const { onEventsMissed } = options;
    this.#missed = onEventsMissed === undefined ? null : new MissedEventsWatch(this.#client, guildId, onEventsMissed);
    this.#missed?.attach();
    const ready = new Promise<void>((resolve) => this.#client.once(Events.ClientReady, () => resolve()));
    try {
      await this.#client.login(token);
      await ready;
      this.#missed?.arm();
    } catch (error) {
      this.#missed?.detach();
      relay.detach();
      this.#mirror.detach();
      this.#members.detach();
      this.#relay = null;
      await this.#client.destroy();
      throw error;
    }
    if (!this.#client.guilds.cache.has(guildId)) {
      log.warn({ guildId }, 'discord: the bot is not in the configured guild');
    }
  }

  async stop(): Promise<void> {
    const relay = this.#relay;
    this.#relay = null;
    relay?.detach();
    this.#missed?.detach();
    this.#missed = null;
    this.#mirror.detach();
    this.#members.detach();
    await this.#client.destroy();
    await relay?.drained();
  }

  /**
   * The configured guild once the gateway delivered it: from the mirror and discord.js's
   * `guild.memberCount` (kept by GUILD_MEMBER_ADD/REMOVE), without any request. Before
   * start(), for another guild, or while the gateway has not (re)delivered the guild: over
   * REST (three requests, the member count being Discord's approximate one).
   * @param guildId - the guild
   */
  async fetchGuild(guildId: string): Promise<GuildSnapshot> {
    return this.#cachedGuild(guildId) ?? fetchGuild(this.#rest, guildId, await this.#botUserId());
  }

  /**
   * Cache-first: a member the gateway described (or an earlier answer, or "absent" for a
   * minute after a 404) costs no request; a miss makes one Get Guild Member, whose answer is
   * cached. Before start() and for another guild: always over REST.
   * @param guildId - the guild
   * @param userId - the user
   */
  async fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null> {
    let member = this.#members.get(guildId, userId);
    if (member === undefined) {
      const since = this.#members.mark();
      member = await fetchMember(this.#rest, guildId, userId);
      this.#members.noteFetched(guildId, userId, member, since);
    }
    return member === null ? null : withCurrentTimeout(member, this.#options.clock.now());
  }

  /** List Guild Members, 1,000 per request; the member cache is neither read nor changed. */
  fetchAllMembers(guildId: string): Promise<ListedMember[]> {
    return listAllMembers(this.#rest, guildId);
  }

  /** From discord.js's voice state cache (no request: Discord has none for this). */
  listVoiceMembers(guildId: string, channelId: string): Promise<VoiceMemberState[]> {
    return Promise.resolve(voiceMembers(this.#client, guildId, channelId));
  }

  async fetchMessagesAfter(
    guildId: string,
    channelId: string,
    afterMessageId: string,
    limit: number,
  ): Promise<ChannelHistory> {
    const reader = { guildId, botUserId: await this.#botUserId(), now: this.#options.clock.now() };
    return fetchMessagesAfter(this.#rest, reader, channelId, afterMessageId, limit);
  }

  sendMessage(channelId: string, message: OutgoingMessage): Promise<SentMessage> {
    return sendMessage(this.#rest, channelId, message);
  }

  sendDirectMessage(
    _guildId: string,
    userId: string,
    message: OutgoingMessage,
    fallbackChannelId: string | null,
  ): Promise<DirectMessageResult> {
    return sendDirectMessage(this.#rest, this.#options.log, userId, message, fallbackChannelId);
  }

  /** Modify Channel with the thread's fields; tags checked against the cached parent forum when known. */
  editThread(threadId: string, patch: ThreadPatch, reason: string): Promise<void> {
    return editThread(this.#rest, threadId, patch, reason, cachedForumTagIds(this.#client, threadId));
  }

  fetchPollResults(channelId: string, messageId: string): Promise<PollResults> {
    return fetchPollResults(this.#rest, channelId, messageId);
  }

  endPoll(channelId: string, messageId: string): Promise<PollResults> {
    return endPoll(this.#rest, channelId, messageId);
  }

  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<SentMessage> {
    return editMessage(this.#rest, channelId, messageId, message);
  }

  async deleteMessage(channelId: string, messageId: string, reason: string): Promise<void> {
    await this.#rest.delete(Routes.channelMessage(channelId, messageId), { reason: auditLogReason(reason) });
  }

  async addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
    const since = this.#members.mark();
    await this.#rest.put(Routes.guildMemberRole(guildId, userId, roleId), { reason: auditLogReason(reason) });
    this.#members.noteRole(guildId, userId, roleId, true, since);
  }

  async removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void> {
    const since = this.#members.mark();
    await this.#rest.delete(Routes.guildMemberRole(guildId, userId, roleId), { reason: auditLogReason(reason) });
    this.#members.noteRole(guildId, userId, roleId, false, since);
  }

  async timeoutMember(guildId: string, userId: string, until: number | null, reason: string): Promise<void> {
    const since = this.#members.mark();
    await timeoutMember(this.#rest, this.#options.clock, { guildId, userId }, until, reason);
    this.#members.noteTimeout(guildId, userId, until, since);
  }

  async kickMember(guildId: string, userId: string, reason: string): Promise<void> {
    const since = this.#members.mark();
    await this.#rest.delete(Routes.guildMember(guildId, userId), { reason: auditLogReason(reason) });
    this.#members.noteRemoved(guildId, userId, since);
  }

  async banMember(guildId: string, userId: string, options: BanOptions): Promise<void> {
    const since = this.#members.mark();
    await banMember(this.#rest, guildId, userId, options);
    this.#members.noteRemoved(guildId, userId, since);
  }

  async unbanMember(guildId: string, userId: string, reason: string): Promise<void> {
    await this.#rest.delete(Routes.guildBan(guildId, userId), { reason: auditLogReason(reason) });
  }

  async createChannel(guildId: string, spec: ChannelSpec, reason?: string): Promise<ChannelSnapshot> {
    const since = this.#mirror.mark();
    const channel = await channels.createChannel(this.#rest, guildId, spec, reason);
    this.#mirror.noteChannel(guildId, channel, since);
    return channel;
  }

  async editChannel(channelId: string, patch: Partial<ChannelSpec>, reason?: string): Promise<ChannelSnapshot> {
    const since = this.#mirror.mark();
    const channel = await channels.editChannel(this.#rest, channelId, patch, reason);
    this.#mirror.noteChannel(null, channel, since);
    return channel;
  }

  async deleteChannel(channelId: string, reason: string): Promise<void> {
    await channels.deleteChannel(this.#rest, channelId, reason);
    this.#mirror.noteChannelDeleted(channelId);
  }

  /**
   * Moves channels with Modify Guild Channel Positions: one request, plus one more for each
   * entry beyond the first that has a `parentId`, as Discord changes at most one parent per
   * request (see `splitChannelMoves`). Pass `parentId` only for channels that change category;
   * `lockPermissions` takes effect when the channel changes category. A failing request
   * leaves the earlier ones applied.
   * @param guildId - the guild
   * @param positions - the moves
   * @param reason - audit-log reason (default "Guildhall")
   */
  async setChannelPositions(guildId: string, positions: ChannelPosition[], reason?: string): Promise<void> {
    for (const request of channels.splitChannelMoves(positions)) {
      const since = this.#mirror.mark();
      await channels.patchChannelPositions(this.#rest, guildId, request, reason);
      this.#mirror.noteChannelPositions(guildId, request, since);
    }
  }

  async createRole(guildId: string, spec: RoleSpec, reason?: string): Promise<RoleSnapshot> {
    const since = this.#mirror.mark();
    const { role, returned } = await roles.createRole(this.#rest, guildId, spec, reason);
    this.#mirror.noteRoles(guildId, returned, since);
    return role;
  }

  async editRole(guildId: string, roleId: string, patch: Partial<RoleSpec>, reason?: string): Promise<RoleSnapshot> {
    const since = this.#mirror.mark();
    const { role, returned } = await roles.editRole(this.#rest, guildId, roleId, patch, reason);
    this.#mirror.noteRoles(guildId, returned, since);
    return role;
  }

  async deleteRole(guildId: string, roleId: string, reason: string): Promise<void> {
    await roles.deleteRole(this.#rest, guildId, roleId, reason);
    this.#mirror.noteRoleDeleted(guildId, roleId);
  }

  async setRolePositions(guildId: string, positions: RolePosition[], reason?: string): Promise<void> {
    if (positions.length === 0) return;
    const since = this.#mirror.mark();
    this.#mirror.noteRoles(guildId, await roles.setRolePositions(this.#rest, guildId, positions, reason), since);
  }

  /**
   * Modify Guild with `verification_level`; the previous level comes from the gateway's
   * guild when connected, else from Get Guild first.
   * @param guildId - the guild
   * @param level - the new level
   * @param reason - audit-log reason
   */
  async setVerificationLevel(
    guildId: string,
    level: VerificationLevel,
    reason: string,
  ): Promise<{ previous: VerificationLevel }> {
    const previous =
      this.#cachedGuild(guildId)?.verificationLevel ?? (await fetchVerificationLevel(this.#rest, guildId));
    const since = this.#mirror.mark();
    this.#mirror.noteVerificationLevel(
      guildId,
      await patchVerificationLevel(this.#rest, guildId, level, reason),
      since,
    );
    return { previous };
  }

  pauseInvites(guildId: string, until: number | null, reason: string): Promise<void> {
    const cached = this.#client.guilds.cache.get(guildId);
    const dms = cached === undefined ? undefined : (cached.incidentsData?.dmsDisabledUntil?.getTime() ?? null);
    return pauseInvites(this.#rest, guildId, until, reason, this.#options.clock.now(), dms);
  }

  listInvites(guildId: string): Promise<InviteSnapshot[]> {
    return listInvites(this.#rest, guildId);
  }

  listAutoModerationRules(guildId: string): Promise<NativeAutomodRuleSnapshot[]> {
    return autoModeration.listAutoModerationRules(this.#rest, guildId);
  }

  /** Lists the guild's rules first (one GET) to refuse a trigger type too many without a write. */
  createAutoModerationRule(
    guildId: string,
    spec: NativeAutomodRuleSpec,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot> {
    return autoModeration.createAutoModerationRule(this.#rest, guildId, spec, reason);
  }

  editAutoModerationRule(
    guildId: string,
    ruleId: string,
    patch: NativeAutomodRulePatch,
    reason: string,
  ): Promise<NativeAutomodRuleSnapshot> {
    return autoModeration.editAutoModerationRule(this.#rest, guildId, ruleId, patch, reason);
  }

  deleteAutoModerationRule(guildId: string, ruleId: string, reason: string): Promise<void> {
    return autoModeration.deleteAutoModerationRule(this.#rest, guildId, ruleId, reason);
  }

  /** With `with_user_count`, so each snapshot has its interested count. */
  listScheduledEvents(guildId: string): Promise<ScheduledEventSnapshot[]> {
    return scheduledEvents.listScheduledEvents(this.#rest, guildId);
  }

  /** Lists the guild's events first (one GET) to refuse a 101st without a write. */
  createScheduledEvent(guildId: string, spec: ScheduledEventSpec, reason: string): Promise<ScheduledEventSnapshot> {
    return scheduledEvents.createScheduledEvent(this.#rest, guildId, spec, reason, this.#options.clock.now());
  }

  /** Reads the event first (one GET) to check the change, status moves included, before the write. */
  editScheduledEvent(
    guildId: string,
    eventId: string,
    patch: ScheduledEventPatch,
    reason: string,
  ): Promise<ScheduledEventSnapshot> {
    return scheduledEvents.editScheduledEvent(
      this.#rest,
      { guildId, eventId },
      patch,
      reason,
      this.#options.clock.now(),
    );
  }

  deleteScheduledEvent(guildId: string, eventId: string): Promise<void> {
    return scheduledEvents.deleteScheduledEvent(this.#rest, guildId, eventId);
  }

  /** 100 users a request, paging with `after`. */
  listScheduledEventUsers(guildId: string, eventId: string): Promise<string[]> {
    return scheduledEvents.listScheduledEventUsers(this.#rest, guildId, eventId);
  }

  createThread(channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot> {
    return createThread(this.#rest, channelId, spec);
  }

  createForumPost(forumId: string, post: ForumPostSpec): Promise<ForumPost> {
    return createForumPost(this.#rest, forumId, post, cachedTagIdsOfForum(this.#client, forumId));
  }

  async registerCommands(guildId: string, commands: SlashCommandDefinition[]): Promise<void> {
    await registerCommands(this.#rest, await this.#applicationId(), guildId, commands);
  }

  async respondToInteraction(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    await this.#callbacks.send(interaction, messageCallback(reply), reply);
  }

  async showModal(interaction: InteractionRef, modal: ModalSpec): Promise<void> {
    // A form cannot follow the endpoint's deferral: the deferral says to try again instead.
    await this.#callbacks.send(interaction, modalCallback(modal), undefined, {
      content: MODAL_AFTER_DEFER,
      ephemeral: true,
    });
  }

  async deferReply(interaction: InteractionRef, options?: DeferOptions): Promise<void> {
    await this.#callbacks.send(interaction, deferCallback(options));
  }

  async deferUpdate(interaction: InteractionRef): Promise<void> {
    await this.#callbacks.send(interaction, deferUpdateCallback());
  }

  async editReply(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    await editReply(this.#rest, await this.#applicationId(), interaction, reply);
  }

  async followUp(interaction: InteractionRef, reply: InteractionReply): Promise<void> {
    await followUp(this.#rest, await this.#applicationId(), interaction, reply);
  }

  /** The configured guild from the gateway, or null when it has to be read over REST. */
  #cachedGuild(guildId: string): GuildSnapshot | null {
    if (guildId !== this.#options.guildId) return null;
    const snapshot = this.#mirror.snapshot();
    const memberCount = this.#client.guilds.cache.get(guildId)?.memberCount;
    // discord.js leaves memberCount unset when GUILD_CREATE lacked member_count.
    return snapshot === null || typeof memberCount !== 'number' ? null : { ...snapshot, memberCount };
  }

  /** From READY once connected; otherwise Get Current User. */
  async #botUserId(): Promise<string> {
    return this.#client.user?.id ?? withId.parse(await this.#rest.get(Routes.user())).id;
  }

  /** From READY once connected; otherwise Get Current Application. */
  async #applicationId(): Promise<string> {
    return this.#client.application?.id ?? withId.parse(await this.#rest.get(Routes.currentApplication())).id;
  }
}
