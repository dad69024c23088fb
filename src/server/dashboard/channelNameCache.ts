import type { GuildSnapshot } from '../../platform/Platform.js';

const TTL_MS = 30_000;

/**
 * Caches a guild's channel names for event summaries, so polling the dashboard does not
 * hit the platform on every request. Without `fetchGuild` (or when it fails) the map is
 * empty and summaries fall back to short ids.
 * @param guildId - the guild whose channels are named
 * @param now - injected clock
 * @param fetchGuild - reads the guild from the platform
 * @param onError - told when the platform could not be read
 */
export function channelNameCache(
  guildId: string,
  now: () => number,
  fetchGuild: ((guildId: string) => Promise<GuildSnapshot>) | undefined,
  onError: (error: unknown) => void,
): () => Promise<ReadonlyMap<string, string>> {
  let cached: { at: number; names: ReadonlyMap<string, string> } | null = null;
  return async () => {
    if (fetchGuild === undefined) return new Map();
    if (cached !== null && now() - cached.at < TTL_MS) return cached.names;
    try {
      const guild = await fetchGuild(guildId);
      cached = { at: now(), names: new Map(guild.channels.map((c) => [c.id, c.name])) };
      return cached.names;
    } catch (error) {
      onError(error);
      return cached?.names ?? new Map();
    }
  };
}
