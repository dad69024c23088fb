import type { ActionRow, Embed, InteractionReply, InviteSnapshot, MemberSnapshot } from '../Platform.js';
import type { EmojiRef } from '../../core/DomainEvent.js';

/** Where a member is connected in voice. */
export interface SandboxVoiceState {
  userId: string;
  channelId: string;
  muted: boolean;
  deafened: boolean;
  joinedAt: number;
}

/** A member with what only the sandbox knows (DM setting, account age, voice). */
export interface SandboxMember extends MemberSnapshot {
  dmsOpen: boolean;
  accountCreatedAt: number;
  voice: SandboxVoiceState | null;
}

/** One emoji's reactions on a message. */
export interface SandboxReactionCount {
  emoji: EmojiRef;
  count: number;
  userIds: string[];
}

/** A stored channel message with its author and reactions. */
export interface SandboxMessage {
  id: string;
  channelId: string;
  authorId: string;
  authorUsername: string;
  authorBot: boolean;
  content: string;
  embeds: Embed[];
  components: ActionRow[];
  replyTo: string | null;
  createdAt: number;
  editedAt: number | null;
  reactions: SandboxReactionCount[];
}

/** A direct message the bot delivered privately. */
export interface SandboxDirectMessage {
  id: string;
  userId: string;
  content: string;
  embeds: Embed[];
  components: ActionRow[];
  createdAt: number;
}

/** A banned user. */
export interface SandboxBan {
  userId: string;
  username: string;
  reason: string;
  bannedAt: number;
}

/** An invite link to a channel, with when it was created. */
export interface SandboxInvite extends InviteSnapshot {
  createdAt: number;
}

/** An interaction a member started, and the module's answer once given. */
export interface SandboxInteraction {
  interactionId: string;
  kind: 'command' | 'button' | 'select';
  userId: string;
  channelId: string;
  /** Command name or component custom id. */
  name: string;
  reply: InteractionReply | null;
}
