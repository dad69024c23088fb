import type { GuildSnapshot } from '../../platform/Platform.js';

const TTL_MS = 30_000;

/** Channel and role names of a guild, by id. */
export interface GuildNames {
  channels: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
  /** The platform's member count, or null when the guild could not be read. */
  memberCount: number | null;
}

const NO_NAMES: GuildNames = { channels: new Map(), roles: new Map(), memberCount: null };

/**
 * Caches a guild's channel and role names for event summaries, so polling the dashboard
 * does not hit the platform on every request. Without `fetchGuild` (or when it fails) the
 * maps are empty and summaries fall back to short ids.
 * @param guildId - the guild whose channels and roles are named
 * @param now - injected clock
 * @param fetchGuild - reads the guild from the platform
 * @param onError - told when the platform could not be read
 * @returns a reader; pass `version` (e.g. the number of recorded events) to refetch as soon
 *   as the guild may have changed (members joined, channels created) instead of after the TTL
 */
export function guildNameCache(
  guildId: string,
  now: () => number,
  fetchGuild: ((guildId: string) => Promise<GuildSnapshot>) | undefined,
  onError: (error: unknown) => void,
): (version?: number) => Promise<GuildNames> {
  let cached: { at: number; version: number | undefined; names: GuildNames } | null = null;
  return async (version?: number) => {
    if (fetchGuild === undefined) return NO_NAMES;
    if (cached !== null && cached.version === version && now() - cached.at < TTL_MS) return cached.names;
    try {
      const guild = await fetchGuild(guildId);
      const names: GuildNames = {
        channels: new Map(guild.channels.map((c) => [c.id, c.name])),
        roles: new Map(guild.roles.map((r) => [r.id, r.name])),
        memberCount: guild.memberCount,
      };
      cached = { at: now(), version, names };
      return names;
    } catch (error) {
      onError(error);
      return cached?.names ?? NO_NAMES;
    }
  };
}
