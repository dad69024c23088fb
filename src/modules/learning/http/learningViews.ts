import type { LearningContext } from '../LearningContext.js';

/** What the dashboard views read: the store, the clock, the config, the member directory and the platform (names). */
export type LearningViewContext = Pick<LearningContext, 'db' | 'members' | 'platform' | 'clock' | 'config'>;

/**
 * A JSON list column as strings (a malformed or non-list value reads as empty).
 * @param text - the column's JSON text
 */
export function jsonList(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The Discord link of a thread, or null.
 * @param guildId - the guild
 * @param threadId - the thread, or null
 */
export function threadUrl(guildId: string, threadId: string | null): string | null {
  return threadId === null ? null : `https://discord.com/channels/${guildId}/${threadId}`;
}

/**
 * A member with their display name (their id when none is known).
 * @param names - display names by id
 * @param userId - the member
 */
export function named(names: ReadonlyMap<string, string>, userId: string): { userId: string; name: string } {
  return { userId, name: names.get(userId) ?? userId };
}
