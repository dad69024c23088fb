import { afterEach, describe, expect, it } from 'vitest';
import { GUILD, seedReportFixture } from '../../../../test/analytics/kpiReportFixture.js';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { AnalyticsConfig } from '../AnalyticsConfig.js';
import { buildReport } from './buildReport.js';
import { reportEmbed } from './reportEmbed.js';
import { lastCompletePeriod, periodContaining } from './reportPeriods.js';
import { reportText } from './reportText.js';

const config = AnalyticsConfig.parse(undefined);

describe(`staff reports (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
    store = undefined;
  });

  it('cuts periods on UTC days, ISO weeks and calendar months', () => {
    const now = Date.parse('2026-03-04T10:00:00Z');
    expect(lastCompletePeriod('daily', now)).toMatchObject({ key: '2026-03-03', label: 'Tuesday 3 March 2026' });
    expect(lastCompletePeriod('weekly', now)).toMatchObject({
      key: '2026-W09',
      label: 'week of 2026-02-23 (2026-W09)',
      start: Date.parse('2026-02-23T00:00:00Z'),
      end: Date.parse('2026-03-02T00:00:00Z'),
    });
    expect(lastCompletePeriod('monthly', now)).toMatchObject({ key: '2026-02', label: 'February 2026' });
    // 2026-01-01 is a Thursday: ISO week 1 of 2026; 2025-12-29 starts it.
    expect(periodContaining('weekly', Date.parse('2026-01-01T05:00:00Z')).key).toBe('2026-W01');
  });

  it('sums a day: members, new, left, DAU, messages, first response, top channels, open alerts', async () => {
    store = await openTestStore();
    await seedReportFixture(store);
    const now = Date.parse('2026-03-04T10:00:00Z');
    const report = await buildReport(store.db, GUILD, lastCompletePeriod('daily', now), { config, now });
    expect(report).toMatchObject({
      kind: 'daily',
      period: '2026-03-03',
      from: '2026-03-03',
      to: '2026-03-03',
      // u1, u2, u3 at the end of the day; u1, u2, u4 the day before (bots never count).
      members: 3,
      membersAtStart: 3,
      joins: 1,
      leaves: 1,
      growthRate: 0,
      activeMembers: 3,
      messages: 40,
      replies: 10,
      reactions: 5,
      messagesPerDay: 40,
      previous: null,
      firstResponse: { topics: 2, answered: 1, answeredShare: 0.5, medianHours: 0.5 },
      topChannels: [
        { channelId: '200000000000000001', messages: 30, replies: 8 },
        { channelId: '200000000000000002', messages: 10, replies: 2 },
      ],
      openAlerts: [{ kpi: 'messages_per_day', level: 'critical', shown: '3', label: 'Messages per day' }],
      kpis: null,
      health: null,
    });
    expect(reportText(report).slice(0, 13)).toEqual([
      'Daily summary: Tuesday 3 March 2026 (2026-03-03 to 2026-03-03, UTC)',
      '',
      'Members          3  (3 at the start)',
      'New              1',
      'Left             1',
      'Growth rate      0%',
      'Active members   3',
      'Messages         40',
      'Messages/day     40',
      'Replies          10',
      'Reactions        5',
      'First response   1/2 answered, median 30 min',
      '',
    ]);
    const embed = reportEmbed(report);
    expect(embed.title).toBe('📊 Daily summary · Tuesday 3 March 2026');
    expect(embed.fields?.find((f) => f.name === '🔥 Top channels')?.value).toBe(
      '1. <#200000000000000001>: 30\n2. <#200000000000000002>: 10',
    );
  });

  it('compares a week with the week before', async () => {
    store = await openTestStore();
    await seedReportFixture(store);
    const now = Date.parse('2026-03-09T10:00:00Z');
    const report = await buildReport(store.db, GUILD, lastCompletePeriod('weekly', now), { config, now });
    expect(report).toMatchObject({
      period: '2026-W10',
      from: '2026-03-02',
      to: '2026-03-08',
      members: 3,
      joins: 1,
      leaves: 1,
      activeMembers: 3,
      messages: 40,
      previous: { messages: 20, activeMembers: 1, joins: 2, leaves: 0 },
    });
    expect(reportText(report)[7]).toBe('Messages         40  (+20 (+100%) on the period before)');
  });

  it('adds every KPI and the health score with its parts to the monthly report', async () => {
    store = await openTestStore();
    await seedReportFixture(store);
    const now = Date.parse('2026-04-01T10:00:00Z');
    const { reportHealth } = await import('./reportHealth.js');
    const report = await buildReport(store.db, GUILD, lastCompletePeriod('monthly', now), {
      config,
      now,
      health: (day) => reportHealth(store!.db, GUILD, day, config),
    });
    expect(report.period).toBe('2026-03');
    expect(report.kpis?.map((k) => k.kpi)).toEqual(Object.keys(config.kpis));
    expect(report.health).toMatchObject({ sentiment: 50, sentimentNeutral: true });
    const embed = reportEmbed(report);
    expect(embed.fields?.map((f) => f.name.replace(/: .*/, ''))).toEqual([
      '👥 Members',
      '💬 Activity',
      '⏱️ First response',
      '🔥 Top channels',
      '🩺 Health score',
      '🎯 KPIs',
      '🚨 Open alerts',
    ]);
  });
});
