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
  SlashCommandDefinition,
  SlashCommandOption,
  SlashCommandValueOption,
  TextInputSpec,
} from '../../../src/platform/Platform.js';
import type { AttachmentLink, ReplyView } from '../../../src/server/sandbox/interactionRoutes.js';
import type {
  SandboxBan,
  SandboxDirectMessage,
  SandboxMember,
  SandboxMessage,
} from '../../../src/platform/sandbox/sandboxViews.js';
import { deleteJson, getJson, postJson } from './http.js';

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
  SlashCommandDefinition,
  SlashCommandOption,
  SlashCommandValueOption,
  TextInputSpec,
  AttachmentLink,
  ReplyView,
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
  /** The message, with its files as `attachments` (download links). */
  reply: ReplyView | null;
  modal: ModalSpec | null;
  /** Deferred and still being worked on: read it again with {@link fetchInteraction}. */
  thinking: boolean;
}

/**
 * Reads an interaction and its answer so far (`thinking` while deferred and unanswered).
 * @param interactionId - the interaction
 */
export function fetchInteraction(interactionId: string): Promise<InteractionAnswer> {
  return getJson<InteractionAnswer>(`/api/sandbox/interactions/${encodeURIComponent(interactionId)}`);
}

/** Reads the banned users (they can still press buttons on the DMs the bot sent them). */
export function fetchBans(): Promise<SandboxBan[]> {
  return getJson<SandboxBan[]>('/api/sandbox/bans');
}

/** Reads the sandbox guild: name, channels and roles. */
export function fetchGuild(): Promise<GuildSnapshot> {
  return getJson<GuildSnapshot>('/api/sandbox/guild');
}

/** Lists the sandbox guild's members (the platform's member list: up to 1000). */
export function fetchMembers(): Promise<SandboxMember[]> {
  return getJson<SandboxMember[]>('/api/sandbox/members?limit=1000');
}

/** Every channel, threads and forum posts included. */
export function fetchChannels(): Promise<ChannelSnapshot[]> {
  return getJson<ChannelSnapshot[]>('/api/sandbox/channels');
}

/** The slash commands the modules registered, with their options. */
export function fetchCommands(): Promise<SlashCommandDefinition[]> {
  return getJson<SlashCommandDefinition[]>('/api/sandbox/commands');
}

/**
 * A member reacts to a message (a no-op when they already did).
 * @param target - the channel, message, member and emoji (unicode, or `name:id`)
 */
export function addReaction(target: {
  channelId: string;
  messageId: string;
  userId: string;
  emoji: string;
}): Promise<SandboxMessage> {
  const { channelId, messageId, userId, emoji } = target;
  return postJson<SandboxMessage>(
    `/api/sandbox/channels/${encodeURIComponent(channelId)}/messages/${encodeURIComponent(messageId)}/reactions`,
    { userId, emoji },
  );
}

/**
 * A member takes their reaction back.
 * @param target - the channel, message, member and emoji
 */
export function removeReaction(target: {
  channelId: string;
  messageId: string;
  userId: string;
  emoji: string;
}): Promise<SandboxMessage> {
  const { channelId, messageId, userId, emoji } = target;
  const query = new URLSearchParams({ userId, emoji });
  return deleteJson<SandboxMessage>(
    `/api/sandbox/channels/${encodeURIComponent(channelId)}/messages/${encodeURIComponent(messageId)}/reactions?${query.toString()}`,
  );
}

/**
 * A member starts a thread: from a message (`messageId`), or a forum post (`content` is its
 * first message, `appliedTags` the forum's tag ids it carries).
 * @param channelId - the channel or forum
 * @param thread - who, the name, and the message or post content
 */
export function createThread(
  channelId: string,
  thread: { userId: string; name: string; messageId?: string; content?: string; appliedTags?: readonly string[] },
): Promise<ChannelSnapshot> {
  return postJson<ChannelSnapshot>(`/api/sandbox/channels/${encodeURIComponent(channelId)}/threads`, thread);
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
 * A command as a member runs it: a slash command with its subcommand and option values by
 * name, or a message command with the message it is used on.
 */
export interface CommandRun {
  name: string;
  subcommand?: string;
  options?: Readonly<Record<string, string | number | boolean>>;
  /** A message command ("Mark as solution"): the message of the channel it is used on. */
  targetMessageId?: string;
}

/**
 * Runs a slash command as a member and returns the bot's answer.
 * @param userId - who runs it
 * @param channelId - where it is run
 * @param run - the command (without the slash), its subcommand and options
 */
export function runCommand(userId: string, channelId: string, run: CommandRun): Promise<InteractionAnswer> {
  return postJson<InteractionAnswer>('/api/sandbox/commands', { userId, channelId, options: {}, ...run });
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
