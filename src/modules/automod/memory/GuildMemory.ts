import type { MessageText } from '../text/MessageText.js';
import { BoundedMap } from './BoundedMap.js';

/** A recent message of a member, as automod remembers it. */
export interface RecentMessage {
  messageId: string;
  channelId: string;
  authorId: string;
  text: MessageText;
  attachmentCount: number;
  /** Epoch ms. */
  at: number;
}

/** A recent join. */
export interface RecentJoin {
  userId: string;
  /** Epoch ms. */
  at: number;
}

/** A rule that fired for a member (or the whole server), and whom it already acted on. */
export interface RuleFiring {
  /** Epoch ms until which a new match is the same incident. */
  until: number;
  /** Members already sanctioned for this incident. */
  sanctioned: Set<string>;
}

/** Messages kept per member (a flood beyond this is already a flood). */
const MAX_PER_MEMBER = 50;
/** Members whose messages are kept; past it, the member who posted least recently is forgotten. */
const MAX_MEMBERS = 20_000;
/** Joins kept (above `join_rate`'s largest `joins`, 1000). */
const MAX_JOINS = 5_000;
/** Incidents in their cooldown kept (the oldest started is forgotten first). */
const MAX_FIRINGS = 10_000;
/** Ids of deleted messages kept. */
const MAX_DELETED = 10_000;
/** A sweep of idle members every this many messages. */
const SWEEP_EVERY = 2000;

/** What a server's memory holds about one member (for a member's data export). */
export interface MemberRecollection {
  messages: RecentMessage[];
  joins: RecentJoin[];
  /** Incidents (`<rule id>:<member id | guild>`) in their cooldown that sanctioned the member. */
  incidents: string[];
}

/**
 * What automod remembers about one server, in memory: each member's messages of the last
 * `retainMs` (the longest window of any rule), recent joins, messages already deleted and
 * rules in their cooldown. Every part is bounded (messages per member, members, joins,
 * incidents, deleted ids), so a flood costs a fixed amount of memory. Forgotten on restart,
 * which costs at most one window of history. Times are the events' own (`occurredAt`), so a
 * replay remembers the same.
 */
export class GuildMemory {
  readonly #retainMs: number;
  readonly #messages = new BoundedMap<string, RecentMessage[]>(MAX_MEMBERS);
  #joins: RecentJoin[] = [];
  readonly #deleted = new Set<string>();
  readonly #firings = new BoundedMap<string, RuleFiring>(MAX_FIRINGS);
  #sinceSweep = 0;

  /** @param retainMs - how long messages and joins are kept */
  constructor(retainMs: number) {
    this.#retainMs = Math.max(retainMs, 1000);
  }

  /**
   * Remembers a message (and forgets its author's messages older than the retention).
   * @param message - the new message
   */
  recordMessage(message: RecentMessage): void {
    const list = this.#messages.get(message.authorId) ?? [];
    list.push(message);
    const oldest = message.at - this.#retainMs;
    let drop = 0;
    while (drop < list.length && (list[drop]?.at ?? 0) < oldest) drop += 1;
    if (list.length - drop > MAX_PER_MEMBER) drop = list.length - MAX_PER_MEMBER;
    if (drop > 0) list.splice(0, drop);
    // Set again: the member who posted last is the newest (the least recent is forgotten first).
    this.#messages.set(message.authorId, list);
    this.#sinceSweep += 1;
    if (this.#sinceSweep >= SWEEP_EVERY) this.#sweep(message.at);
  }

  /**
   * A member's remembered messages posted at or after `since`, oldest first.
   * @param authorId - the member
   * @param since - epoch ms
   */
  messagesSince(authorId: string, since: number): RecentMessage[] {
    const list = this.#messages.get(authorId);
    if (list === undefined) return [];
    return list.filter((m) => m.at >= since);
  }

  /**
   * Remembers a join.
   * @param join - who joined and when
   */
  recordJoin(join: RecentJoin): void {
    this.#joins.push(join);
    const oldest = join.at - this.#retainMs;
    if ((this.#joins[0]?.at ?? join.at) < oldest) this.#joins = this.#joins.filter((j) => j.at >= oldest);
    if (this.#joins.length > MAX_JOINS) this.#joins = this.#joins.slice(-MAX_JOINS);
  }

  /** Joins at or after `since`, oldest first. */
  joinsSince(since: number): RecentJoin[] {
    return this.#joins.filter((j) => j.at >= since);
  }

  /**
   * Marks a message deleted; false when it already was.
   * @param messageId - the message
   */
  markDeleted(messageId: string): boolean {
    if (this.#deleted.has(messageId)) return false;
    this.#deleted.add(messageId);
    // Bounded: ids of long-gone messages are of no use.
    if (this.#deleted.size > MAX_DELETED) {
      const first = this.#deleted.values().next();
      if (first.done !== true) this.#deleted.delete(first.value);
    }
    return true;
  }

  /** True when a message was deleted by automod. */
  isDeleted(messageId: string): boolean {
    return this.#deleted.has(messageId);
  }

  /**
   * The ongoing incident of a rule for a member (or `guild`), or undefined once its cooldown passed.
   * @param key - `<rule id>:<member id | guild>`
   * @param at - epoch ms now
   */
  firing(key: string, at: number): RuleFiring | undefined {
    const firing = this.#firings.get(key);
    if (firing === undefined) return undefined;
    if (firing.until <= at) {
      this.#firings.delete(key);
      return undefined;
    }
    return firing;
  }

  /**
   * Starts an incident of a rule for a member (or the whole server).
   * @param key - `<rule id>:<member id | guild>`
   * @param firing - its cooldown end and who was sanctioned
   */
  startFiring(key: string, firing: RuleFiring): void {
    this.#firings.set(key, firing);
  }

  /**
   * What is remembered about a member: their recent messages and joins, and the incidents
   * that sanctioned them.
   * @param userId - the member
   */
  recall(userId: string): MemberRecollection {
    const incidents: string[] = [];
    for (const [key, firing] of this.#firings.entries()) {
      if (key.endsWith(`:${userId}`) || firing.sanctioned.has(userId)) incidents.push(key);
    }
    return {
      messages: [...(this.#messages.get(userId) ?? [])],
      joins: this.#joins.filter((j) => j.userId === userId),
      incidents,
    };
  }

  /**
   * Forgets a member (an erase): their messages, joins, their incidents and their name in
   * the server's incidents. Messages they had deleted stay marked (ids only).
   * @param userId - the member
   * @returns how many remembered entries went or changed
   */
  forget(userId: string): number {
    let changed = this.#messages.get(userId)?.length ?? 0;
    this.#messages.delete(userId);
    const joins = this.#joins.filter((j) => j.userId !== userId);
    changed += this.#joins.length - joins.length;
    this.#joins = joins;
    const own = [...this.#firings.entries()].filter(([key]) => key.endsWith(`:${userId}`)).map(([key]) => key);
    for (const key of own) this.#firings.delete(key);
    changed += own.length;
    for (const [, firing] of this.#firings.entries()) if (firing.sanctioned.delete(userId)) changed += 1;
    return changed;
  }

  #sweep(now: number): void {
    this.#sinceSweep = 0;
    const oldest = now - this.#retainMs;
    const idle = [...this.#messages.entries()].filter(([, list]) => (list[list.length - 1]?.at ?? 0) < oldest);
    for (const [authorId] of idle) this.#messages.delete(authorId);
    const ended = [...this.#firings.entries()].filter(([, firing]) => firing.until <= now);
    for (const [key] of ended) this.#firings.delete(key);
  }
}
