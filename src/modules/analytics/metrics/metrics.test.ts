import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D0, seedMetricsFixture, X, Y } from '../../../../test/analytics/metricsFixture.js';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { AnalyticsConfig } from '../AnalyticsConfig.js';
import { analyticsMigrations } from '../analyticsMigrations.js';
import { DAY_MS } from '../AnalyticsTables.js';
import { healthSeries } from '../health/healthScore.js';
import { activeMembers, activeSeries } from './activeMembers.js';
import { dayTotals, rangeTotals } from './dayTotals.js';
import { isoOfDay, mondayOf } from './DayRange.js';
import { firstResponse, firstResponseByChannel } from './firstResponse.js';
import { kpiValues } from './kpiValues.js';
import { membersAtDays } from './membersAt.js';
import { engagementRate, membershipRates } from './rates.js';
import { channelsOf, summaryOf } from './readModel.js';
import { activationRate, retentionCohorts, retentionRate } from './retention.js';
import { rebuildMemberActivity } from '../rollups/memberActivity.js';

// Every expected value below is computed by hand from the fixture described in
// test/analytics/metricsFixture.ts (D0 = Monday 2026-03-02).
const GUILD = '900000000000000001';
const R = { fromDay: D0, toDay: D0 + 27 };
const r = (from: number, to: number) => ({ fromDay: D0 + from, toDay: D0 + to });

