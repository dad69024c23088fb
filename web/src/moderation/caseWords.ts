import type { ModerationCase } from './moderationApi.js';

/** Every case kind, in the order the kind filter lists them. */
export const CASE_KINDS: readonly ModerationCase['kind'][] = [
  'warn',
  'timeout',
  'kick',
  'ban',
  'delete',
  'flag',
  'unban',
  'untimeout',
  'lockdown',
  'lockdown_end',
];

/** A case's stored status in words. */
export const STATUS_WORDS: Record<ModerationCase['status'], string> = {
  active: 'open',
  expired: 'expired',
  revoked: 'revoked',
  overturned: 'overturned',
};

/**
 * What automod matched, from an automod case's reason (`Rule name: what it saw`), without the
 * rule's name in front.
 * @param c - the case
 */
export function matchedPart(c: ModerationCase): string | null {
  if (c.rule === null) return null;
  const prefix = `${c.rule.name ?? c.rule.id}: `;
  return c.reason.startsWith(prefix) ? c.reason.slice(prefix.length) : c.reason;
}

/**
 * A channel as the page can name it without the platform's channel list: `#…1234`.
 * @param channelId - the channel id
 */
export function shortChannel(channelId: string): string {
  return `#…${channelId.slice(-4)}`;
}
