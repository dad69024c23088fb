import { GatewayDispatchEvents, type Client } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../core/Logger.js';
import type { ChannelPosition, ChannelSnapshot, GuildSnapshot, RoleSnapshot, VerificationLevel } from '../Platform.js';
import { parseChannelSnapshot } from './channelSnapshot.js';
import { guildScoped } from './gatewaySchemas.js';
import { verificationLevelName } from './guildActions.js';
import { copyChannel, copyRole, movedChannel } from './mirroredWrites.js';
import { highestRolePosition, parseRoleSnapshot } from './roleSnapshot.js';

/** The gateway dispatches that change a {@link GuildSnapshotMirror}. */
export const MIRRORED_DISPATCHES = [
  GatewayDispatchEvents.Ready,
  GatewayDispatchEvents.GuildCreate,
  GatewayDispatchEvents.GuildUpdate,
  GatewayDispatchEvents.GuildDelete,
  GatewayDispatchEvents.ChannelCreate,
  GatewayDispatchEvents.ChannelUpdate,
  GatewayDispatchEvents.ChannelDelete,
  GatewayDispatchEvents.GuildRoleCreate,
  GatewayDispatchEvents.GuildRoleUpdate,
  GatewayDispatchEvents.GuildRoleDelete,
  GatewayDispatchEvents.GuildMemberUpdate,
] as const;

/** One of {@link MIRRORED_DISPATCHES}. */
export type MirroredDispatch = (typeof MIRRORED_DISPATCHES)[number];

/** A guild snapshot without `memberCount`, which discord.js keeps (see DiscordPlatform). */
export type MirroredGuild = Omit<GuildSnapshot, 'memberCount'>;

const withId = z.object({ id: z.string() });
const ready = z.object({ user: withId });
const guildCreate = z.object({
  id: z.string(),
  name: z.string(),
  owner_id: z.string(),
  verification_level: z.number().int().default(0),
  roles: z.array(z.unknown()).default([]),
  channels: z.array(z.unknown()).default([]),
  members: z.array(z.object({ user: withId.optional(), roles: z.array(z.string()).default([]) })).default([]),
});
const guildUpdate = z.object({
  id: z.string(),
  name: z.string(),
  owner_id: z.string(),
  verification_level: z.number().int().optional(),
  roles: z.array(z.unknown()).optional(),
});
const roleChange = z.object({ role: z.unknown() });
const roleDelete = z.object({ role_id: z.string() });
const memberUpdate = z.object({ user: withId, roles: z.array(z.string()) });

interface MirrorState {
  id: string;
  name: string;
  ownerId: string;
  verificationLevel: VerificationLevel;
  channels: Map<string, ChannelSnapshot>;
  roles: Map<string, RoleSnapshot>;
  /** Null when GUILD_CREATE did not include the bot's member (then REST answers). */
  botRoleIds: Set<string> | null;
}

/**
 * The configured guild's channels and roles as the REST path (guildActions' `fetchGuild`)
 * would read them, kept from the gateway: primed by GUILD_CREATE and patched by channel, role, guild
 * and bot-member dispatches, each parsed by the same parsers as the REST answers (the
 * gateway sends the same channel and role objects), so the snapshot has exactly the REST
 * shape. Threads are left out, as Get Guild Channels leaves them out.
 *
 * Guildhall's own writes are noted from Discord's answers so that a read right after a write
 * sees it before the gateway echoes it. A write is only noted for objects no dispatch has
 * touched since the write was sent ({@link mark}): a later dispatch is at least as new.
 *
 * Between READY and GUILD_CREATE, after GUILD_DELETE, and after a payload it cannot read,
 * {@link snapshot} is null and the platform reads over REST.
 */
export class GuildSnapshotMirror {
  readonly #client: Client;
  readonly #guildId: string;
  readonly #log: Logger;
  readonly #listeners: [MirroredDispatch, (data: unknown) => void][] = [];
  #botUserId: string | null = null;
  #state: MirrorState | null = null;
  /** Counts applied dispatches; {@link mark} hands it out. */
  #sequence = 0;
  /** Sequence of the last dispatch that primed the state (GUILD_CREATE). */
  #primedAt = 0;
  /** Channel and role id → sequence of the last dispatch that changed it. */
  readonly #touched = new Map<string, number>();

  /**
   * @param client - the discord.js client whose raw dispatches (`client.ws`) are mirrored
   * @param options - the configured guild and a logger
   */
  constructor(client: Client, options: { guildId: string; log: Logger }) {
    this.#client = client;
    this.#guildId = options.guildId;
    this.#log = options.log;
  }

  /** Starts listening; attach before login so READY and GUILD_CREATE are seen. */
  attach(): void {
    for (const name of MIRRORED_DISPATCHES) {
      const listener = (data: unknown): void => this.apply(name, data);
      this.#client.ws.on(name, listener);
      this.#listeners.push([name, listener]);
    }
  }

