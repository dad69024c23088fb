import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { analyticsDb, dayOf } from '../../src/modules/analytics/AnalyticsTables.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';

const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 4, 12);

const config = stringify({
  community: { name: 'Analytics Test' },
  analytics: {
    kpis: {
      messages_per_day: { target: 10, critical: 5 },
      // Measured by the events module, not landed: always null, so it never alerts.
      event_attendance_rate: { target: 0.3, critical: 0.15 },
    },
    alerts: { checkEvery: '5m', criticalChannel: 'mod-log', warningChannel: 'general', infoChannel: 'announcements' },
  },
});

describe(`KPI alerts (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** Sets the human messages of each of the 7 complete days before today. */
  async function messagesPerDay(engine: TestEngine, perDay: number): Promise<void> {
    const db = analyticsDb(engine.store.db);
    const today = dayOf(engine.clock.now());
    await db.deleteFrom('analytics_days').where('guild_id', '=', engine.guild.id).where('day', '<', today).execute();
    for (let day = today - 7; day < today; day += 1) {
      await db
        .insertInto('analytics_days')
        .values({ guild_id: engine.guild.id, day, messages: perDay, replies: 0, reactions: 0, joins: 0, leaves: 0 })
        .execute();
    }
  }

  async function check(engine: TestEngine): Promise<void> {
    engine.clock.advance(5 * MINUTE);
    await engine.runDueJobs();
  }

  async function botEmbeds(engine: TestEngine, channel: string): Promise<unknown[]> {
    await engine.settle();
    const messages = await engine.sandbox.listMessages(engine.channel(channel).id, { limit: 100 });
    return messages.filter((m) => m.authorBot).flatMap((m) => m.embeds);
  }

  async function alerts(engine: TestEngine) {
    return analyticsDb(engine.store.db)
      .selectFrom('analytics_alerts')
      .select(['kpi', 'level', 'value', 'closed_at', 'closed_value'])
      .orderBy('id')
      .execute();
  }

  it('opens a critical alert once, replaces it on a level change, and closes it with a notice on recovery', async () => {
    t = await createTestEngine({ configText: config, moduleIds: ['analytics'], clock: new ManualClock(START) });
    await t.start();
    await t.start(); // a restart schedules nothing twice
    const pending = await t.store.db
      .selectFrom('jobs')
      .select('key')
      .where('name', '=', 'checkKpis')
      .where('status', '=', 'pending')
      .execute();
    expect(pending).toHaveLength(1);

    // Nothing measured over the whole 7-day window yet (a fresh install): zeros do not alert.
    await check(t);
    expect(await alerts(t)).toEqual([]);

    await messagesPerDay(t, 3);
    await check(t);
    expect(await botEmbeds(t, 'mod-log')).toEqual([
      expect.objectContaining({
        title: '🚨 Critical: Messages per day',
        description: 'Messages per day is 3, below its critical threshold of 5 (target 10).',
      }),
    ]);
    expect(await alerts(t)).toEqual([
      { kpi: 'messages_per_day', level: 'critical', value: 3, closed_at: null, closed_value: null },
    ]);

    // Still critical: the open alert is not repeated.
    await check(t);
    await check(t);
    expect(await botEmbeds(t, 'mod-log')).toHaveLength(1);
    expect(await alerts(t)).toHaveLength(1);

    // Better, but still under target: the critical alert closes, a warning opens (no recovery notice).
    await messagesPerDay(t, 7);
    await check(t);
    expect(await botEmbeds(t, 'general')).toEqual([
      expect.objectContaining({
        title: '⚠️ Warning: Messages per day',
        description: 'Messages per day is 7, below its target of 10 (critical at 5).',
      }),
    ]);
    expect(await botEmbeds(t, 'announcements')).toEqual([]);
    await check(t);
    expect(await botEmbeds(t, 'general')).toHaveLength(1);

    // Back on target: closed with a notice in the info channel.
    await messagesPerDay(t, 12);
    await check(t);
    expect(await botEmbeds(t, 'announcements')).toEqual([
      expect.objectContaining({
        title: '✅ Recovered: Messages per day',
        description: 'Messages per day is back on target: 12 (target 10).',
      }),
    ]);
    await check(t);
    expect(await botEmbeds(t, 'announcements')).toHaveLength(1);
    const history = await alerts(t);
    expect(history.map((a) => [a.level, a.value, a.closed_at === null, a.closed_value])).toEqual([
      ['critical', 3, false, 7],
      ['warning', 7, false, 12],
    ]);
    const events = await t.store.db
      .selectFrom('event_log')
      .select('type')
      .where('type', 'like', 'analytics.kpi_alert_%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'analytics.kpi_alert_opened',
      'analytics.kpi_alert_closed',
      'analytics.kpi_alert_opened',
      'analytics.kpi_alert_closed',
    ]);
    // The KPI without a value never alerted.
    expect(history.every((a) => a.kpi === 'messages_per_day')).toBe(true);
  });
});
