// The announcements part's events: payload types (merged into core's EventPayloads) and a summary each;
// `crosspostEvents` joins the parts' definitions. No member-written text in payloads: the
// title and text stay in crosspost_posts, which erase covers.
import type { EventDefinition } from '../../../core/defineEvents.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A staff member published an announcement: posted on Discord (or not) and queued for each enabled target. */
    'crosspost.published': { postId: string; authorId: string; discordChannelId: string | null; targets: string[] };
    /** An outgoing webhook accepted an announcement (a 2xx answer). */
    'crosspost.delivered': { postId: string; targetId: string; platform: string; attempt: number; httpStatus: number };
    /** Delivery to an outgoing webhook failed for good (after its last attempt, or not configured). */
    'crosspost.failed': {
      postId: string;
      targetId: string;
      platform: string;
      attempts: number;
      /** The last HTTP status, or null when no answer came (network error, missing URL). */
      httpStatus: number | null;
    };
  }
}

type AnnouncementEventType = 'crosspost.published' | 'crosspost.delivered' | 'crosspost.failed';

/** A summary line for each of the part's event types. */
export const announcementsEvents: { [T in AnnouncementEventType]: EventDefinition<T> } = {
  'crosspost.published': {
    summary: (p, n) =>
      `${n.user(p.authorId)} published announcement ${p.postId}${p.discordChannelId === null ? '' : ` in ${n.channel(p.discordChannelId)}`} to ${p.targets.length} outgoing target(s)`,
  },
  'crosspost.delivered': {
    summary: (p) =>
      `announcement ${p.postId} delivered to ${p.targetId} (${p.platform}, HTTP ${p.httpStatus}, attempt ${p.attempt})`,
  },
  'crosspost.failed': {
    summary: (p) =>
      `announcement ${p.postId} could not be delivered to ${p.targetId} (${p.platform}) after ${p.attempts} attempt(s)${p.httpStatus === null ? '' : `, last HTTP ${p.httpStatus}`}`,
  },
};
