import Fastify, { type FastifyInstance } from 'fastify';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { analyticsDb } from '../../src/modules/analytics/AnalyticsTables.js';
import { buildDigest, PENDING } from '../../src/modules/analytics/digest/buildDigest.js';
import { digestEmbed } from '../../src/modules/analytics/digest/digestEmbed.js';
import { nextDigestAt } from '../../src/modules/analytics/digest/postDigestJob.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';
import { GUILD, seedReportFixture } from './kpiReportFixture.js';

const DAY = 86_400_000;
const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

describe(`weekly digest (${testDialect})`, () => {
  let store: TestStore | undefined;
  let t: TestEngine | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.close();
    await store?.destroy();
    app = undefined;
    t = undefined;
    store = undefined;
  });

  it('picks the top discussion, the member spotlight and quick wins from the week, and invents nothing', async () => {
    store = await openTestStore();
    await seedReportFixture(store);
    const db = analyticsDb(store.db);
    await db
      .insertInto('analytics_member_days')
      .values([
        // u2 is active on a second day: spotlight over u1's single busier day.
        {
          guild_id: GUILD,
          day: dayOf('2026-03-04'),
          user_id: '100000000000000002',
          messages: 1,
          replies: 0,
          reactions: 0,
        },
        // u4 was active on three days but has left: never in the spotlight.
        ...['2026-02-27', '2026-02-28', '2026-03-01'].map((d) => ({
          guild_id: GUILD,
          day: dayOf(d),
          user_id: '100000000000000004',
          messages: 5,
          replies: 0,
          reactions: 0,
        })),
      ])
      .execute();
    // Friday 2026-03-06 16:00: the week of 2026-02-27 to 2026-03-05.
    const digest = await buildDigest(store.db, GUILD, Date.parse('2026-03-06T16:00:00Z'));
    expect(digest).toEqual({
      period: '2026-W10',
      from: '2026-02-27',
      to: '2026-03-05',
      topDiscussion: { channelId: '200000000000000001', messages: 30, replies: 8 },
      spotlight: { userId: '100000000000000002', name: '100000000000000002', activeDays: 2, messages: 11 },
      resourcePick: { pending: PENDING.resourcePick },
      upcomingEvents: { pending: 'Plugs in when the events module lands.' },
      quickWins: { newMembers: 1, firstMessages: 1, topicsAnswered: 1, medianFirstResponseHours: 0.5 },
    });
    const embed = digestEmbed(digest, 'Report Test');
    expect(embed.title).toBe('📰 Report Test weekly digest · 2026-W10');
    expect(embed.fields?.map((f) => [f.name, f.value])).toEqual([
      ['🔥 Top discussion', '<#200000000000000001>: 30 messages, 8 replies'],
      ['🌟 Member spotlight', '<@100000000000000002>, active on 2 days this week with 11 messages. Thank you!'],
      ['📚 Resource pick', PENDING.resourcePick],
      ['📅 Upcoming events', 'Plugs in when the events module lands.'],
      [
        '🏅 Quick wins',
        '👋 1 new member joined\n🗨️ 1 member posted for the first time\n🤝 1 question answered by the community (median 30 min)',
      ],
    ]);
  });

  it('schedules the digest on the configured weekday and hour (UTC)', () => {
    const digest = { channel: 'announcements', weekday: 'friday', hourUtc: 16 } as const;
    expect(new Date(nextDigestAt(digest, Date.parse('2026-03-04T12:00:00Z'))).toISOString()).toBe(
      '2026-03-06T16:00:00.000Z',
    );
    expect(new Date(nextDigestAt(digest, Date.parse('2026-03-06T16:00:00Z'))).toISOString()).toBe(
      '2026-03-13T16:00:00.000Z',
    );
  });

  it('previews the digest, posts it now for an admin once a week, and the scheduled post then adds nothing', async () => {
    t = await createTestEngine({
      configText: stringify({
        community: { name: 'Digest Test' },
        analytics: { digest: { channel: 'announcements', weekday: 'friday', hourUtc: 16 } },
      }),
      moduleIds: ['analytics'],
      clock: new ManualClock(Date.UTC(2026, 2, 4, 12)),
    });
    await t.start();
    app = Fastify();
    // Test-only stand-in for the sign-in hook: an admin is signed in.
    app.addHook('preHandler', (request, _reply, done) => {
      request.dashboardUser = { userId: '300000000000000009', name: 'Admin', role: 'admin', devLogin: true };
      done();
    });
    await registerModuleRoutes(app, { engine: t.engine, guildId: t.guild.id });

    const preview = await app.inject('/api/analytics/digest/preview');
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      channel: 'announcements',
      posted: false,
      nextPostAt: Date.parse('2026-03-06T16:00:00Z'),
      digest: { period: '2026-W10', resourcePick: { pending: PENDING.resourcePick } },
      embed: { title: '📰 Digest Test weekly digest · 2026-W10' },
    });

    const posted = await app.inject({ method: 'POST', url: '/api/analytics/digest/post' });
    expect(posted.statusCode).toBe(200);
    expect(posted.json()).toEqual({ period: '2026-W10', channelId: t.channel('announcements').id });
    const again = await app.inject({ method: 'POST', url: '/api/analytics/digest/post' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ error: "This week's digest was posted already." });
    expect((await app.inject('/api/analytics/digest/preview')).json()).toMatchObject({ posted: true });

    t.clock.advance(2 * DAY + 4 * 3_600_000); // Friday 16:00: the scheduled post finds W10 posted
    await t.runDueJobs();
    const messages = await t.sandbox.listMessages(t.channel('announcements').id, { limit: 100 });
    const digests = messages.filter((m) => m.authorBot).flatMap((m) => m.embeds.map((e) => e.title));
    expect(digests).toEqual(['📰 Digest Test weekly digest · 2026-W10']);
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'actor']).execute();
    expect(audit).toEqual([{ action: 'analytics.digest_posted', actor: 'dashboard:300000000000000009' }]);
  });
});
