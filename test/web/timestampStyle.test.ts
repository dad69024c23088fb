import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../web/src/sandbox/markdown/timestampStyle.js';

const at = (iso: string): number => Date.parse(iso);

describe('relative timestamps (style R)', () => {
  it('follows the elapsed time, not the calendar: two hours ahead across midnight is "in 2 hours"', () => {
    const now = at('2026-12-02T22:13:00Z');
    expect(formatTimestamp(now + 2 * 3_600_000 + 600_000, 'R', now)).toBe('in 2 hours');
    expect(formatTimestamp(now - 3 * 3_600_000, 'R', now)).toBe('3 hours ago');
  });

  it('uses the largest unit the distance reaches', () => {
    const now = at('2026-06-15T12:00:00Z');
    expect(formatTimestamp(now + 30_000, 'R', now)).toBe('in 30 seconds');
    expect(formatTimestamp(now + 5 * 60_000, 'R', now)).toBe('in 5 minutes');
    expect(formatTimestamp(now + 26 * 3_600_000, 'R', now)).toBe('tomorrow');
    expect(formatTimestamp(now - 3 * 86_400_000, 'R', now)).toBe('3 days ago');
    expect(formatTimestamp(now - 65 * 86_400_000, 'R', now)).toBe('2 months ago');
    expect(formatTimestamp(now + 800 * 86_400_000, 'R', now)).toBe('in 2 years');
  });
});
