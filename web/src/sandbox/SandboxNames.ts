import type { ChannelSnapshot, GuildSnapshot, SandboxMember } from '../api/sandboxApi.js';

/** Resolves ids in the sandbox to what a person would read. */
export interface SandboxNames {
  user(userId: string): { name: string; bot: boolean; known: boolean };
  channel(channelId: string): string | null;
  role(roleId: string): { name: string; color: number } | null;
}

/**
 * Builds the resolver from the latest guild and member lists (either may still be loading).
 * @param guild - channels and roles
 * @param members - the guild's members (the platform's member list, so members who joined
 *   before Guildhall are named too)
 * @param channels - every channel, threads included (default: the guild's, without threads)
 */
export function sandboxNames(
  guild: GuildSnapshot | null,
  members: readonly SandboxMember[] | null,
  channels: readonly ChannelSnapshot[] | null = null,
): SandboxNames {
  const users = new Map((members ?? []).map((m) => [m.userId, m]));
  const channelNames = new Map((channels ?? guild?.channels ?? []).map((c) => [c.id, c.name]));
  const roles = new Map((guild?.roles ?? []).map((r) => [r.id, r]));
  return {
    user: (userId) => {
      const member = users.get(userId);
      return member === undefined
        ? { name: `user …${userId.slice(-4)}`, bot: false, known: false }
        : { name: member.displayName || member.username, bot: member.bot, known: true };
    },
    channel: (channelId) => channelNames.get(channelId) ?? null,
    role: (roleId) => {
      const role = roles.get(roleId);
      return role === undefined ? null : { name: role.name, color: role.color };
    },
  };
}
