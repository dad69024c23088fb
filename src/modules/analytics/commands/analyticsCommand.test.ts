import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import { testDialect } from '../../../../test/testStore.js';
import { ManualClock } from '../../../core/Clock.js';
import { analyticsDb, dayOf } from '../AnalyticsTables.js';

const config = stringify({
  community: { name: 'Analytics Test' },
  dashboard: { roles: { admin: [], moderator: [], viewer: ['Moderator'] } },
  analytics: {
    kpis: {
      messages_per_day: { target: 10, critical: 5 },
      event_attendance_rate: { target: 0.3, critical: 0.15 },
    },
  },
});

describe(`/analytics (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function run(
    engine: TestEngine,
    userId: string,
    subcommand: string,
    options: Record<string, string> = {},
  ): Promise<{ content?: string; embeds?: { title?: string; description?: string }[]; ephemeral?: boolean }> {
    const { interactionId } = await engine.sandbox.invokeCommand({
      userId,
      channelId: engine.channel('general').id,
      name: 'analytics',
      subcommand,
      options,
    });
    await engine.settle();
    return (await engine.sandbox.getInteraction(interactionId))?.reply ?? {};
  }

  it('shows staff the KPIs against their targets and the summary of a period, privately; refuses members', async () => {
    // Wednesday 2026-03-04 12:00.
    t = await createTestEngine({
      configText: config,
      moduleIds: ['analytics'],
      clock: new ManualClock(Date.UTC(2026, 2, 4, 12)),
    });
    const today = dayOf(t.clock.now());
    const db = analyticsDb(t.store.db);
    for (let day = today - 7; day < today; day += 1) {
      await db
        .insertInto('analytics_days')
        .values({ guild_id: t.guild.id, day, messages: 7, replies: 0, reactions: 0, joins: 0, leaves: 0 })
        .execute();
    }
    const kpis = await run(t, t.guild.ownerId, 'kpis');
    expect(kpis.ephemeral).toBe(true);
    expect(kpis.embeds?.[0]?.description).toBe(
      [
        '🟠 **Messages per day**: 7 (target 10, critical 5)',
        '⚪ **Event attendance**: n/a (target 30%, critical 15%)',
      ].join('\n'),
    );

    const moderator = await t.sandbox.addMember({ username: 'modder' });
    await t.sandbox.addRoleAsOwner(moderator.userId, t.role('Moderator').id);
    const summary = await run(t, moderator.userId, 'summary');
    expect(summary.ephemeral).toBe(true);
    expect(summary.embeds?.[0]?.title).toBe('📊 Daily summary · Tuesday 3 March 2026');
    const week = await run(t, moderator.userId, 'summary', { period: 'week' });
    expect(week.embeds?.[0]?.title).toBe('📈 Weekly growth report · week of 2026-02-23 (2026-W09)');

    const member = await t.sandbox.addMember({ username: 'ada' });
    expect(await run(t, member.userId, 'kpis')).toMatchObject({
      content: 'Only staff can see community analytics.',
      ephemeral: true,
    });
  });
});
