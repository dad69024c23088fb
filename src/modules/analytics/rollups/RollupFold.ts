import type { DomainEvent, DomainEventOf } from '../../../core/DomainEvent.js';
import { dayOf } from '../AnalyticsTables.js';
import type { Counts, DayCounts } from './bumpCounts.js';
import { answeredTopics, startsTopic } from './topics.js';

/** A topic the batch starts, with its place in the batch (responses before it do not count). */
export interface FoldedTopic {
  messageId: string;
  channelId: string;
  authorId: string;
  postedAt: number;
  index: number;
}

/** A human message as a candidate first response to the topics it answers. */
export interface FoldedResponse {
  /** The topics it answers: the message it replies to and the thread it is in. */
  answered: readonly string[];
  authorId: string;
  at: number;
  index: number;
}

/** A member's counts of one day. */
export interface FoldedMemberDay {
  userId: string;
  day: number;
  counts: Required<Counts>;
}

/** A channel's counts of one day. */
export interface FoldedChannelDay {
  channelId: string;
  day: number;
  counts: Required<Counts>;
}

/**
 * What a batch of one guild's events adds to the rollups, summed in memory: what the per-event
 * handlers of rollupHandlers.ts would add one statement at a time, with the same rules (bots
 * skipped, a reply counted as a message and a reply, topics and their responses).
 */
export class RollupFold {
  readonly days = new Map<number, Required<DayCounts>>();
  readonly memberDays = new Map<string, FoldedMemberDay>();
  readonly channelDays = new Map<string, FoldedChannelDay>();
  readonly topics: FoldedTopic[] = [];
  readonly responses: FoldedResponse[] = [];

  /**
   * Sums the events.
   * @param events - one guild's events, in order (types the analytics module handles)
   * @param bots - users the member directory knows as bots (reactions, departures, thread owners)
   */
  constructor(events: readonly DomainEvent[], bots: ReadonlySet<string>) {
    events.forEach((event, index) => this.#add(event, index, bots));
  }

  #add(event: DomainEvent, index: number, bots: ReadonlySet<string>): void {
    if (event.type === 'message.created') this.#message(event, index);
    else if (event.type === 'reaction.added') {
      const p = event.payload;
      if (bots.has(p.userId)) return;
      const day = dayOf(event.occurredAt);
      this.#day(day, { reactions: 1 });
      this.#memberDay(p.userId, day, { reactions: 1 });
      this.#channelDay(p.channelId, day, { reactions: 1 });
    } else if (event.type === 'member.joined') {
      if (!event.payload.bot) this.#day(dayOf(event.payload.joinedAt), { joins: 1 });
    } else if (event.type === 'member.left') {
      if (!bots.has(event.payload.userId)) this.#day(dayOf(event.occurredAt), { leaves: 1 });
    } else if (event.type === 'thread.created') {
      const p = event.payload;
      if (p.ownerId === null || bots.has(p.ownerId)) return;
      this.topics.push({
        messageId: p.threadId,
        channelId: p.parentId ?? p.threadId,
        authorId: p.ownerId,
        postedAt: event.occurredAt,
        index,
      });
    }
  }

  #message(event: DomainEventOf<'message.created'>, index: number): void {
    const p = event.payload;
    if (p.authorBot) return;
    const day = dayOf(event.occurredAt);
    const by = { messages: 1, replies: p.referencedMessageId === null ? 0 : 1 };
    this.#day(day, by);
    this.#memberDay(p.authorId, day, by);
    this.#channelDay(p.channelId, day, by);
    const answered = answeredTopics(p);
    if (answered.length > 0) this.responses.push({ answered, authorId: p.authorId, at: event.occurredAt, index });
    if (startsTopic(p)) {
      this.topics.push({
        messageId: p.messageId,
        channelId: p.channelId,
        authorId: p.authorId,
        postedAt: event.occurredAt,
        index,
      });
    }
  }

  #day(day: number, by: DayCounts): void {
    const row = this.days.get(day) ?? { messages: 0, replies: 0, reactions: 0, joins: 0, leaves: 0 };
    addCounts(row, by);
    this.days.set(day, row);
  }

  #memberDay(userId: string, day: number, by: Counts): void {
    const key = `${userId}:${day}`;
    const row = this.memberDays.get(key) ?? { userId, day, counts: { messages: 0, replies: 0, reactions: 0 } };
    addCounts(row.counts, by);
    this.memberDays.set(key, row);
  }

  #channelDay(channelId: string, day: number, by: Counts): void {
    const key = `${channelId}:${day}`;
    const row = this.channelDays.get(key) ?? { channelId, day, counts: { messages: 0, replies: 0, reactions: 0 } };
    addCounts(row.counts, by);
    this.channelDays.set(key, row);
  }
}

/**
 * Users whose bot flag the fold needs from the member directory (the events that carry none).
 * @param events - the batch
 */
export function usersToCheckForBots(events: readonly DomainEvent[]): Set<string> {
  const users = new Set<string>();
  for (const event of events) {
    if (event.type === 'reaction.added' || event.type === 'member.left') users.add(event.payload.userId);
    else if (event.type === 'thread.created' && event.payload.ownerId !== null) users.add(event.payload.ownerId);
  }
  return users;
}

function addCounts<K extends string>(row: Record<K, number>, by: Partial<Record<K, number>>): void {
  for (const key of Object.keys(by) as K[]) row[key] += by[key] ?? 0;
}