describe(`analytics metrics on a hand-computed fixture (${testDialect})`, () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore([{ owner: 'analytics', migrations: analyticsMigrations }]);
    await seedMetricsFixture(store.db, GUILD);
    // The fixture writes member days directly: the bit sets the handlers would keep.
    await rebuildMemberActivity(store.db, GUILD);
  });
  afterAll(async () => {
    await store.destroy();
  });

  it('knows its calendar', () => {
    expect(isoOfDay(D0)).toBe('2026-03-02');
    expect(mondayOf(D0 + 6)).toBe(D0); // Sunday 03-08 is in the week of Monday 03-02
    expect(mondayOf(D0 + 7)).toBe(D0 + 7);
  });

  it('members at the end of each day: joined before the end, not left by then, humans with a known join', async () => {
    // D-1: A B H; D0: H left at 00:00 of D0, C joined; D2: +D; D8: B left; D9: +E; D10: +F; D20: E left.
    expect(await membersAtDays(store.db, GUILD, r(-1, 2))).toEqual([3, 3, 3, 4]);
    expect(await membersAtDays(store.db, GUILD, r(7, 10))).toEqual([4, 3, 4, 5]);
    expect(await membersAtDays(store.db, GUILD, r(19, 21))).toEqual([5, 4, 4]);
  });

  it('new, left, churn and growth over the four weeks', async () => {
    // Start (end of D-1) 3, end (D27) 4; joins C D E F = 4; leaves H B E = 3.
    expect(await membershipRates(store.db, GUILD, R)).toEqual({
      membersAtStart: 3,
      members: 4,
      joins: 4,
      leaves: 3,
      churnRate: 1, // 3 / 3
      growthRate: 1 / 3, // (4 − 3) / 3
    });
  });

  it('messages per day, totals and the engagement rate', async () => {
    expect(await rangeTotals(store.db, GUILD, R)).toEqual({
      messages: 40, // 10 + 6 + 8 + 4 + 2 + 10
      replies: 12, // 4 + 2 + 1 + 5
      reactions: 7, // 2 + 1 + 3 + 1
      joins: 4,
      leaves: 3,
    });
    const days = await dayTotals(store.db, GUILD, r(0, 2));
    expect(days.map((d) => d.messages)).toEqual([10, 0, 6]);
    // 40 messages / 28 days / 4 members at the end.
    expect(await engagementRate(store.db, GUILD, R)).toBeCloseTo(40 / 28 / 4, 10);
  });

  it('active members, DAU, WAU, MAU', async () => {
    expect(await activeMembers(store.db, GUILD, R)).toBe(5); // A B C D F
    // D8–D20: C (posted), A (reacted), D (replied D13), F (posted) → 4; interacted: A, D → 2.
    expect(await activeMembers(store.db, GUILD, r(8, 20))).toBe(4);
    expect(await activeMembers(store.db, GUILD, r(8, 20), 'interacted')).toBe(2);
    const series = await activeSeries(store.db, GUILD, r(0, 30));
    const at = (offset: number) => series[offset];
    expect(at(0)).toEqual({ day: D0, dau: 3, wau: 3, mau: 3 }); // A B C
    expect(at(2)).toEqual({ day: D0 + 2, dau: 2, wau: 4, mau: 4 }); // A D; week A B C D
    expect(at(8)).toEqual({ day: D0 + 8, dau: 2, wau: 3, mau: 4 }); // C A; week D2–D8 A D C
    expect(at(9)).toEqual({ day: D0 + 9, dau: 0, wau: 3, mau: 4 }); // week D3–D9: D(D5) C A
    expect(at(15)).toEqual({ day: D0 + 15, dau: 0, wau: 1, mau: 4 }); // week D9–D15: D
    expect(at(20)).toEqual({ day: D0 + 20, dau: 1, wau: 1, mau: 5 }); // F; month D-9–D20: A B C D F
    expect(at(27)).toEqual({ day: D0 + 27, dau: 2, wau: 2, mau: 5 }); // A F
    expect(at(30)).toEqual({ day: D0 + 30, dau: 0, wau: 2, mau: 4 }); // month D1–D30: B (D0 only) drops out
  });

  it('retention by weekly join cohort, windows reported once over', async () => {
    // Week of D0: C (start D0; active D0, D8), D (start D2; active D2, D5, D13).
    // Week of D7: E (D9; never active), F (D10; active D20, D27). As of D40.
    const cohorts = await retentionCohorts(store.db, GUILD, R, 'join', D0 + 40);
    expect(cohorts).toEqual([
      {
        week: D0,
        size: 2,
        retention7d: 0.5, // D on day 3
        retention30d: 1, // C on day 8, D on day 3
        // Weeks: 1–7 D; 8–14 C (8) and D (11); 15–21 none; 22–28 none; 29–35 none (over: D2+35 = D37);
        // 36–42 not over (D2 + 42 = D44 > D40).
        weeks: [0.5, 1, 0, 0, 0, null, null, null, null, null, null, null],
      },
      {
        week: D0 + 7,
        size: 2,
        retention7d: 0,
        retention30d: 0.5, // F on days 10 and 17
        // 1–7 none; 8–14 F (10); 15–21 F (17); 22–28 none; 29–35 not over (D10 + 35 = D45).
        weeks: [0, 0.5, 0.5, 0, null, null, null, null, null, null, null, null],
      },
    ]);
  });

  it('retention by first-message cohort', async () => {
    // First messages in the range: D (D2), C (D8), F (D20); G's (D-5) is before it.
    const cohorts = await retentionCohorts(store.db, GUILD, R, 'first-message', D0 + 40);
    expect(cohorts.map((c) => [c.week, c.size, c.retention7d, c.retention30d])).toEqual([
      [D0, 1, 1, 1], // D: active day 3 and day 11
      [D0 + 7, 1, 0, 0], // C: nothing after D8
      [D0 + 14, 1, 1, null], // F: day 7 (D27); the 30-day window ends D50 > D40
    ]);
  });

  it('retention rate and activation', async () => {
    // Joined D2–D8: D only, active on D5 (day 3) → 1.
    expect(await retentionRate(store.db, GUILD, r(2, 8), 7)).toBe(1);
    // Joined D9–D15: E, F; none active in days 1–7 → 0.
    expect(await retentionRate(store.db, GUILD, r(9, 15), 7)).toBe(0);
    expect(await retentionRate(store.db, GUILD, r(14, 20), 7)).toBeNull();
    // Joiners C D E F; only D posted within 7 days of joining (C only reacted; F posted on day 10).
    expect(await activationRate(store.db, GUILD, R)).toBe(0.25);
  });

  it('time to first response: median, p90 and answered share, overall and per channel', async () => {
    // Answered: 0.5, 1, 2, 3, 26 h of 7 topics.
    expect(await firstResponse(store.db, GUILD, R)).toEqual({
      topics: 7,
      answered: 5,
      answeredShare: 5 / 7,
      medianHours: 2,
      p90Hours: 26, // nearest rank: ceil(0.9 × 5) = 5th
    });
    const byChannel = await firstResponseByChannel(store.db, GUILD, R, [X, Y]);
    // X: T1 1 h, T2 3 h, T5 26 h, T6 2 h → median (2 + 3) / 2; p90 4th of 4.
    expect(byChannel.get(X)).toEqual({ topics: 4, answered: 4, answeredShare: 1, medianHours: 2.5, p90Hours: 26 });
    expect(byChannel.get(Y)).toEqual({ topics: 3, answered: 1, answeredShare: 1 / 3, medianHours: 0.5, p90Hours: 0.5 });
    expect(await firstResponse(store.db, GUILD, r(0, 0), X)).toMatchObject({ topics: 2, medianHours: 2 });
  });

  it('per channel over the range, busiest first', async () => {
    const { channels } = await channelsOf(store.db, GUILD, R);
    expect(channels.map((c) => [c.channelId, c.messages, c.replies, c.reactions])).toEqual([
      [X, 32, 10, 6], // 10 + 8 + 4 + 10; 4 + 1 + 5; 2 + 3 + 1
      [Y, 8, 2, 1],
    ]);
  });

  it('the summary of the range', async () => {
    const s = await summaryOf(store.db, GUILD, R);
    expect(s).toEqual({
      range: { from: '2026-03-02', to: '2026-03-29', days: 28 },
      members: 4,
      membersAtStart: 3,
      joins: 4,
      leaves: 3,
      churnRate: 1,
      growthRate: 1 / 3,
      messages: 40,
      replies: 12,
      reactions: 7,
      messagesPerDay: 40 / 28,
      dau: 2,
      wau: 2,
      mau: 5,
      stickiness: 0.4,
      activeMembers: 5,
      engagementRate: 40 / 28 / 4,
      activationRate: 0.25,
      firstResponse: { topics: 7, answered: 5, answeredShare: 5 / 7, medianHours: 2, p90Hours: 26 },
    });
  });

  it('the KPI values as of D16 01:00 (window D9–D15)', async () => {
    const config = AnalyticsConfig.parse({});
    const values = await kpiValues(store.db, GUILD, (D0 + 16) * DAY_MS + 3_600_000, config);
    expect(values).toEqual({
      new_members_daily: 2 / 7, // E, F
      retention_rate_7d: 1, // joined D2–D8: D, active on D5
      active_members_percentage: 1 / 5, // WAU D9–D15: D; members at the end of D15: A C D E F
      messages_per_day: 4 / 7, // D13
      event_attendance_rate: null,
      tutorial_completion_rate: null,
      member_satisfaction_score: null,
      support_response_time_hours: 14, // T5 26 h, T6 2 h (T7 unanswered) → (2 + 26) / 2
      content_engagement_rate: 1 / 5, // D replied on D13
    });
  });

  it('the health score and its trend', async () => {
    const health = { engagementTarget: 1, growthTarget: 1 };
    const series = await healthSeries(store.db, GUILD, r(0, 27), health);
    const at = (offset: number) => series[offset];
    // D0: 30 days D-29–D0 hold 10 messages → 10 / 30 / 3 members = 1/9 → 11.1; growth from the end of
    // 01-31 (0 members) → none → 0; score 0.4 × 11.1 + 0.3 × 0 + 0.3 × 50 = 19.4.
    expect(at(0)?.engagementRate).toBeCloseTo(1 / 9, 10);
    expect(at(0)?.growthRate).toBeNull();
    expect(at(0)?.score).toBeCloseTo(0.4 * (100 / 9) + 15, 10);
    // D20: D-9–D20 hold 30 messages → 30 / 30 / 4 = 0.25 → 25; members 4 vs 3 at the end of
    // 02-20 (A B H) → 1/3 → 33.3; score 10 + 10 + 15 = 35.
    expect(at(20)?.engagement).toBeCloseTo(25, 10);
    expect(at(20)?.growth).toBeCloseTo(100 / 3, 10);
    expect(at(20)?.score).toBeCloseTo(35, 10);
    // D27: 40 / 30 / 4 = 1/3 → 33.3; 4 vs 3 at the end of 02-27 (A B H) → 33.3; 0.7 × 33.3 + 15.
    expect(at(27)?.score).toBeCloseTo(0.7 * (100 / 3) + 15, 10);
    expect(at(27)?.sentiment).toBe(50);
    // With the default targets (0.15, 0.05) both parts are capped at 100: 40 + 30 + 15.
    const capped = await healthSeries(store.db, GUILD, r(27, 27), AnalyticsConfig.parse({}).health);
    expect(capped).toEqual([
      {
        day: D0 + 27,
        score: 85,
        engagement: 100,
        growth: 100,
        sentiment: 50,
        engagementRate: 1 / 3,
        growthRate: 1 / 3,
      },
    ]);
  });
});
