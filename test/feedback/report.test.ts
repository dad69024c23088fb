import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackConfig } from '../../src/modules/feedback/FeedbackConfig.js';
import { feedbackDb } from '../../src/modules/feedback/FeedbackTables.js';
import { buildWeeklyReport } from '../../src/modules/feedback/reports/buildWeeklyReport.js';
import { reportEmbed } from '../../src/modules/feedback/reports/reportEmbed.js';
import { WeeklyReport } from '../../src/modules/feedback/reports/WeeklyReport.js';
import { EMBED_LIMITS } from '../../src/platform/discordLimits.js';
import { DAY, FEEDBACK_SECTION, HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { seedItems, type SeedItem } from './reportSeed.js';

/** Reports in Berlin on Mondays at 09:00 local (08:00 UTC in March before DST, 07:00 after). */
const SECTION = {
  ...FEEDBACK_SECTION,
  timezone: 'Europe/Berlin',
  report: { channel: 'staff-feedback', weekday: 'monday', hour: 9 },
};
const CONFIG = FeedbackConfig.parse(SECTION);
/** Monday 2 March 2026, 00:00 in Berlin. */
const WEEK_FROM = Date.UTC(2026, 2, 1, 23);
const WEEK_TO = WEEK_FROM + 7 * DAY;

/** A week of feedback: five items in it, one from the week before. */
const ITEMS: SeedItem[] = [
  {
    type: 'feature',
    title: 'Old request',
    body: 'Calendar sync with Outlook.',
    at: WEEK_FROM - 3 * DAY,
    up: 9,
    status: 'planned',
  },
  {
    type: 'bug',
    title: 'Login page crashes',
    body: 'The login page crashes on Android, my account is locked. Security problem?',
    at: WEEK_FROM + 2 * HOUR,
    sentiment: 'negative',
    score: -0.7,
    critical: 'keyword:security',
  },
  {
    type: 'bug',
    title: 'Login page is slow',
    body: 'The login page takes ages to load and the spinner never stops.',
    at: WEEK_FROM + DAY,
    sentiment: 'negative',
    score: -0.3,
  },
  {
    type: 'feature',
    title: 'Dark mode',
    body: 'A dark mode for the dashboard would be lovely.',
    at: WEEK_FROM + 2 * DAY,
    sentiment: 'positive',
    score: 0.6,
    up: 5,
    down: 1,
  },
  {
    type: 'suggestion',
    title: 'Dark mode schedule',
    body: 'Switch dark mode on at sunset.',
    at: WEEK_FROM + 3 * DAY,
    sentiment: 'positive',
    score: 0.4,
    up: 2,
  },
  {
    type: 'general',
    title: 'Thanks',
    body: 'Great community events lately.',
    at: WEEK_FROM + 4 * DAY,
    status: 'done',
    statusAt: WEEK_FROM + 5 * DAY,
  },
];

async function seedSentimentDays(f: FeedbackCommunity): Promise<void> {
  const firstDay = Math.round(WEEK_FROM / DAY);
  const rows = [0, 3, 6, 7].map((offset) => ({
    guild_id: f.guildId,
    day: firstDay + offset,
    channel_id: f.channels.general,
    positive: 3,
    neutral: 2,
    negative: 1,
    score_sum: 0.5,
  }));
  await feedbackDb(f.c.store.db).insertInto('feedback_sentiment_days').values(rows).execute();
}

describe('weekly feedback report', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('counts totals, sentiment, topics and priority issues of a seeded week', async () => {
    f = await openFeedbackCommunity(SECTION);
    await seedItems(f.c.store.db, f.guildId, ITEMS);
    await seedSentimentDays(f);
    const report = await buildWeeklyReport(f.c.store.db, f.guildId, CONFIG, WEEK_FROM, WEEK_TO);
    expect(WeeklyReport.parse(report)).toEqual(report);
    expect(report.weekStart).toBe('2026-03-02');
    expect(report.totals).toEqual({
      items: ITEMS.length,
      byType: { bug: 2, feature: 2, general: 1, suggestion: 1 },
      byStatus: { new: 4, triaged: 0, planned: 1, in_progress: 0, done: 1, declined: 0, merged: 0 },
    });
    expect(report.opened).toBe(ITEMS.length - 1);
    expect(report.closed).toBe(1);
    expect(report.sentiment.items).toEqual({ positive: 2, neutral: 1, negative: 2 });
    // Days 0, 3 and 6 of the week are in it; day 7 is the next week's.
    expect(report.sentiment.messages).toEqual({ positive: 9, neutral: 6, negative: 3 });
    const topics = new Map(report.topics.map((t) => [t.term, t]));
    expect(topics.get('login page')).toMatchObject({ count: 2, items: [2, 3] });
    expect(topics.get('dark mode')).toMatchObject({ count: 2, items: [4, 5] });
    expect(topics.has('outlook')).toBe(false);
    // Critical first, then negative open bugs, then up-voted requests by net votes.
    expect(report.priority.map((p) => [p.number, p.reason])).toEqual([
      [2, 'critical'],
      [3, 'negative'],
      [1, 'votes'],
      [4, 'votes'],
      [5, 'votes'],
    ]);
    expect(report.priority[0]).toMatchObject({ title: 'Login page crashes', critical_reason: 'keyword:security' });
    expect(report.surveys).toBeUndefined();
  });

  it('fits Discord embed limits with many long priority titles', async () => {
    f = await openFeedbackCommunity(SECTION);
    await seedItems(
      f.c.store.db,
      f.guildId,
      Array.from({ length: 12 }, (_, i) => ({
        type: 'bug' as const,
        title: `Crash number ${i} ${'with a very long description of the problem '.repeat(6)}`,
        body: 'x',
        at: WEEK_FROM + i * HOUR,
        critical: 'sentiment',
      })),
    );
    const report = await buildWeeklyReport(f.c.store.db, f.guildId, CONFIG, WEEK_FROM, WEEK_TO);
    expect(report.priority).toHaveLength(10);
    const embed = reportEmbed(report, CONFIG.timezone);
    const fields = embed.fields ?? [];
    expect(fields.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const field of fields) expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    const total =
      (embed.title ?? '').length +
      (embed.description ?? '').length +
      fields.reduce((n, field) => n + field.name.length + field.value.length, 0);
    expect(total).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });

  it('schedules nothing without a report channel', async () => {
    f = await openFeedbackCommunity({ ...SECTION, report: { channel: null } }, { restartable: true });
    f = await f.restart();
    expect((await f.pendingJobs()).filter((j) => j.name === 'weekly-report')).toEqual([]);
  });

  it('posts once at the configured local hour, stores the week and schedules the next', async () => {
    f = await openFeedbackCommunity(SECTION, { restartable: true });
    // The start hook schedules the report once the channel exists.
    f = await f.restart();
    await seedItems(f.c.store.db, f.guildId, ITEMS);
    const firstDue = Date.UTC(2026, 2, 9, 8); // Monday 09:00 in Berlin (CET)
    expect((await f.pendingJobs()).filter((j) => j.name === 'weekly-report').map((j) => j.run_at)).toEqual([firstDue]);

    await f.advanceTo(firstDue - 1);
    expect(await f.messagesIn(f.channels.staffFeedback)).toEqual([]);
    await f.advanceTo(firstDue);
    const posted = await f.messagesIn(f.channels.staffFeedback);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.embeds[0]?.title).toContain('2026-03-02');
    expect(JSON.stringify(posted[0]!.embeds)).toContain('Login page crashes');
    const stored = await f.rows('feedback_reports');
    expect(stored.map((r) => r.week)).toEqual(['2026-03-02']);
    expect(WeeklyReport.parse(JSON.parse(stored[0]!.report)).opened).toBe(ITEMS.length - 1);
    expect(await f.emitted('feedback.report_posted')).toEqual([
      { week: '2026-03-02', items: ITEMS.length - 1, posted: true },
    ]);
    // Next Monday 09:00 local: 08:00 UTC (Berlin is still on CET on 16 March).
    expect((await f.pendingJobs()).filter((j) => j.name === 'weekly-report').map((j) => j.run_at)).toEqual([
      Date.UTC(2026, 2, 16, 8),
    ]);

    // A replay of the same week's job (a redelivered run) posts nothing.
    const now = f.now();
    await f.c.store.db
      .insertInto('jobs')
      .values({
        key: 'replayed-report',
        module: 'feedback',
        name: 'weekly-report',
        payload: JSON.stringify({ guildId: f.guildId, at: firstDue }),
        run_at: now,
        status: 'pending',
        attempts: 0,
        max_attempts: 3,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await f.runDueJobs();
    expect(await f.messagesIn(f.channels.staffFeedback)).toHaveLength(1);
    expect(await f.emitted('feedback.report_posted')).toHaveLength(1);

    // After the change to summer time, 09:00 Berlin is 07:00 UTC.
    await f.advanceTo(Date.UTC(2026, 2, 30, 7));
    expect((await f.rows('feedback_reports')).map((r) => r.week).sort()).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(await f.messagesIn(f.channels.staffFeedback)).toHaveLength(4);
  });

  it('/feedback-staff report answers privately, and posts with post:true', async () => {
    f = await openFeedbackCommunity(SECTION);
    await seedItems(f.c.store.db, f.guildId, ITEMS.slice(1));
    const noor = await f.user('noor');
    const shown = await f.command(noor, 'feedback-staff', 'report');
    expect(shown.reply?.ephemeral).toBe(true);
    expect(shown.reply?.embeds?.[0]?.title).toContain('so far');
    expect(await f.messagesIn(f.channels.staffFeedback)).toEqual([]);
    const posted = await f.command(noor, 'feedback-staff', 'report', { post: true });
    expect(posted.reply?.content).toContain(`<#${f.channels.staffFeedback}>`);
    expect(await f.messagesIn(f.channels.staffFeedback)).toHaveLength(1);
    const member = await f.command(await f.user('sam'), 'feedback-staff', 'report');
    expect(member.reply?.embeds ?? []).toEqual([]);
  });

  it('/feedback-staff report post:true says when no channel is configured', async () => {
    f = await openFeedbackCommunity({ ...SECTION, report: { channel: null } });
    const answer = await f.command(await f.user('noor'), 'feedback-staff', 'report', { post: true });
    expect(answer.reply?.content).toContain('No report channel is configured');
    expect(answer.reply?.embeds).toHaveLength(1);
  });
});
