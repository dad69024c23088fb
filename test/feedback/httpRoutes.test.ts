import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FeedbackBoard,
  ItemDetail,
  ItemList,
  NpsTrend,
  ReportView,
  SentimentTrend,
} from '../../src/modules/feedback/http/FeedbackApi.js';
import { feedbackDb } from '../../src/modules/feedback/FeedbackTables.js';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { insertItems, openFeedbackApi, ROLE_HEADER, USER_HEADER } from './httpApi.js';

describe(`feedback dashboard API: reads (${testDialect})`, () => {
  let f: FeedbackCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await f?.close();
    app = undefined;
    f = undefined;
  });

  /** Six items over three UTC days, votes, followers, history, message sentiment and surveys. */
  async function seeded() {
    f = await openFeedbackCommunity();
    app = await openFeedbackApi(f);
    const g = f.guildId;
    const [sam, kenji, lena, tomas, priya, noor] = await Promise.all(
      ['sam', 'kenji', 'lena', 'tomas', 'priya', 'noor'].map((name) => f!.user(name)),
    );
    if (sam === undefined || kenji === undefined || lena === undefined) throw new Error('no seeded members');
    if (tomas === undefined || priya === undefined || noor === undefined) throw new Error('no seeded members');
    // Day 0 starts three UTC days before today: everything is in the past.
    const day0 = Math.floor(f.now() / DAY) * DAY - 3 * DAY;
    const [, dark, , darkTheme] = await insertItems(f, [
      {
        id: 'i1',
        type: 'bug',
        title: 'Login button broken on Safari',
        author_id: sam,
        created_at: day0,
        sentiment_label: 'negative',
        sentiment_score: -0.7,
        critical_reason: 'keyword:broken',
      },
      {
        id: 'i2',
        type: 'feature',
        title: 'Dark mode for the dashboard',
        author_id: kenji,
        created_at: day0 + HOUR,
        status: 'planned',
        status_note: 'Next release',
        sentiment_label: 'positive',
        sentiment_score: 0.6,
        up_votes: 3,
        down_votes: 1,
      },
      {
        id: 'i3',
        type: 'suggestion',
        title: 'Weekly game night',
        body: 'Board games on Friday evenings',
        author_id: lena,
        created_at: day0 + DAY,
        status: 'triaged',
        sentiment_label: 'positive',
        sentiment_score: 0.4,
        up_votes: 2,
      },
      {
        id: 'i4',
        type: 'feature',
        title: 'Dark theme please',
        author_id: priya,
        created_at: day0 + DAY + 2 * HOUR,
        status: 'merged',
        merged_into: 'i2',
      },
      {
        id: 'i5',
        type: 'general',
        title: 'Thanks for the update',
        author_id: sam,
        created_at: day0 + 2 * DAY,
        status: 'done',
        sentiment_label: 'positive',
        sentiment_score: 0.8,
        up_votes: 1,
      },
      {
        id: 'i6',
        type: 'bug',
        title: 'Upload fails at 100%',
        author_id: tomas,
        created_at: day0 + 2 * DAY + HOUR,
        status: 'in_progress',
        sentiment_label: 'negative',
        sentiment_score: -0.3,
        up_votes: 1,
        down_votes: 2,
      },
    ]);
    if (dark === undefined || darkTheme === undefined) throw new Error('items missing');
    const db = feedbackDb(f.c.store.db);
    const vote = (item: string, user: string, value: number) => ({
      guild_id: g,
      item_id: item,
      user_id: user,
      value,
      voted_at: day0 + 3 * HOUR,
    });
    await db
      .insertInto('feedback_votes')
      .values([vote('i2', sam, 1), vote('i2', lena, 1), vote('i2', tomas, 1), vote('i2', priya, -1)])
      .execute();
    const follower = (user: string, reason: 'author' | 'voter' | 'merged') => ({
      guild_id: g,
      item_id: 'i2',
      user_id: user,
      reason,
      since: day0 + 3 * HOUR,
    });
    await db
      .insertInto('feedback_followers')
      .values([follower(kenji, 'author'), follower(sam, 'voter'), follower(lena, 'voter'), follower(priya, 'merged')])
      .execute();
    await db
      .insertInto('feedback_history')
      .values([
        {
          guild_id: g,
          item_id: 'i2',
          at: day0 + 2 * HOUR,
          from_status: 'new',
          to_status: 'triaged',
          by_id: noor,
          note: null,
        },
        {
          guild_id: g,
          item_id: 'i2',
          at: day0 + DAY,
          from_status: 'triaged',
          to_status: 'planned',
          by_id: noor,
          note: 'Next release',
        },
      ])
      .execute();
    const dayNumber = day0 / DAY;
    const counts = (day: number, channel: string, p: number, n: number, neg: number, score: number) => ({
      guild_id: g,
      day,
      channel_id: channel,
      positive: p,
      neutral: n,
      negative: neg,
      score_sum: score,
    });
    await db
      .insertInto('feedback_sentiment_days')
      .values([
        counts(dayNumber - 1, 'c-general', 10, 0, 0, 5), // the day before the range
        counts(dayNumber, 'c-general', 3, 1, 1, 1.5),
        counts(dayNumber, 'c-help', 1, 0, 0, 0.5),
        counts(dayNumber + 2, 'c-general', 0, 2, 2, -1),
      ])
      .execute();
    const survey = (id: string, kind: 'nps' | 'satisfaction', openedAt: number, closed: boolean) => ({
      guild_id: g,
      id,
      kind,
      question: `Question ${id}`,
      channel_id: f!.channels.general,
      message_id: null,
      schedule_id: null,
      opened_by: noor,
      opened_at: openedAt,
      closes_at: openedAt + 7 * DAY,
      closed_at: closed ? openedAt + 7 * DAY : null,
    });
    await db
      .insertInto('feedback_surveys')
      .values([
        survey('s1', 'nps', day0 - 40 * DAY, true),
        survey('s2', 'satisfaction', day0 - 20 * DAY, true),
        survey('s3', 'nps', day0, false),
      ])
      .execute();
    const answer = (surveyId: string, user: string, score: number) => ({
      guild_id: g,
      survey_id: surveyId,
      user_id: user,
      score,
      comment: null,
      answered_at: day0,
    });
    await db
      .insertInto('feedback_survey_responses')
      .values([
        answer('s1', sam, 10),
        answer('s1', kenji, 9),
        answer('s1', lena, 8),
        answer('s1', tomas, 3),
        answer('s2', sam, 7),
        answer('s2', kenji, 8),
        answer('s3', sam, 0),
      ])
      .execute();
    return { day0, sam, kenji, noor };
  }

  const get = async (url: string): Promise<unknown> => {
    const response = await app!.inject({
      url,
      headers: { [ROLE_HEADER]: 'viewer', [USER_HEADER]: '300000000000000009' },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const numbers = async (query: string): Promise<{ total: number; numbers: number[] }> => {
    const list = ItemList.parse(await get(`/api/feedback/items${query}`));
    return { total: list.total, numbers: list.items.map((i) => i.number) };
  };

  it('lists items newest or most voted first, filtered by status, type and words, paged', async () => {
    await seeded();
    expect(await numbers('')).toEqual({ total: 6, numbers: [6, 5, 4, 3, 2, 1] });
    // Net votes 2 (3 up) and 2 (2 up), 1, then the two at 0 newest first, then −1.
    expect(await numbers('?sort=votes')).toEqual({ total: 6, numbers: [2, 3, 5, 4, 1, 6] });
    expect(await numbers('?status=planned')).toEqual({ total: 1, numbers: [2] });
    expect(await numbers('?type=feature')).toEqual({ total: 2, numbers: [4, 2] });
    expect(await numbers('?q=DARK')).toEqual({ total: 2, numbers: [4, 2] });
    expect(await numbers('?q=friday')).toEqual({ total: 1, numbers: [3] });
    // % and _ are searched for as written, not as wildcards.
    expect(await numbers(`?q=${encodeURIComponent('100%')}`)).toEqual({ total: 1, numbers: [6] });
    expect(await numbers('?q=_')).toEqual({ total: 0, numbers: [] });
    expect(await numbers('?limit=2&offset=2')).toEqual({ total: 6, numbers: [4, 3] });
    const list = ItemList.parse(await get('/api/feedback/items?type=feature'));
    expect(list.items[0]).toMatchObject({ number: 4, status: 'merged', mergedInto: 2, authorName: 'Priya' });
    expect(list.items[1]).toMatchObject({ number: 2, upVotes: 3, downVotes: 1, votes: 2, authorName: 'Kenji' });
    const bug = ItemList.parse(await get('/api/feedback/items?status=new')).items[0];
    expect(bug).toMatchObject({ number: 1, critical: 'keyword:broken', sentiment: 'negative', threadUrl: null });
  });

  it("shows an item's text, history, votes, followers and duplicates", async () => {
    const { day0, noor } = await seeded();
    const detail = ItemDetail.parse(await get('/api/feedback/items/2'));
    expect(detail.item).toMatchObject({ number: 2, title: 'Dark mode for the dashboard', status: 'planned' });
    expect(detail.history).toEqual([
      { at: day0 + 2 * HOUR, from: 'new', to: 'triaged', byId: noor, byName: 'Noor', note: null },
      { at: day0 + DAY, from: 'triaged', to: 'planned', byId: noor, byName: 'Noor', note: 'Next release' },
    ]);
    expect(detail.votes).toEqual({ up: 3, down: 1 });
    expect(detail.followers).toBe(4);
    expect(detail.duplicates).toEqual([4]);
    expect(ItemDetail.parse(await get('/api/feedback/items/3')).item.body).toBe('Board games on Friday evenings');
    const missing = await app!.inject({
      url: '/api/feedback/items/99',
      headers: { [ROLE_HEADER]: 'viewer', [USER_HEADER]: noor },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('groups items into status columns with their counts, merged ones only counted', async () => {
    await seeded();
    const board = FeedbackBoard.parse(await get('/api/feedback/board'));
    expect(board.columns.map((c) => [c.status, c.count, c.items.map((i) => i.number)])).toEqual([
      ['new', 1, [1]],
      ['triaged', 1, [3]],
      ['planned', 1, [2]],
      ['in_progress', 1, [6]],
      ['done', 1, [5]],
      ['declined', 0, []],
    ]);
    expect(board.merged).toBe(1);
    const bugs = FeedbackBoard.parse(await get('/api/feedback/board?type=bug'));
    expect(bugs.columns.map((c) => c.count)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(bugs.merged).toBe(0);
  });

  it('counts sentiment per day for messages and items, with the positive share', async () => {
    const { day0 } = await seeded();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const trend = SentimentTrend.parse(
      await get(`/api/feedback/sentiment?from=${iso(day0)}&to=${iso(day0 + 2 * DAY)}`),
    );
    expect(trend.range).toEqual({ from: iso(day0), to: iso(day0 + 2 * DAY) });
    expect(trend.days).toEqual([
      {
        date: iso(day0),
        messages: { positive: 4, neutral: 1, negative: 1 },
        items: { positive: 1, neutral: 0, negative: 1 },
        positiveShare: 4 / 6,
      },
      {
        date: iso(day0 + DAY),
        messages: { positive: 0, neutral: 0, negative: 0 },
        items: { positive: 1, neutral: 1, negative: 0 },
        positiveShare: null,
      },
      {
        date: iso(day0 + 2 * DAY),
        messages: { positive: 0, neutral: 2, negative: 2 },
        items: { positive: 1, neutral: 0, negative: 1 },
        positiveShare: 0,
      },
    ]);
    expect(trend.totals.messages).toEqual({ positive: 4, neutral: 3, negative: 3 });
    expect(trend.totals.items).toEqual({ positive: 3, neutral: 1, negative: 2 });
    expect(trend.totals.positiveShare).toBeCloseTo(0.4, 10);
    expect(trend.totals.meanScore).toBeCloseTo(0.1, 10);
    // The default range is the 30 days ending today.
    expect(SentimentTrend.parse(await get('/api/feedback/sentiment')).days).toHaveLength(30);
    const reversed = await app!.inject({
      url: `/api/feedback/sentiment?from=${iso(day0 + DAY)}&to=${iso(day0)}`,
      headers: { [ROLE_HEADER]: 'viewer', [USER_HEADER]: '300000000000000009' },
    });
    expect(reversed.statusCode).toBe(400);
  });

  it('lists closed surveys over time with NPS, promoters and detractors', async () => {
    await seeded();
    const trend = NpsTrend.parse(await get('/api/feedback/nps'));
    // s3 is still open: not on the trend.
    expect(
      trend.surveys.map((s) => [s.surveyId, s.kind, s.responses, s.mean, s.nps, s.promoters, s.passives, s.detractors]),
    ).toEqual([
      ['s1', 'nps', 4, 7.5, 25, 2, 1, 1],
      ['s2', 'satisfaction', 2, 7.5, null, 0, 0, 0],
    ]);
  });

  it('serves the weekly report of a week: stored when posted, else built now', async () => {
    await seeded();
    const g = f!.guildId;
    // 2026-03-04 is a Wednesday: its week starts on Monday 2 March (UTC).
    const built = ReportView.parse(await get('/api/feedback/report?week=2026-03-04'));
    expect(built.week).toBe('2026-03-02');
    expect(built.postedAt).toBeNull();
    expect(built.report.from).toBe(Date.UTC(2026, 2, 2));
    expect(built.report.to).toBe(Date.UTC(2026, 2, 9));
    const posted = {
      ...built.report,
      weekStart: '2026-02-23',
      from: Date.UTC(2026, 1, 23),
      to: Date.UTC(2026, 2, 2),
      opened: 7,
    };
    await feedbackDb(f!.c.store.db)
      .insertInto('feedback_reports')
      .values({
        guild_id: g,
        week: '2026-02-23',
        created_at: Date.UTC(2026, 2, 2, 9),
        report: JSON.stringify(posted),
        message_id: null,
      })
      .execute();
    // Without a week: this week so far, from the latest Monday (UTC) to now, as the staff command.
    const now = f!.now();
    const current = ReportView.parse(await get('/api/feedback/report'));
    expect(new Date(`${current.week}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(current.report.from).toBe(Date.parse(`${current.week}T00:00:00Z`));
    expect(now - current.report.from).toBeLessThan(7 * DAY);
    expect(current.report.to).toBe(now);
    const stored = ReportView.parse(await get('/api/feedback/report?week=2026-03-01'));
    expect(stored).toEqual({ week: '2026-02-23', postedAt: Date.UTC(2026, 2, 2, 9), report: posted });
  });

  it('answers 401 to a visitor who is not signed in', async () => {
    f = await openFeedbackCommunity();
    app = await openFeedbackApi(f);
    expect((await app.inject({ url: '/api/feedback/board' })).statusCode).toBe(401);
  });
});
