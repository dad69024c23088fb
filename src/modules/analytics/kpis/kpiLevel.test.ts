import { describe, expect, it } from 'vitest';
import { kpiLevel } from './kpiLevel.js';
import { kpiStatuses } from './kpiStatuses.js';

describe('KPI levels', () => {
  it('reads higher-is-better KPIs: critical at or below the threshold, warning below the target', () => {
    const kpi = { target: 500, critical: 200 };
    expect([150, 200, 201, 499, 500, 800].map((v) => kpiLevel(v, kpi))).toEqual([
      'critical',
      'critical',
      'warning',
      'warning',
      'ok',
      'ok',
    ]);
  });

  it('reads lower-is-better KPIs (response time): critical at or above the threshold', () => {
    const kpi = { target: 2, critical: 6 };
    expect([1, 2, 2.5, 6, 9].map((v) => kpiLevel(v, kpi))).toEqual(['ok', 'ok', 'warning', 'critical', 'critical']);
  });

  it('never gives a level to a value that is not measurable', () => {
    expect(kpiLevel(null, { target: 1, critical: 0 })).toBeNull();
    expect(kpiLevel(Number.NaN, { target: 1, critical: 0 })).toBeNull();
  });

  it('lists every configured KPI in order with its value as shown', () => {
    const statuses = kpiStatuses(
      {
        messages_per_day: { target: 500, critical: 200 },
        retention_rate_7d: { target: 0.75, critical: 0.6 },
        custom: { target: 3, critical: 1 },
      },
      { messages_per_day: 321.25, retention_rate_7d: null },
    );
    expect(statuses.map((s) => [s.kpi, s.label, s.shown, s.level])).toEqual([
      ['messages_per_day', 'Messages per day', '321.3', 'warning'],
      ['retention_rate_7d', '7-day retention', 'n/a', null],
      ['custom', 'custom', 'n/a', null],
    ]);
  });
});
