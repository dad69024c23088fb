import { afterEach, describe, expect, it } from 'vitest';
import { AnalyticsConfig } from '../../src/modules/analytics/AnalyticsConfig.js';
import { analyticsDb } from '../../src/modules/analytics/AnalyticsTables.js';
import { kpiValues } from '../../src/modules/analytics/metrics/kpiValues.js';
import { runEndedEvent, users } from './attendanceFixture.js';
import { DAY, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';

let t: EventsCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('attendance-rate KPI in analytics', () => {
  it('analytics keeps each ended event and reports attended / going over the last complete week', async () => {
    t = await openEventsCommunity({ reminders: [] }, { sections: { analytics: {} } });
    const [sam, kenji, lena, tomas, priya] = await users(t, ['sam', 'kenji', 'lena', 'tomas', 'priya']);
    await runEndedEvent(t, { id: 'ws-1', going: [sam, kenji], attendees: [sam] });
    await runEndedEvent(t, { id: 'ama-1', type: 'ama', going: [lena, tomas], attendees: [lena, priya] });
    // Held in a café: attendance is not measured, so it does not count against the rate.
    await runEndedEvent(t, { id: 'meetup-1', going: [sam, kenji], attendees: [], location: 'Café Lumen' });

    const rows = await analyticsDb(t.c.store.db)
      .selectFrom('analytics_event_attendance')
      .select(['event_id', 'event_type', 'going', 'attended'])
      .orderBy('event_id')
      .execute();
    expect(rows).toEqual([
      { event_id: 'ama-1', event_type: 'ama', going: 2, attended: 1 },
      { event_id: 'ws-1', event_type: 'workshop', going: 2, attended: 1 },
    ]);
    const config = AnalyticsConfig.parse({});
    const kpi = async (at: number) => (await kpiValues(t!.c.store.db, t!.guildId, at, config)).event_attendance_rate;
    // Today is not a complete day yet; tomorrow the week holds both events; 8 days on, neither.
    expect(await kpi(t.now())).toBeNull();
    expect(await kpi(t.now() + DAY)).toBe(2 / 4);
    expect(await kpi(t.now() + 8 * DAY)).toBeNull();
  });
});
