import { Options, type CacheFactory } from 'discord.js';

/**
 * discord.js's caches for Guildhall's client: its defaults (guilds, channels, roles, voice
 * states, 200 messages per channel…), with the member and user caches kept to the bot itself.
 * The guild's members are held once, in the adapter's `MemberCache`, which also answers what the
 * gateway said before a member dispatch. Unbounded, discord.js held every member and user a
 * second time (about 60 MB of heap at 100,000 members: docs/benchmarks.md, bench/memory).
 * @see https://discord.js.org/docs/packages/discord.js/main/Options:Class#cacheWithLimits
 */
export const GUILDHALL_CACHES: CacheFactory = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
});