  /** Stops listening and forgets the guild. */
  detach(): void {
    for (const [name, listener] of this.#listeners) this.#client.ws.removeListener(name, listener);
    this.#listeners.length = 0;
    this.#botUserId = null;
    this.#forget();
  }

  /**
   * Applies one dispatch. An unreadable payload is logged and makes the mirror forget the
   * guild until the next GUILD_CREATE (reads go over REST meanwhile).
   * @param name - the dispatch (`t`)
   * @param data - its payload (`d`)
   */
  apply(name: MirroredDispatch, data: unknown): void {
    this.#sequence += 1;
    try {
      this.#apply(name, data);
    } catch (error) {
      this.#forget();
      this.#log.warn(
        { err: error, dispatch: name },
        'discord: unreadable gateway payload; guild snapshots are read over REST until the next GUILD_CREATE',
      );
    }
  }

  /** The guild as last seen on the gateway (fresh copies), or null when not known. */
  snapshot(): MirroredGuild | null {
    const state = this.#state;
    if (state === null || state.botRoleIds === null) return null;
    const roles = [...state.roles.values()].map(copyRole);
    return {
      id: state.id,
      name: state.name,
      ownerId: state.ownerId,
      channels: [...state.channels.values()].map(copyChannel),
      roles,
      botHighestRolePosition: highestRolePosition(roles, state.botRoleIds),
      verificationLevel: state.verificationLevel,
    };
  }

  /** Where the dispatch stream stands: take it before a REST write and pass it to `note…`. */
  mark(): number {
    return this.#sequence;
  }

