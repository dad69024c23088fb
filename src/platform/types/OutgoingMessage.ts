import type { Embed } from './Embed.js';
import type { ActionRow } from './MessageComponents.js';
import type { OutgoingPoll } from './Poll.js';

/**
 * A message Guildhall sends: content, embeds and components within Discord's limits
 * (`discordLimits.ts`). Nobody is pinged unless listed.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export interface OutgoingMessage {
  /** Up to 2000 characters (`MESSAGE_CONTENT_LIMIT`). */
  content?: string;
  /** Up to 10 embeds. */
  embeds?: Embed[];
  /** Up to 5 action rows. */
  components?: ActionRow[];
  /**
   * A native poll posted with the message (Discord's `poll`; checked against `POLL_LIMITS`).
   * Only on platforms with native polls (`PollPort`); an edit cannot change it.
   * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
   */
  poll?: OutgoingPoll;
  /** Users that may be pinged; by default nobody is (no accidental @everyone). */
  allowedUserMentions?: string[];
  /** Roles that may be pinged (`<@&id>` in the content); by default none is. */
  allowedRoleMentions?: string[];
  /**
   * Idempotency key of the create: Discord's message `nonce` with `enforce_nonce: true`
   * makes a second create with the same nonce in the same channel within a few minutes
   * return the first message instead of posting again. Derive it from what causes the
   * message (an event id, a case id), so a re-run after a crash does not post twice. Any
   * string: the Discord adapter sends a 25-character digest of it (Discord's limit); the
   * sandbox keeps it with the message for good (no window).
   * @see https://discord.com/developers/docs/resources/message#create-message
   */
  nonce?: string;
}

/** A message the platform posted: where it is, to edit, delete or link it later. */
export interface SentMessage {
  /** The message's id (a snowflake on Discord). */
  id: string;
  /** The channel it was posted in (the DM channel for a direct message). */
  channelId: string;
}

/** How a direct message reached the member (see `sendDirectMessage`). */
export interface DirectMessageResult {
  /**
   * `dm` when delivered privately, `channel` when it fell back to a channel mention, `none`
   * when neither was possible; `queued` when a unit of work queued it in the outbox (it is
   * sent, DM or fallback, after the unit commits).
   */
  deliveredVia: 'dm' | 'channel' | 'none' | 'queued';
  /** The message posted, or null when `none`. */
  message: SentMessage | null;
}
