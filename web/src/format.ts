/**
 * Formats a count for a stat card: 1234 → "1,234".
 * @param value - the count
 */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Says how long ago a moment was, e.g. "just now", "5 min ago", "3 h ago", "2 d ago".
 * @param epochMs - the moment
 * @param now - the current time
 */
export function timeAgo(epochMs: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - epochMs) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

/**
 * Formats an hour bucket as a local clock time, e.g. "14:00".
 * @param epochMs - start of the hour
 */
export function hourLabel(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * Formats a message time, e.g. "14:05".
 * @param epochMs - when the message was sent
 */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * A stable colour for a member's avatar, derived from their id.
 * @param id - user id
 */
export function avatarColor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 55% 48%)`;
}

/**
 * A role colour as CSS; Discord's 0 means "no colour".
 * @param color - 24-bit RGB integer
 */
export function roleColor(color: number): string {
  return color === 0 ? '#99aab5' : `#${color.toString(16).padStart(6, '0')}`;
}