  /**
   * Notes a channel as Discord answered a write.
   * @param guildId - the guild it was created in, or null for an edit (noted only when the
   *   channel is already one of this guild's)
   * @param channel - Discord's answer
   * @param since - {@link mark} taken before the request
   */
  noteChannel(guildId: string | null, channel: ChannelSnapshot, since: number): void {
    const state = this.#state;
    if (state === null || channel.kind === 'thread' || !this.#untouchedSince(channel.id, since)) return;
    const known = guildId === null ? state.channels.has(channel.id) : guildId === state.id;
    if (known) state.channels.set(channel.id, copyChannel(channel));
  }

  /**
   * Notes roles as Discord answered a write (the role, or all of them after a move).
   * @param guildId - the guild of the roles
   * @param roles - Discord's answer
   * @param since - {@link mark} taken before the request
   */
  noteRoles(guildId: string, roles: readonly RoleSnapshot[], since: number): void {
    const state = this.#state;
    if (state === null || guildId !== state.id) return;
    for (const role of roles) {
      if (this.#untouchedSince(role.id, since)) state.roles.set(role.id, copyRole(role));
    }
  }

  /**
   * Notes a channel Guildhall deleted. It goes at once (nothing can bring a deleted id back);
   * a deleted category's channels lose their parent, as Discord keeps them (their
   * CHANNEL_UPDATEs follow). Threads are not mirrored.
   * @param channelId - the deleted channel
   */
  noteChannelDeleted(channelId: string): void {
    const state = this.#state;
    if (state === null) return;
    // Even when CHANNEL_DELETE came first: its channels' CHANNEL_UPDATEs may still be on the way.
    state.channels.delete(channelId);
    for (const [id, channel] of state.channels) {
      if (channel.parentId === channelId) state.channels.set(id, { ...channel, parentId: null });
    }
  }

  /**
   * Notes a bulk move Discord accepted (it answers 204 without the channels; CHANNEL_UPDATEs
   * follow): positions, parents, and a locked channel's overwrites, for channels no dispatch
   * has touched since the request was sent.
   * @param guildId - the guild of the channels
   * @param positions - the entries of the accepted request
   * @param since - {@link mark} taken before the request
   */
  noteChannelPositions(guildId: string, positions: readonly ChannelPosition[], since: number): void {
    const state = this.#state;
    if (state === null || guildId !== state.id) return;
    for (const entry of positions) {
      const channel = state.channels.get(entry.id);
      if (channel === undefined || !this.#untouchedSince(entry.id, since)) continue;
      state.channels.set(entry.id, movedChannel(channel, entry, state.channels));
    }
  }

  /**
   * Records the verification level Guildhall just set, unless a GUILD_UPDATE came since `since`.
   * @param guildId - the guild
   * @param level - the level Discord answered
   * @param since - {@link mark} taken before the request
   */
  noteVerificationLevel(guildId: string, level: VerificationLevel, since: number): void {
    const state = this.#state;
    if (state !== null && guildId === state.id && this.#untouchedSince(`guild:${state.id}`, since)) {
      state.verificationLevel = level;
    }
  }

  /**
   * Notes a role Guildhall deleted.
   * @param guildId - the guild of the role
   * @param roleId - the deleted role
   */
  noteRoleDeleted(guildId: string, roleId: string): void {
    const state = this.#state;
    if (state !== null && guildId === state.id) state.roles.delete(roleId);
  }

  #apply(name: MirroredDispatch, data: unknown): void {
    switch (name) {
      case GatewayDispatchEvents.Ready:
        this.#botUserId = ready.parse(data).user.id;
        this.#forget();
        return;
      case GatewayDispatchEvents.GuildCreate:
        this.#prime(data);
        return;
      case GatewayDispatchEvents.GuildDelete:
        if (withId.parse(data).id === this.#guildId) this.#forget();
        return;
      case GatewayDispatchEvents.GuildUpdate:
        this.#updateGuild(data);
        return;
      case GatewayDispatchEvents.ChannelCreate:
      case GatewayDispatchEvents.ChannelUpdate:
      case GatewayDispatchEvents.ChannelDelete:
        this.#changeChannel(name, data);
        return;
      case GatewayDispatchEvents.GuildRoleCreate:
      case GatewayDispatchEvents.GuildRoleUpdate:
      case GatewayDispatchEvents.GuildRoleDelete:
        this.#changeRole(name, data);
        return;
      case GatewayDispatchEvents.GuildMemberUpdate: {
        const state = this.#scoped(data);
        const member = state === null ? null : memberUpdate.parse(data);
        if (state !== null && member !== null && member.user.id === this.#botUserId) {
          state.botRoleIds = new Set(member.roles);
        }
        return;
      }
    }
  }

  #prime(data: unknown): void {
    const guild = guildCreate.parse(data);
    if (guild.id !== this.#guildId) return;
    const channels = new Map<string, ChannelSnapshot>();
    for (const channel of guild.channels.map(parseChannelSnapshot)) {
      if (channel !== null && channel.kind !== 'thread') channels.set(channel.id, channel);
    }
    const bot = guild.members.find((member) => member.user?.id === this.#botUserId);
    this.#touched.clear();
    this.#primedAt = this.#sequence;
    this.#state = {
      id: guild.id,
      name: guild.name,
      ownerId: guild.owner_id,
      verificationLevel: verificationLevelName(guild.verification_level),
      channels,
      roles: new Map(guild.roles.map(parseRoleSnapshot).map((role) => [role.id, role])),
      botRoleIds: bot === undefined ? null : new Set(bot.roles),
    };
  }

  #updateGuild(data: unknown): void {
    const guild = guildUpdate.parse(data);
    const state = this.#state;
    if (state === null || guild.id !== state.id) return;
    state.name = guild.name;
    state.ownerId = guild.owner_id;
    if (guild.verification_level !== undefined) {
      state.verificationLevel = verificationLevelName(guild.verification_level);
      this.#touch(`guild:${state.id}`);
    }
    if (guild.roles === undefined) return;
    const roles = guild.roles.map(parseRoleSnapshot);
    for (const id of [...state.roles.keys(), ...roles.map((role) => role.id)]) this.#touch(id);
    state.roles = new Map(roles.map((role) => [role.id, role]));
  }

  #changeChannel(name: MirroredDispatch, data: unknown): void {
    const state = this.#scoped(data);
    if (state === null) return;
    const { id } = withId.parse(data);
    this.#touch(id);
    const channel = name === GatewayDispatchEvents.ChannelDelete ? null : parseChannelSnapshot(data);
    // A type Guildhall does not manage is left out, as the REST path leaves it out.
    if (channel === null || channel.kind === 'thread') state.channels.delete(id);
    else state.channels.set(id, channel);
  }

  #changeRole(name: MirroredDispatch, data: unknown): void {
    const state = this.#scoped(data);
    if (state === null) return;
    if (name === GatewayDispatchEvents.GuildRoleDelete) {
      const { role_id } = roleDelete.parse(data);
      this.#touch(role_id);
      state.roles.delete(role_id);
      return;
    }
    const role = parseRoleSnapshot(roleChange.parse(data).role);
    this.#touch(role.id);
    state.roles.set(role.id, role);
  }

  /** The state when the mirror knows the guild and `data` belongs to it. */
  #scoped(data: unknown): MirrorState | null {
    const scope = guildScoped.safeParse(data);
    return scope.success && this.#state !== null && scope.data.guild_id === this.#state.id ? this.#state : null;
  }

  #touch(id: string): void {
    this.#touched.set(id, this.#sequence);
  }

  #untouchedSince(id: string, since: number): boolean {
    return Math.max(this.#primedAt, this.#touched.get(id) ?? 0) <= since;
  }

  #forget(): void {
    this.#state = null;
    this.#touched.clear();
  }
}
