import type {
  ChannelSnapshot,
  Embed,
  GuildSnapshot,
  InteractionReply,
  RoleSnapshot,
} from '../../../src/platform/Platform.js';
import type {
  SandboxDirectMessage,
  SandboxMember,
  SandboxMessage,
} from '../../../src/platform/sandbox/sandboxViews.js';
import { getJson, postJson } from './http.js';

export type {
  ChannelSnapshot,
  Embed,
  GuildSnapshot,
  RoleSnapshot,
  SandboxDirectMessage,
  SandboxMember,
  SandboxMessage,
};

/** The answer to a slash command run through the sandbox. */
export type CommandReply = InteractionReply;

/** Reads the sandbox guild: name, channels and roles. */
export function fetchGuild(): Promise<GuildSnapshot> {
  return getJson<GuildSnapshot>('/api/sandbox/guild');
}

/** Lists the sandbox guild's members. */
export function fetchMembers(): Promise<SandboxMember[]> {
  return getJson<SandboxMember[]>('/api/sandbox/members');
}

/**
 * Adds a member; resolves once the engine has handled the join.
 * @param username - the new member's username
 */
export function addMember(username: string): Promise<SandboxMember> {
  return postJson<SandboxMember>('/api/sandbox/members', { username });
}

/**
 * Reads a channel's latest messages.
 * @param channelId - the channel
 * @param limit - how many messages at most
 */
export function fetchChannelMessages(channelId: string, limit = 50): Promise<SandboxMessage[]> {
  return getJson<SandboxMessage[]>(`/api/sandbox/channels/${encodeURIComponent(channelId)}/messages?limit=${limit}`);
}

/**
 * Reads the direct messages the bot sent a member.
 * @param userId - the member
 */
export function fetchDirectMessages(userId: string): Promise<SandboxDirectMessage[]> {
  return getJson<SandboxDirectMessage[]>(`/api/sandbox/members/${encodeURIComponent(userId)}/dms`);
}

/**
 * Posts a message as a member; resolves once the engine has handled it.
 * @param channelId - where to post
 * @param userId - the author
 * @param content - the text
 */
export function postMessage(channelId: string, userId: string, content: string): Promise<SandboxMessage> {
  return postJson<SandboxMessage>(`/api/sandbox/channels/${encodeURIComponent(channelId)}/messages`, {
    userId,
    content,
  });
}

/**
 * Runs a slash command as a member and returns the bot's reply.
 * @param userId - who runs it
 * @param channelId - where it is run
 * @param name - the command name without the slash
 */
export async function runCommand(userId: string, channelId: string, name: string): Promise<CommandReply> {
  const answer = await postJson<{ reply: CommandReply | null }>('/api/sandbox/commands', {
    userId,
    channelId,
    name,
    options: {},
  });
  return answer.reply ?? {};
}
