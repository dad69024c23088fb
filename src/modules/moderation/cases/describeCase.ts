import type { ModerationAction } from '../moderationEvents.js';
import { describeDuration } from '../../../config/Duration.js';
import type { ModerationCase } from './ModerationCase.js';

const LABELS: Record<ModerationAction, string> = {
  warn: 'Warning',
  timeout: 'Timeout',
  kick: 'Kick',
  ban: 'Ban',
  unban: 'Unban',
  untimeout: 'Timeout lifted',
  delete: 'Messages deleted',
  flag: 'Flagged',
  lockdown: 'Lockdown',
  lockdown_end: 'Lockdown ended',
};

/**
 * A case's action in words: `Timeout (24 hours)`, `Ban (permanent)`, `Warning`.
 * @param c - the case
 */
export function describeAction(c: Pick<ModerationCase, 'action' | 'durationMs'>): string {
  const label = LABELS[c.action];
  if (c.action === 'ban') return `${label} (${c.durationMs === null ? 'permanent' : describeDuration(c.durationMs)})`;
  if (c.action === 'timeout' && c.durationMs !== null) return `${label} (${describeDuration(c.durationMs)})`;
  return label;
}

/**
 * Discord's relative timestamp markup (`in 3 days`), shown in each reader's time zone.
 * @param epochMs - the moment
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
export function relativeTime(epochMs: number): string {
  return `<t:${Math.floor(epochMs / 1000)}:R>`;
}

/**
 * One line about a case for /history: `#12 Timeout (24 hours) · strike · 3 days ago: spam`.
 * @param c - the case
 */
export function caseLine(c: ModerationCase): string {
  const flags = [
    c.strike ? (c.strikeDecayedAt !== null ? 'strike (decayed)' : 'strike') : null,
    c.status === 'active' ? null : c.status,
  ].filter((f) => f !== null);
  const reason = c.reason.length > 80 ? `${c.reason.slice(0, 79)}…` : c.reason;
  return `#${c.id} ${describeAction(c)}${flags.length > 0 ? ` · ${flags.join(' · ')}` : ''} · ${relativeTime(c.createdAt)}: ${reason}`;
}
