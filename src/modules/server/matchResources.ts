import type { ChannelKind, ChannelSnapshot } from '../../platform/Platform.js';
import type { DesiredServer } from './DesiredServer.js';
import type { LiveServer } from './LiveServer.js';

/** The kinds of resources whose ids Guildhall remembers. */
export type ResourceKind = 'role' | 'category' | 'channel';

/** Ids remembered from earlier applies, by kind then key. */
export type StoredIds = Readonly<Record<ResourceKind, ReadonlyMap<string, string>>>;

/** No remembered ids (a first plan). */
export const NO_STORED_IDS: StoredIds = { role: new Map(), category: new Map(), channel: new Map() };

/** Which live resource each declared one is, by kind then key. */
export type Matches = Record<ResourceKind, Map<string, string>>;

/**
 * Whether a live channel of kind `live` can become a `wanted` one by editing it: Discord only
 * converts between text and announcement channels.
 * @param wanted - the declared kind
 * @param live - the live kind
 */
export function kindsCompatible(wanted: ChannelKind, live: ChannelKind): boolean {
  const convertible: readonly ChannelKind[] = ['text', 'announcement'];
  return wanted === live || (convertible.includes(wanted) && convertible.includes(live));
}

/**
 * Pairs each declared role, category and channel with a live one: first by the id stored at
 * an earlier apply (so a rename made in Discord, or an apply interrupted after a create, is
 * still recognised), then by name (channels: in their category first, then anywhere when the
 * name is unique on both sides, which recognises a channel moved to another category).
 * A live resource is matched at most once; @everyone is always the guild's id.
 * @param desired - the declared state
 * @param live - the live server
 * @param stored - ids remembered from earlier applies
 */
export function matchResources(desired: DesiredServer, live: LiveServer, stored: StoredIds): Matches {
  const matches: Matches = { role: new Map(), category: new Map(), channel: new Map() };
  // Roles and channels are apart: an old guild's first channel has the guild's (= @everyone's) id.
  const claimedRoles = new Set<string>();
  const claimedChannels = new Set<string>();
  const claim = (kind: ResourceKind, key: string, id: string): void => {
    matches[kind].set(key, id);
    (kind === 'role' ? claimedRoles : claimedChannels).add(id);
  };

  const liveRoles = live.rolesTopFirst();
  for (const role of desired.roles) {
    if (role.everyone) claim('role', role.key, live.guild.id);
  }
  for (const role of desired.roles) {
    const id = stored.role.get(role.key);
    if (role.everyone || id === undefined || claimedRoles.has(id) || live.role(id) === undefined) continue;
    claim('role', role.key, id);
  }
  for (const role of desired.roles) {
    if (matches.role.has(role.key)) continue;
    const found = liveRoles.find((r) => r.name === role.name && !claimedRoles.has(r.id));
    if (found !== undefined) claim('role', role.key, found.id);
  }

  const liveCategories = live.categories();
  for (const category of desired.categories) {
    const id = stored.category.get(category.key);
    if (id === undefined || claimedChannels.has(id) || live.channel(id)?.kind !== 'category') continue;
    claim('category', category.key, id);
  }
  for (const category of desired.categories) {
    if (matches.category.has(category.key)) continue;
    const found = liveCategories.find((c) => c.name === category.name && !claimedChannels.has(c.id));
    if (found !== undefined) claim('category', category.key, found.id);
  }

  const liveChannels = live.allChannels().filter((c) => c.kind !== 'category');
  const fits = (c: ChannelSnapshot, channel: DesiredServer['channels'][number]): boolean =>
    !claimedChannels.has(c.id) && c.name === channel.name && kindsCompatible(channel.kind, c.kind);
  for (const channel of desired.channels) {
    const id = stored.channel.get(channel.key);
    const found = id === undefined ? undefined : live.channel(id);
    if (found === undefined || claimedChannels.has(found.id) || found.kind === 'category') continue;
    if (kindsCompatible(channel.kind, found.kind)) claim('channel', channel.key, found.id);
  }
  for (const channel of desired.channels) {
    if (matches.channel.has(channel.key)) continue;
    const parentId = channel.parentKey === null ? null : (matches.category.get(channel.parentKey) ?? undefined);
    if (parentId === undefined) continue;
    const found = live.children(parentId).find((c) => fits(c, channel));
    if (found !== undefined) claim('channel', channel.key, found.id);
  }
  for (const channel of desired.channels) {
    if (matches.channel.has(channel.key)) continue;
    const candidates = liveChannels.filter((c) => fits(c, channel));
    const namesakes = desired.channels.filter((d) => d.name === channel.name && !matches.channel.has(d.key));
    const only = candidates[0];
    if (candidates.length === 1 && namesakes.length === 1 && only !== undefined) claim('channel', channel.key, only.id);
  }
  return matches;
}
