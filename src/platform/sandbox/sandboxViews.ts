import type {
  ActionRow,
  ChannelSnapshot,
  Embed,
  InteractionReply,
  InviteSnapshot,
  MemberSnapshot,
  ModalSpec,
} from '../Platform.js';
import type { EmojiRef } from '../../core/DomainEvent.js';

/** A thread (forum post) as the sandbox has it: its snapshot plus tags, archived and locked. */
export interface SandboxThread extends ChannelSnapshot {
  /** The parent forum's tag ids it carries ([] outside forums). */
  appliedTags: string[];
  archived: boolean;
  locked: boolean;
}

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
  /**
   * Who the message notified: the bot's messages ping only the mentioned users and roles it
   * allowed (`allowedUserMentions` / `allowedRoleMentions`), a member's every mentioned user
   * and mentionable role.
   */
  pinged: { userIds: string[]; roleIds: string[] };
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

/** A file the bot attached to an answer (download its content with `getAttachment`). */
export interface SandboxAttachment {
  id: string;
  /** File name, as the member sees it. */
  name: string;
  /** Bytes. */
  size: number;
  contentType: string | null;
}

/**
 * The bot's answer as the sandbox keeps it: the reply without the files' content, and
 * `attachments` listing the files when it had any.
 */
export interface SandboxReply extends Omit<InteractionReply, 'files'> {
  attachments?: SandboxAttachment[];
}

/** An interaction a member started, and the module's answer once given. */
export interface SandboxInteraction {
  interactionId: string;
  kind: 'command' | 'button' | 'select' | 'modal';
  userId: string;
  /** A guild channel, or `dm:<userId>` for a direct message. */
  channelId: string;
  /** Command name, component custom id or submitted modal's custom id. */
  name: string;
  /** The message the bot answered with, if it did. */
  reply: SandboxReply | null;
  /** The form the bot answered with, if it did (submit it with `submitModal`). */
  modal: ModalSpec | null;
  inDirectMessage: boolean;
  /**
   * Deferred and not answered yet: Discord shows "Guildhall is thinking…" until the answer
   * edits it in.
   */
  thinking: boolean;
  /** When deferred with a message to come: whether that answer is ephemeral (decided by the deferral). */
  deferredEphemeral?: boolean;
  /** Follow-up messages after the answer, oldest first. */
  followUps: SandboxReply[];
}
