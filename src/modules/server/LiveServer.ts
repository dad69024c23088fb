import type { ChannelKind, ChannelSnapshot, GuildSnapshot, RoleSnapshot } from '../../platform/Platform.js';

/** Discord lists voice and stage channels below the text-like ones of the same category. */
export function channelBucket(kind: ChannelKind): 0 | 1 {
  return kind === 'voice' || kind === 'stage' ? 1 : 0;
}

/** Discord's channel order within a parent: text-like first, then by position, then by id. */
export function compareChannels(a: ChannelSnapshot, b: ChannelSnapshot): number {
  return channelBucket(a.kind) - channelBucket(b.kind) || a.position - b.position || compareIds(a.id, b.id);
}

/** Discord's role order, top first: higher position first, then the older (smaller) id. */
export function compareRolesTopFirst(a: RoleSnapshot, b: RoleSnapshot): number {
  return b.position - a.position || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A read-only view of a guild snapshot in Discord's display order: roles top first,
 * categories, and the channels of each parent (threads left out: a blueprint does not
 * manage them).
 */
export class LiveServer {
  readonly guild: GuildSnapshot;
  readonly #roles: Map<string, RoleSnapshot>;
  readonly #channels: Map<string, ChannelSnapshot>;

  /** @param guild - the snapshot from `Platform.fetchGuild` */
  constructor(guild: GuildSnapshot) {
    this.guild = guild;
    this.#roles = new Map(guild.roles.map((r) => [r.id, r]));
    this.#channels = new Map(guild.channels.filter((c) => c.kind !== 'thread').map((c) => [c.id, c]));
  }

  /** The @everyone role (its id is the guild's). */
  get everyone(): RoleSnapshot | undefined {
    return this.#roles.get(this.guild.id);
  }

  /** Every role but @everyone, top first. */
  rolesTopFirst(): RoleSnapshot[] {
    return this.guild.roles.filter((r) => r.id !== this.guild.id).sort(compareRolesTopFirst);
  }

  /** A role by id. */
  role(id: string): RoleSnapshot | undefined {
    return this.#roles.get(id);
  }

  /** A channel or category by id (not threads). */
  channel(id: string): ChannelSnapshot | undefined {
    return this.#channels.get(id);
  }

  /** Every channel and category (not threads). */
  allChannels(): ChannelSnapshot[] {
    return [...this.#channels.values()];
  }

  /** Categories, top first. */
  categories(): ChannelSnapshot[] {
    return this.allChannels()
      .filter((c) => c.kind === 'category')
      .sort(compareChannels);
  }

  /**
   * The channels of a category (or those outside any, for null), in display order.
   * @param parentId - a category id, or null
   */
  children(parentId: string | null): ChannelSnapshot[] {
    return this.allChannels()
      .filter((c) => c.kind !== 'category' && c.parentId === parentId)
      .sort(compareChannels);
  }

  /** Whether a role is the bot's to manage: below its highest role, not managed, not @everyone. */
  isBelowBot(role: RoleSnapshot): boolean {
    return role.position < this.guild.botHighestRolePosition;
  }
}
