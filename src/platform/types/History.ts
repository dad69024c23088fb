import type { DomainEventOf } from '../../core/DomainEvent.js';
import type { MemberSnapshot } from './Member.js';

/**
 * A member as the guild's full member list gives them: the snapshot, plus when their account
 * was created (a join event carries it).
 * @see https://discord.com/developers/docs/resources/guild#list-guild-members
 */
export interface ListedMember extends MemberSnapshot {
  /** Epoch ms the account was created. */
  accountCreatedAt: number;
}

/**
 * Messages of a channel read back from its history, as the live path would have delivered them.
 * @see https://discord.com/developers/docs/resources/message#get-channel-messages
 */
export interface ChannelHistory {
  /**
   * `message.created` of the messages read, oldest first, with the ids and payloads the live
   * path gives them (so the event log records each once, whichever path came first). The
   * bot's own messages yield none.
   */
  events: DomainEventOf<'message.created'>[];
  /** The newest message read, the bot's own included; null when there was none after the cursor. */
  newestMessageId: string | null;
  /** False when `limit` stopped the read before the channel's newest message. */
  complete: boolean;
}
