import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { domainEvent, type DomainEvent } from '../../src/core/DomainEvent.js';
import { AnalyticsConfig } from '../../src/modules/analytics/AnalyticsConfig.js';
import { analyticsDb } from '../../src/modules/analytics/AnalyticsTables.js';
import { kpiValues } from '../../src/modules/analytics/metrics/kpiValues.js';
import { supportMetrics } from '../../src/modules/analytics/metrics/supportMetrics.js';
import { SupportMetricsResponse } from '../../src/modules/analytics/http/SupportApi.js';
import { supportFactsDb } from '../../src/modules/analytics/SupportFactsTables.js';
import { rebuildResponseCounts } from '../../src/modules/analytics/rollups/responseCounts.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';
import { atDay, D0 } from './metricsFixture.js';

const HELP = '200000000000000010';
const ASKER = '100000000000000001';
const HELPER = '100000000000000002';

/**
 * The support module's events for six questions (D0 = Monday 2026-03-02, UTC), hand-computed:
 * - Q1 [Setup] D0 10:00 → community answer 11:00 (1 h) → solved 14:00 (4 h)
 * - Q2 [Setup, Bots] D0 12:00 → staff answer 15:00 (3 h) → solved D1 12:00 (24 h)
 * - Q3 [Billing] D1 09:00 → unanswered
 * - Q4 [] D2 08:00 → community answer 08:30 (0.5 h) → solved 10:00 → reopened D3: unsolved
 * - Q5 [Bots] D3 10:00 → community answer D4 12:00 (26 h) → solved D5 10:00 (48 h)
 * - Q6 [Setup] D9 10:00 → community answer 11:00 (outside the week D0–D6)
 */
function supportHistory(guildId: string): DomainEvent[] {
  const events: DomainEvent[] = [];
  const base = (id: string, at: number) => ({ id: `support:${id}`, guildId, occurredAt: at, source: 'support' });
  const opened = (q: string, at: number, tags: string[]) =>
    events.push(
      domainEvent('support.question_opened', {
        ...base(`${q}:opened`, at),
        payload: { questionId: q, channelId: HELP, askerId: ASKER, tags },
      }),
    );
  const answered = (q: string, askedAt: number, at: number, by: 'community' | 'staff', tags: string[]) =>
    events.push(
      domainEvent('support.first_response', {
        ...base(`${q}:first`, at),
        payload: { questionId: q, responderId: HELPER, answeredBy: by, responseMs: at - askedAt, tags },
      }),
    );
  const solved = (q: string, askedAt: number, at: number, by: 'community' | 'staff', tags: string[]) =>
    events.push(
      domainEvent('support.solved', {
        ...base(`${q}:solved:${at}`, at),
        payload: {
          questionId: q,
          askerId: ASKER,
          messageId: null,
          solutionAuthorId: HELPER,
          markedBy: ASKER,
          via: 'command',
          resolutionMs: at - askedAt,
          answeredBy: by,
          tags,
        },
      }),
    );
  opened('q1', atDay(0, 10), ['Setup']);
  answered('q1', atDay(0, 10), atDay(0, 11), 'community', ['Setup']);
  opened('q2', atDay(0, 12), ['Setup', 'Bots']);
  solved('q1', atDay(0, 10), atDay(0, 14), 'community', ['Setup']);
  answered('q2', atDay(0, 12), atDay(0, 15), 'staff', ['Setup', 'Bots']);
  opened('q3', atDay(1, 9), ['Billing']);
  solved('q2', atDay(0, 12), atDay(1, 12), 'staff', ['Setup', 'Bots']);
  opened('q4', atDay(2, 8), []);
  answered('q4', atDay(2, 8), atDay(2, 8.5), 'community', []);
  solved('q4', atDay(2, 8), atDay(2, 10), 'community', []);
  events.push(
    domainEvent('support.reopened', { ...base('q4:reopened', atDay(3, 9)), payload: { questionId: 'q4', by: ASKER } }),
  );
  opened('q5', atDay(3, 10), ['Bots']);
  answered('q5', atDay(3, 10), atDay(4, 12), 'community', ['Bots']);
  solved('q5', atDay(3, 10), atDay(5, 10), 'community', ['Bots']);
  opened('q6', atDay(9, 10), ['Setup']);
  answered('q6', atDay(9, 10), atDay(9, 11), 'community', ['Setup']);
  return events;
}

async function factRows(t: TestEngine): Promise<unknown[]> {
  return supportFactsDb(t.store.db)
    .selectFrom('analytics_support_questions')
    .selectAll()
    .where('guild_id', '=', t.guild.id)
    .orderBy('question_id')
    .execute();
}

const stats = (
  questions: number,
  answered: number,
  communityAnswered: number,
  solved: number,
  medianFirstResponseHours: number | null,
  medianResolutionHours: number | null,
) => ({
  questions,
  answered,
  communityAnswered,
  solved,
  resolutionRate: questions === 0 ? null : solved / questions,
  communityAnsweredShare: answered === 0 ? null : communityAnswered / answered,
  medianFirstResponseHours,
  medianResolutionHours,
});

