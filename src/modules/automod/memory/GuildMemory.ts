import type { MessageText } from '../text/MessageText.js';

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
/** A sweep of idle members every this many messages. */
const SWEEP_EVERY = 2000;

/**
 * What automod remembers about one server, in memory: each member's messages of the last
 * `retainMs` (the longest window of any rule), recent joins, messages already deleted and
 * rules in their cooldown. Forgotten on restart, which costs at most one window of history.
 * Times are the events' own (`occurredAt`), so a replay remembers the same.
 */
export class GuildMemory {
  readonly #retainMs: number;
  readonly #messages = new Map<string, RecentMessage[]>();
  #joins: RecentJoin[] = [];
  readonly #deleted = new Set<string>();
  readonly #firings = new Map<string, RuleFiring>();
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
    if (this.#deleted.size > 10_000) {
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

  #sweep(now: number): void {
    this.#sinceSweep = 0;
    const oldest = now - this.#retainMs;
    for (const [authorId, list] of this.#messages) {
      if ((list[list.length - 1]?.at ?? 0) < oldest) this.#messages.delete(authorId);
    }
    for (const [key, firing] of this.#firings) if (firing.until <= now) this.#firings.delete(key);
  }
}
