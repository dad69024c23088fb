import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import { testDialect } from '../../../../test/testStore.js';
import { ManualClock } from '../../../core/Clock.js';
import { analyticsDb } from '../AnalyticsTables.js';

const HOUR = 3_600_000;

const config = stringify({
  community: { name: 'Analytics Test' },
  analytics: { reports: { channel: 'mod-log', daily: true, weekly: true, monthly: false, hourUtc: 9 } },
});

describe(`scheduled staff reports (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function reportTitles(engine: TestEngine): Promise<string[]> {
    await engine.settle();
    const messages = await engine.sandbox.listMessages(engine.channel('mod-log').id, { limit: 100 });
    return messages
      .filter((m) => m.authorBot)
      .sort((a, b) => a.createdAt - b.createdAt)
      .flatMap((m) => m.embeds.map((e) => e.title ?? ''));
  }

  it('posts the daily summary the morning after, once per period, and schedules the next', async () => {
    // Wednesday 2026-03-04 12:00.
    t = await createTestEngine({
      configText: config,
      moduleIds: ['analytics'],
      clock: new ManualClock(Date.UTC(2026, 2, 4, 12)),
    });
    await t.start();
    await t.start();
    const keys = async (): Promise<string[]> =>
      (
        await t!.store.db
          .selectFrom('jobs')
          .select('key')
          .where('name', '=', 'postReport')
          .where('status', '=', 'pending')
          .orderBy('key')
          .execute()
      ).map((j) => j.key.replace(`:${t!.guild.id}:`, ':'));
    expect(await keys()).toEqual(['analytics-report:daily:2026-03-04', 'analytics-report:weekly:2026-W10']);

    t.clock.advance(21 * HOUR - 1); // Thursday 08:59:59: not yet
    await t.runDueJobs();
    expect(await reportTitles(t)).toEqual([]);
    t.clock.advance(1);
    await t.runDueJobs();
    expect(await reportTitles(t)).toEqual(['📊 Daily summary · Wednesday 4 March 2026']);
    expect(await keys()).toEqual(['analytics-report:daily:2026-03-05', 'analytics-report:weekly:2026-W10']);

    // The same period's job run again (another key) finds its report recorded and posts nothing.
    await t.scheduler!.schedule('analytics', {
      name: 'postReport',
      key: 'rerun',
      runAt: t.clock.now(),
      payload: { guildId: t.guild.id, kind: 'daily', start: Date.UTC(2026, 2, 4) },
    });
    await t.runDueJobs();
    expect(await reportTitles(t)).toHaveLength(1);
    const stored = await analyticsDb(t.store.db).selectFrom('analytics_reports').select(['kind', 'period']).execute();
    expect(stored).toEqual([{ kind: 'daily', period: '2026-03-04' }]);
    const posted = await t.store.db
      .selectFrom('event_log')
      .select('type')
      .where('type', '=', 'analytics.report_posted')
      .execute();
    expect(posted).toHaveLength(1);

    // Monday 2026-03-09 09:00: the weekly growth report of W10 and Sunday's summary.
    t.clock.advance(4 * 24 * HOUR);
    await t.runDueJobs();
    const titles = await reportTitles(t);
    expect(titles).toContain('📈 Weekly growth report · week of 2026-03-02 (2026-W10)');
    expect(titles).toContain('📊 Daily summary · Sunday 8 March 2026');
  });
});
