import { describe, expect, it } from 'vitest';
import type { DateRangeChoice } from '../../web/src/analytics/dateRange.js';
import { RangeEcho } from '../../web/src/analytics/rangeEcho.js';

const last7: DateRangeChoice = { preset: '7', from: '2026-11-25', to: '2026-12-01' };
const halfCustom: DateRangeChoice = { preset: 'custom', from: '2026-09-21', to: '2026-12-01' };
const custom: DateRangeChoice = { preset: 'custom', from: '2026-09-21', to: '2026-10-11' };

describe('the date picker and the late URL (RangeEcho)', () => {
  it('keeps what was typed when the echoes of earlier requests arrive late', () => {
    // The member picks 7 days, then types both dates before the router applies the first change.
    const echo = new RangeEcho();
    echo.sent(last7);
    echo.sent(halfCustom);
    echo.sent(custom);
    expect(echo.shouldShow(last7)).toBe(false);
    expect(echo.shouldShow(halfCustom)).toBe(false);
    expect(echo.shouldShow(custom)).toBe(false);
  });

  it('skips echoes the router merged into a later one', () => {
    const echo = new RangeEcho();
    echo.sent(last7);
    echo.sent(halfCustom);
    echo.sent(custom);
    expect(echo.shouldShow(custom)).toBe(false);
    // Back to 7 days after that is the member's own move: the inputs follow it.
    expect(echo.shouldShow(last7)).toBe(true);
  });

  it('shows a range nobody here asked for (Back / Forward, a shared link)', () => {
    const echo = new RangeEcho();
    expect(echo.shouldShow(custom)).toBe(true);
    echo.sent(last7);
    expect(echo.shouldShow(halfCustom)).toBe(true);
    // The forgotten request does not hide a later visit to the same range.
    expect(echo.shouldShow(last7)).toBe(true);
  });
});
