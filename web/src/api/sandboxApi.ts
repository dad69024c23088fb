import type {
  ActionRow,
  ButtonComponent,
  ChannelSnapshot,
  Embed,
  GuildSnapshot,
  InteractionReply,
  ModalSpec,
  RoleSnapshot,
  SelectComponent,
  TextInputSpec,
} from '../../../src/platform/Platform.js';
import type {
  SandboxBan,
  SandboxDirectMessage,
  SandboxMember,
  SandboxMessage,
} from '../../../src/platform/sandbox/sandboxViews.js';
import { getJson, postJson } from './http.js';

export type {
  ActionRow,
  ButtonComponent,
  ChannelSnapshot,
  Embed,
  GuildSnapshot,
  InteractionReply,
  ModalSpec,
  RoleSnapshot,
  SelectComponent,
  TextInputSpec,
  SandboxBan,
  SandboxDirectMessage,
  SandboxMember,
  SandboxMessage,
};

/**
 * What the command, component and modal routes answer: the interaction that was started and
 * the module's answer, a message (`reply`) or a form to fill in (`modal`); both null when no
 * module answered.
 */
export interface InteractionAnswer {
  interactionId: string;
  reply: InteractionReply | null;
  modal: ModalSpec | null;
}

/** Reads the banned users (they can still press buttons on the DMs the bot sent them). */
export function fetchBans(): Promise<SandboxBan[]> {
  return getJson<SandboxBan[]>('/api/sandbox/bans');
}

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
 * Runs a slash command as a member and returns the bot's answer.
 * @param userId - who runs it
 * @param channelId - where it is run
 * @param name - the command name without the slash
 */
export function runCommand(userId: string, channelId: string, name: string): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>('/api/sandbox/commands', { userId, channelId, name, options: {} });
}

/**
 * Clicks a button on a channel message as a member.
 * @param target - who clicks, and the message and button's custom id
 */
export function clickButton(target: {
  userId: string;
  channelId: string;
  messageId: string;
  customId: string;
}): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>('/api/sandbox/components', target);
}

/**
 * Picks values in a select menu on a channel message as a member.
 * @param target - who picks, the message, the menu's custom id and the chosen option values
 */
export function chooseInSelectMenu(target: {
  userId: string;
  channelId: string;
  messageId: string;
  customId: string;
  values: readonly string[];
}): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>('/api/sandbox/components', target);
}

/**
 * Clicks a button on a direct message the bot sent the user.
 * @param target - the user, the DM and the button's custom id
 */
export function clickDirectMessageButton(target: {
  userId: string;
  messageId: string;
  customId: string;
}): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>('/api/sandbox/direct-messages/components', target);
}

/**
 * Presses a button (or, with `values`, chooses in a select menu) on the bot's answer to an
 * interaction, as the member it was shown to: how buttons on an ephemeral answer work.
 * @param interactionId - the interaction the answer belongs to
 * @param target - the member it was shown to, the component's custom id, values for a menu
 */
export function pressReplyComponent(
  interactionId: string,
  target: { userId: string; customId: string; values?: readonly string[] },
): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>(
    `/api/sandbox/interactions/${encodeURIComponent(interactionId)}/components`,
    target,
  );
}

/**
 * Submits the form an interaction was answered with.
 * @param submission - the user it was shown to, the interaction that showed it, and the
 *   values by text input custom id
 */
export function submitModal(submission: {
  userId: string;
  interactionId: string;
  fields: Readonly<Record<string, string>>;
}): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>('/api/sandbox/modals', submission);
}