describe(`support facts in analytics (${testDialect})`, () => {
  const engines: TestEngine[] = [];
  afterEach(async () => {
    for (const t of engines.splice(0)) await t.close();
  });
  const open = async (): Promise<TestEngine> => {
    const t = await createTestEngine({ moduleIds: ['analytics', 'support'] });
    engines.push(t);
    return t;
  };

  it('keeps one row per question without member ids, and the metrics match the hand-computed ones', async () => {
    const t = await open();
    for (const event of supportHistory(t.guild.id)) await t.engine.ingest(event);
    await t.settle();

    const rows = (await factRows(t)) as Record<string, unknown>[];
    expect(
      rows.map((r) => [r.question_id, r.day, r.answered_by, r.solved_at === null ? null : Number(r.solved_at)]),
    ).toEqual([
      ['q1', D0, 'community', atDay(0, 14)],
      ['q2', D0, 'staff', atDay(1, 12)],
      ['q3', D0 + 1, null, null],
      ['q4', D0 + 2, 'community', null],
      ['q5', D0 + 3, 'community', atDay(5, 10)],
      ['q6', D0 + 9, 'community', null],
    ]);
    // Analytics privacy: no member id anywhere in the facts.
    for (const row of rows) expect(Object.values(row)).not.toContain(ASKER);
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(HELPER);

    const week = await supportMetrics(t.store.db, t.guild.id, { fromDay: D0, toDay: D0 + 6 });
    // Response hours 1, 3, 0.5, 26 → median 2; resolution hours 4, 24, 48 → median 24.
    expect(week).toEqual({
      ...stats(5, 4, 3, 3, 2, 24),
      byTag: [
        { tag: 'Bots', ...stats(2, 2, 1, 2, 14.5, 36) },
        { tag: 'Setup', ...stats(2, 2, 1, 2, 2, 14) },
        { tag: 'Billing', ...stats(1, 0, 0, 0, null, null) },
        { tag: null, ...stats(1, 1, 1, 0, 0.5, null) },
      ],
    });
    expect(week.resolutionRate).toBe(0.6);
    expect(week.communityAnsweredShare).toBe(0.75);
    const empty = await supportMetrics(t.store.db, t.guild.id, { fromDay: D0 + 20, toDay: D0 + 26 });
    expect(empty).toEqual({ ...stats(0, 0, 0, 0, null, null), byTag: [] });
  });

  it('gives the support KPIs over the last complete week, response time falling back to topics', async () => {
    const t = await open();
    for (const event of supportHistory(t.guild.id)) await t.engine.ingest(event);
    await t.settle();
    // A conversation topic (not a support question) in the week D14–D20, answered after 3 h.
    await analyticsDb(t.store.db)
      .insertInto('analytics_topics')
      .values({
        guild_id: t.guild.id,
        message_id: '300000000000000001',
        channel_id: HELP,
        author_id: ASKER,
        posted_at: atDay(14, 10),
        day: D0 + 14,
        first_response_at: atDay(14, 13),
        responder_id: HELPER,
      })
      .execute();
    await rebuildResponseCounts(t.store.db, t.guild.id);
    const config = AnalyticsConfig.parse({
      kpis: {
        support_response_time_hours: { target: 2, critical: 6 },
        support_resolution_rate: { target: 0.8, critical: 0.5 },
        community_answered_share: { target: 0.8, critical: 0.6 },
      },
    });
    // Now D7 09:00: the week is D0–D6 (support questions q1–q5).
    expect(await kpiValues(t.store.db, t.guild.id, atDay(7, 9), config)).toEqual({
      support_response_time_hours: 2,
      support_resolution_rate: 0.6,
      community_answered_share: 0.75,
    });
    // Now D21: the week D14–D20 has no support question: the topics' median, no support values.
    expect(await kpiValues(t.store.db, t.guild.id, atDay(21, 9), config)).toEqual({
      support_response_time_hours: 3,
      support_resolution_rate: null,
      community_answered_share: null,
    });
  });

  it('a replay through onBatch leaves the same rows as the live handlers', async () => {
    const live = await open();
    const replayed = await open();
    const events = supportHistory(live.guild.id);
    for (const event of events) await live.engine.ingest(event);
    await live.settle();
    for (let i = 0; i < events.length; i += 4) {
      const result = await replayed.engine.replay(events.slice(i, i + 4), { modules: ['analytics'] });
      expect(result.failures).toBe(0);
    }
    expect(await factRows(replayed)).toEqual(await factRows(live));
    expect(await factRows(live)).toHaveLength(6);
  });

  it('GET /api/analytics/support answers a date range with the same figures', async () => {
    const t = await open();
    for (const event of supportHistory(t.guild.id)) await t.engine.ingest(event);
    await t.settle();
    const app = Fastify();
    app.addHook('preHandler', (request, _reply, done) => {
      request.dashboardUser = { userId: '300000000000000009', name: 'Viewer', role: 'viewer', devLogin: true };
      done();
    });
    await registerModuleRoutes(app, { engine: t.engine, guildId: t.guild.id });
    try {
      const res = await app.inject('/api/analytics/support?from=2026-03-02&to=2026-03-08');
      expect(res.statusCode).toBe(200);
      const body = SupportMetricsResponse.parse(res.json());
      expect(body.range).toEqual({ from: '2026-03-02', to: '2026-03-08', days: 7 });
      expect([body.questions, body.resolutionRate, body.communityAnsweredShare, body.medianFirstResponseHours]).toEqual(
        [5, 0.6, 0.75, 2],
      );
      expect(body.byTag.map((b) => b.tag)).toEqual(['Bots', 'Setup', 'Billing', null]);
      expect((await app.inject('/api/analytics/support?from=2026-03-09&to=2026-03-02')).statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});
