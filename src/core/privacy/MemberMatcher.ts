import type { Json } from '../DomainEvent.js';

/** Who is being exported or erased: their id and every name they were known by. */
export interface MemberIdentity {
  userId: string;
  /** Usernames, display names and nicknames (any order, duplicates allowed). */
  names: readonly string[];
}

/** What an erased user id becomes in text and JSON. */
export const ERASED_ID = 'erased';

/** What an erased name becomes in text and JSON. */
export const ERASED_NAME = '[erased]';

/** Names shorter than this are only replaced where a whole value equals them, never inside text. */
export const MIN_NAME_IN_TEXT = 3;

/** Keys that hold the names of the member an object is about (its `userId`). */
const NAME_KEYS: readonly string[] = ['username', 'displayName', 'nickname'];

/** Keys of message text a member wrote (blanked in their own events and evidence copies). */
const CONTENT_KEYS = ['content', 'matchedContent'] as const;

/**
 * Finds and removes one member in text and JSON: their id anywhere (also inside composite
 * ids such as `sandbox:member.joined:<id>:…` and mentions `<@id>`), and their names as whole
 * words, case-insensitively.
 */
export class MemberMatcher {
  readonly userId: string;
  /** Distinct names, longest first (so a longer name is replaced before a name inside it). */
  readonly names: readonly string[];
  readonly #exact: ReadonlySet<string>;
  readonly #inText: RegExp | null;

  /** @param identity - the member's id and names */
  constructor(identity: MemberIdentity) {
    this.userId = identity.userId;
    const names = new Map<string, string>();
    for (const raw of identity.names) {
      const name = raw.trim();
      if (name === '' || name === identity.userId) continue;
      names.set(name.toLowerCase(), name);
    }
    this.names = [...names.values()].sort((a, b) => b.length - a.length);
    this.#exact = new Set(names.keys());
    const inText = this.names.filter((n) => n.length >= MIN_NAME_IN_TEXT).map(escapeRegExp);
    this.#inText =
      inText.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${inText.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  }

  /**
   * Substrings to look for in the database before matching exactly (SQL `LIKE` on
   * lower-cased text): the id, each name, and each name as it appears inside JSON.
   */
  needles(options: { names?: boolean } = {}): string[] {
    const out = new Set<string>([this.userId]);
    if (options.names !== false) {
      for (const name of this.names) {
        out.add(name.toLowerCase());
        out.add(JSON.stringify(name).slice(1, -1).toLowerCase());
      }
    }
    return [...out];
  }

  /**
   * True when the text holds the member's id or one of their names.
   * @param text - any text
   */
  mentions(text: string): boolean {
    if (text.includes(this.userId)) return true;
    if (this.#exact.has(text.trim().toLowerCase())) return true;
    if (this.#inText === null) return false;
    this.#inText.lastIndex = 0;
    return this.#inText.test(text);
  }

  /**
   * The text without the member's id (→ `erased`) and names (→ `[erased]`).
   * @param text - any text
   */
  scrubText(text: string): string {
    if (this.#exact.has(text.trim().toLowerCase())) return ERASED_NAME;
    let out = this.scrubIds(text);
    if (this.#inText !== null) out = out.replace(this.#inText, ERASED_NAME);
    return out;
  }

  /**
   * The text without the member's id (→ `erased`); names stay.
   * @param text - any text
   */
  scrubIds(text: string): string {
    return text.split(this.userId).join(ERASED_ID);
  }

  /**
   * A JSON value without the member: ids and names scrubbed in every string (keys too), and
   * message text they wrote blanked: `content` of any object they authored (`authorId`).
   * The name fields of an object about another member (`userId`) keep that member's names.
   * @param value - any JSON value
   * @param replaceIds - exact string values to swap (an erased event's old id → its tombstone)
   */
  scrubJson(value: Json, replaceIds: ReadonlyMap<string, string> = new Map()): Json {
    if (typeof value === 'string') return replaceIds.get(value) ?? this.scrubText(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubJson(v, replaceIds));
    if (value === null || typeof value !== 'object') return value;
    const authored = value.authorId === this.userId;
    // Another member's own name fields stay theirs, even when they share a name with this one.
    const someoneElse = typeof value.userId === 'string' && value.userId !== this.userId && value.userId !== ERASED_ID;
    const out: { [key: string]: Json } = {};
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && authored && (CONTENT_KEYS as readonly string[]).includes(key)) out[key] = '';
      else if (typeof inner === 'string' && someoneElse && NAME_KEYS.includes(key)) out[key] = this.scrubIds(inner);
      else out[this.scrubText(key)] = this.scrubJson(inner, replaceIds);
    }
    return out;
  }

  /**
   * Parses text as a JSON object or array when it is one (JSON columns), else null.
   * @param text - a column's value
   */
  static parseJson(text: string): Json | null {
    const first = text.trimStart()[0];
    if (first !== '{' && first !== '[') return null;
    try {
      return JSON.parse(text) as Json;
    } catch {
      return null;
    }
  }

  /**
   * Scrubs a text column's value: as JSON when it is a JSON object or array, else as text.
   * @param text - the stored value
   */
  scrubStored(text: string): string {
    const json = MemberMatcher.parseJson(text);
    return json === null ? this.scrubText(text) : JSON.stringify(this.scrubJson(json));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
