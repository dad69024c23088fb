import { afterEach, describe, expect, it } from 'vitest';
import { domainEvent } from '../../src/core/DomainEvent.js';
import { AnalyticsConfig } from '../../src/modules/analytics/AnalyticsConfig.js';
import { analyticsDb } from '../../src/modules/analytics/AnalyticsTables.js';
import { healthOfRange } from '../../src/modules/analytics/metrics/readModel.js';
import { DAY, FEEDBACK_SECTION, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

const dayOf = (ms: number) => Math.floor(ms / DAY);

/** A message as the platform would record it (for bots, attachments alone, or late arrivals). */
function messageEvent(
  f: FeedbackCommunity,
  id: string,
  fields: { authorId: string; authorBot?: boolean; content: string; at: number },
) {
  return domainEvent('message.created', {
    id: `test:message.created:${id}`,
    guildId: f.guildId,
    occurredAt: fields.at,
    source: 'test',
    payload: {
      messageId: id,
      channelId: f.channels.general,
      authorId: fields.authorId,
      authorBot: fields.authorBot ?? false,
      content: fields.content,
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: fields.content === '' ? 1 : 0,
    },
  });
}

/** Analytics on (the harness turns it off), its KPI checks and reports out of the way. */
const WITH_ANALYTICS = {
  sections: { analytics: { alerts: { checkEvery: '7d' }, reports: { daily: false, weekly: false, monthly: false } } },
};

describe('message sentiment', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  const dailyEvents = async () =>
    (
      await f.c.store.db
        .selectFrom('event_log')
        .select(['id', 'payload'])
        .where('type', '=', 'feedback.sentiment_daily')
        .orderBy('id')
        .execute()
    ).map((r) => JSON.parse(r.payload) as { date: string; positive: number; neutral: number; negative: number });

  const daysOf = async (day: number) =>
    (await f.rows('feedback_sentiment_days'))
      .filter((r) => r.day === day)
      .map((r) => ({ channel: r.channel_id, pos: r.positive, neu: r.neutral, neg: r.negative, sum: r.score_sum }))
      .sort((a, b) => a.channel.localeCompare(b.channel));

  it('counts members’ messages per channel and UTC day, no text kept, bots and empty messages left out', async () => {
    f = await openFeedbackCommunity();
    const sam = await f.user('sam');
    const lena = await f.user('lena');
    const today = dayOf(f.now());
    await f.post(sam, f.channels.general, 'I love this community, thanks everyone!');
    await f.post(lena, f.channels.general, 'The meeting moved to Thursday.');
    await f.post(lena, f.channels.staffFeedback, 'This bug is terrible and annoying.');
    await f.c.engine.ingest(
      messageEvent(f, 'bot-1', { authorId: 'bot-user', authorBot: true, content: 'Great news, awesome!', at: f.now() }),
    );
    await f.c.engine.ingest(messageEvent(f, 'image-1', { authorId: sam, content: '', at: f.now() }));
    await f.c.settle();
    const rows = await daysOf(today);
    const general = rows.find((r) => r.channel === f.channels.general);
    const staff = rows.find((r) => r.channel === f.channels.staffFeedback);
    expect(general).toMatchObject({ pos: 1, neu: 1, neg: 0 });
    expect(general?.sum).toBeGreaterThan(0);
    expect(staff).toMatchObject({ pos: 0, neu: 0, neg: 1 });
    expect(staff?.sum).toBeLessThan(0);
    expect(Object.keys((await f.rows('feedback_sentiment_days'))[0] ?? {}).sort()).toEqual(
      ['channel_id', 'day', 'guild_id', 'negative', 'neutral', 'positive', 'score_sum'].sort(),
    );
  });

  it('does not count messages when `sentiment.messages` is off', async () => {
    f = await openFeedbackCommunity({ ...FEEDBACK_SECTION, sentiment: { messages: false } });
    await f.post(await f.user('sam'), f.channels.general, 'I love this community!');
    expect(await f.rows('feedback_sentiment_days')).toEqual([]);
  });

  it('emits a finished day’s counts once, when the next day’s first message comes, and the health score uses the share', async () => {
    f = await openFeedbackCommunity(FEEDBACK_SECTION, WITH_ANALYTICS);
    const sam = await f.user('sam');
    const first = dayOf(f.now());
    const before = (await dailyEvents()).length;
    await f.post(sam, f.channels.general, 'Awesome event yesterday, thank you!');
    await f.post(sam, f.channels.general, 'Great job on the release, love it.');
    await f.post(sam, f.channels.staffFeedback, 'The login page is broken and slow, terrible.');
    expect(await dailyEvents()).toHaveLength(before);
    await f.advanceTo((first + 1) * DAY + 3_600_000);
    await f.post(sam, f.channels.general, 'Morning, the schedule is posted.');
    await f.post(sam, f.channels.general, 'Happy to help!');
    const events = (await dailyEvents()).slice(before);
    const date = new Date(first * DAY).toISOString().slice(0, 10);
    expect(events).toEqual([{ date, positive: 2, neutral: 0, negative: 1 }]);
    expect(await f.pendingJobs()).toEqual([]);

    const stored = await analyticsDb(f.c.store.db)
      .selectFrom('analytics_sentiment_days')
      .selectAll()
      .where('day', '=', first)
      .executeTakeFirst();
    expect(stored).toMatchObject({ positive: 2, neutral: 0, negative: 1 });
    const health = await healthOfRange(
      f.c.store.db,
      f.guildId,
      { fromDay: first, toDay: first + 1 },
      AnalyticsConfig.parse({}),
    );
    expect(health.sentimentPending).toBe(false);
    expect(health.current.sentiment).toBeCloseTo((100 * 2) / 3, 10);
  });

  it('a message of a day already emitted makes that day emitted again with its final counts', async () => {
    f = await openFeedbackCommunity(FEEDBACK_SECTION, WITH_ANALYTICS);
    const sam = await f.user('sam');
    const first = dayOf(f.now());
    const before = (await dailyEvents()).length;
    await f.post(sam, f.channels.general, 'Love it!');
    await f.advanceTo((first + 1) * DAY + 3_600_000);
    await f.post(sam, f.channels.general, 'The schedule is posted.');
    const late = () =>
      messageEvent(f, 'late-1', { authorId: sam, content: 'This is awful.', at: first * DAY + 7_200_000 });
    await f.c.engine.ingest(late());
    await f.c.settle();
    // Redelivered: recorded once, counted once.
    await f.c.engine.ingest(late());
    await f.c.settle();
    await f.advanceTo((first + 2) * DAY + 3_600_000);
    await f.post(sam, f.channels.general, 'Fine.');
    const date = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
    expect((await dailyEvents()).slice(before)).toEqual(
      expect.arrayContaining([
        { date: date(first), positive: 1, neutral: 0, negative: 0 },
        { date: date(first), positive: 1, neutral: 0, negative: 1 },
        { date: date(first + 1), positive: 0, neutral: 1, negative: 0 },
      ]),
    );
    expect((await dailyEvents()).slice(before)).toHaveLength(3);
    const stored = await analyticsDb(f.c.store.db)
      .selectFrom('analytics_sentiment_days')
      .selectAll()
      .where('day', '=', first)
      .executeTakeFirst();
    expect(stored).toMatchObject({ positive: 1, neutral: 0, negative: 1 });
  });
});

describe('health score without sentiment', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('stays neutral and pending while no day was emitted', async () => {
    f = await openFeedbackCommunity(FEEDBACK_SECTION, WITH_ANALYTICS);
    await f.post(await f.user('sam'), f.channels.general, 'I love this!');
    const day = dayOf(f.now());
    const health = await healthOfRange(
      f.c.store.db,
      f.guildId,
      { fromDay: day, toDay: day },
      AnalyticsConfig.parse({}),
    );
    expect(health.sentimentPending).toBe(true);
    expect(health.current.sentiment).toBe(50);
  });
});
