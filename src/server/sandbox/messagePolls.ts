import { InvalidRequest } from '../../platform/PlatformError.js';
import type { SandboxPoll } from '../../platform/sandbox/pollActions.js';
import type { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';
import type { SandboxMessage } from '../../platform/sandbox/sandboxViews.js';
import type { MessageWithPoll } from './schemas/pollSchemas.js';

/**
 * A message's native poll, or null when it carries none (only the bot posts polls).
 * @param sandbox - the sandbox platform
 * @param message - the message
 */
async function pollOf(sandbox: SandboxPlatform, message: SandboxMessage): Promise<SandboxPoll | null> {
  if (!message.authorBot) return null;
  try {
    return await sandbox.getPoll(message.channelId, message.id);
  } catch (error) {
    if (error instanceof InvalidRequest) return null;
    throw error;
  }
}

/**
 * A message with its native poll (a poll whose time has come shows ended).
 * @param sandbox - the sandbox platform
 * @param message - a channel message
 */
export async function withPoll(sandbox: SandboxPlatform, message: SandboxMessage): Promise<MessageWithPoll> {
  return { ...message, poll: await pollOf(sandbox, message) };
}

/**
 * Messages with their native polls, in the same order.
 * @param sandbox - the sandbox platform
 * @param messages - channel messages
 */
export function withPolls(sandbox: SandboxPlatform, messages: readonly SandboxMessage[]): Promise<MessageWithPoll[]> {
  return Promise.all(messages.map((message) => withPoll(sandbox, message)));
}
