import Fastify, { type FastifyInstance } from 'fastify';
import type { Insertable } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  KnowledgeBase,
  QuestionDetail,
  ResponseTimes,
  SupportHeroes,
  SupportQueue,
  SupportStats,
} from '../../src/modules/support/reports/SupportReportsApi.js';
import { supportDb, type SupportQuestionTable } from '../../src/modules/support/SupportTables.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, MINUTE, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

const ROLE_HEADER = 'x-test-role';
const viewer = { [ROLE_HEADER]: 'viewer' };

/** Mounts the module routes on a bare Fastify signing in whoever sends `x-test-role`. */
async function openSupportApi(t: SupportCommunity): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    const role = request.headers[ROLE_HEADER];
    if (role === 'viewer' || role === 'moderator' || role === 'admin') {
      request.dashboardUser = { userId: '300000000000000009', name: 'Staff', role, devLogin: true };
    }
    done();
  });
  await registerModuleRoutes(app, { engine: t.c.engine, guildId: t.guildId });
  return app;
}

describe(`support dashboard API (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.close();
    app = undefined;
    t = undefined;
  });

  const get = async (url: string): Promise<unknown> => {
    const response = await app!.inject({ url, headers: viewer });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('reports the queue, stats per tag, response times, heroes, a question and the knowledge base (hand-computed)', async () => {
    t = await openSupportCommunity();
    app = await openSupportApi(t);
    const guildId = t.guildId;
    const [sam, kenji, lena, tomas, priya, noor] = [
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
      await t.user('tomas'),
      await t.user('priya'),
      await t.user('noor'),
    ];
    const now = t.now();
    const today = new Date(now).toISOString().slice(0, 10);
    // Day 0 starts three UTC days before today: everything below is in the past.
    const day0 = Math.floor(now / DAY) * DAY - 3 * DAY;
    const day0Iso = new Date(day0).toISOString().slice(0, 10);
    const channelId = t.channels.help;
    const question = (
      q: Partial<SupportQuestionTable> & Pick<SupportQuestionTable, 'id' | 'asker_id' | 'created_at'>,
    ) =>
      ({
        guild_id: guildId,
        channel_id: channelId,
        title: `Question ${q.id}`,
        body: '',
        tags: '[]',
        status: 'open',
        last_activity_at: q.created_at,
        last_asker_at: q.created_at,
        answers: 0,
        first_response_at: null,
        first_responder_id: null,
        first_response_message_id: null,
        answered_by: null,
        tier: 0,
        escalate_at: null,
        nudged_at: null,
        suggested_message_id: null,
        suggested_at: null,
        solved_at: null,
        solution_message_id: null,
        solution_author_id: null,
        solved_by_id: null,
        solved_via: null,
        archive_at: null,
        archived_at: null,
        suggested_similar_at: null,
        ...q,
      }) satisfies Insertable<SupportQuestionTable>;
    const db = supportDb(t.c.store.db);
    await db
      .insertInto('support_questions')
      .values([
        // q1: Lena answers Sam in 10 min (community) and her answer is the solution after 2 h.
        question({
          id: 'q1',
          asker_id: sam,
          title: 'Bot does not start',
          tags: '["Setup"]',
          created_at: day0,
          status: 'solved',
          answers: 1,
          first_response_at: day0 + 10 * MINUTE,
          first_responder_id: lena,
          answered_by: 'community',
          solved_at: day0 + 2 * HOUR,
          solution_author_id: lena,
          solved_by_id: sam,
          solved_via: 'context_menu',
        }),
        // q2: Noor (staff) answers Kenji in 90 min; not solved.
        question({
          id: 'q2',
          asker_id: kenji,
          tags: '["Setup","Bots"]',
          created_at: day0 + HOUR,
          status: 'answered',
          answers: 1,
          first_response_at: day0 + HOUR + 90 * MINUTE,
          first_responder_id: noor,
          answered_by: 'staff',
        }),
        // q3: nobody answers Tomas: expert, platform, then overdue.
        question({ id: 'q3', asker_id: tomas, created_at: day0 + 2 * HOUR, tier: 3 }),
        // q4: Lena answers Priya after 30 h; Kenji's answer solves it after 50 h.
        question({
          id: 'q4',
          asker_id: priya,
          tags: '["Bots","Solved"]',
          created_at: day0 + 3 * HOUR,
          status: 'solved',
          answers: 2,
          first_response_at: day0 + 33 * HOUR,
          first_responder_id: lena,
          answered_by: 'community',
          solved_at: day0 + 53 * HOUR,
          solution_author_id: kenji,
          solved_by_id: priya,
          solved_via: 'command',
        }),
        // q5: asked half an hour ago, due in 3.5 h.
        question({
          id: 'q5',
          asker_id: sam,
          tags: '["Billing"]',
          created_at: now - 30 * MINUTE,
          escalate_at: now - 30 * MINUTE + 4 * HOUR,
        }),
        // q6: long ago, dormant: in neither the queue nor the default range.
        question({ id: 'q6', asker_id: kenji, created_at: now - 40 * DAY, status: 'dormant' }),
      ])
      .execute();
    await db
      .insertInto('support_escalations')
      .values([
        {
          guild_id: guildId,
          question_id: 'q3',
          tier: 1,
          tier_name: 'expert',
          escalated_at: day0 + 6 * HOUR,
          channel_id: t.channels.staffSupport,
        },
        {
          guild_id: guildId,
          question_id: 'q3',
          tier: 2,
          tier_name: 'platform',
          escalated_at: day0 + 26 * HOUR,
          channel_id: t.channels.staffSupport,
        },
        {
          guild_id: guildId,
          question_id: 'q3',
          tier: 3,
          tier_name: 'overdue',
          escalated_at: day0 + 50 * HOUR,
          channel_id: null,
        },
      ])
      .execute();
    await db
      .insertInto('support_participants')
      .values([
        {
          guild_id: guildId,
          question_id: 'q3',
          user_id: tomas,
          staff: 0,
          messages: 2,
          first_at: day0 + 2 * HOUR,
          last_at: day0 + 5 * HOUR,
        },
      ])
      .execute();
    await db
      .insertInto('support_suggestions')
      .values({
        guild_id: guildId,
        question_id: 'q3',
        suggested_id: 'q1',
        rank: 1,
        score: 0.8,
        suggested_at: day0 + 2 * HOUR,
      })
      .execute();

    const names = new Map<string, string>();
    for (const id of [sam, kenji, lena, tomas, noor]) {
      const member = await t.c.sandbox.fetchMember(guildId, id);
      if (member !== null) names.set(id, member.displayName);
    }

    // The queue: q2 (answered), q3 (overdue past the last tier), q5 (due later), oldest first.
    const queue = SupportQueue.parse(await get('/api/support/queue'));
    expect(queue.tiers).toEqual([
      { name: 'community', targetMs: 4 * HOUR },
      { name: 'expert', targetMs: 24 * HOUR },
      { name: 'platform', targetMs: 48 * HOUR },
    ]);
    expect(queue.questions.map((q) => [q.id, q.status, q.tierName, q.targetMs, q.dueAt, q.overdue, q.ageMs])).toEqual([
      ['q2', 'answered', 'community', 4 * HOUR, null, false, now - day0 - HOUR],
      ['q3', 'open', 'platform', 48 * HOUR, day0 + 50 * HOUR, true, now - day0 - 2 * HOUR],
      ['q5', 'open', 'community', 4 * HOUR, now + 210 * MINUTE, false, 30 * MINUTE],
    ]);
    expect(queue.questions[1]).toMatchObject({
      askerId: tomas,
      askerName: names.get(tomas),
      tags: [],
      threadUrl: `https://discord.com/channels/${guildId}/q3`,
    });

    // Stats: 5 questions in the last 30 days; first responses 10 min, 90 min, 30 h; solutions 2 h, 50 h.
    const stats = SupportStats.parse(await get('/api/support/stats'));
    expect(stats.range.to).toBe(today);
    expect(stats.totals).toEqual({
      questions: 5,
      answered: 3,
      communityAnswered: 2,
      staffAnswered: 1,
      communityShare: 2 / 3,
      staffShare: 1 / 3,
      solved: 2,
      resolutionRate: 0.4,
      firstResponse: { count: 3, medianMs: 90 * MINUTE, p90Ms: 30 * HOUR },
      resolution: { count: 2, medianMs: 26 * HOUR, p90Ms: 50 * HOUR },
    });
    expect(stats.byTag.map((r) => [r.tag, r.questions, r.answered, r.communityShare, r.resolutionRate])).toEqual([
      ['Bots', 2, 2, 0.5, 0.5],
      ['Setup', 2, 2, 0.5, 0.5],
      ['Billing', 1, 0, null, 0],
      [null, 1, 0, null, 0],
    ]);
    expect(stats.byTag[0]?.firstResponse).toEqual({
      count: 2,
      medianMs: (90 * MINUTE + 30 * HOUR) / 2,
      p90Ms: 30 * HOUR,
    });
    expect(stats.byTag[1]?.firstResponse).toEqual({ count: 2, medianMs: 50 * MINUTE, p90Ms: 90 * MINUTE });
    const dayOnly = SupportStats.parse(await get(`/api/support/stats?from=${day0Iso}&to=${day0Iso}`));
    expect(dayOnly.totals.questions).toBe(4);

    // The histogram: q1 under 15 min, q2 1–4 h (staff), q4 24–48 h; q3 and q5 unanswered.
    const times = ResponseTimes.parse(await get('/api/support/response-times'));
    expect(times.buckets.map((b) => [b.id, b.count, b.community, b.staff])).toEqual([
      ['under-15m', 1, 1, 0],
      ['under-1h', 0, 0, 0],
      ['under-4h', 1, 0, 1],
      ['under-24h', 0, 0, 0],
      ['under-48h', 1, 1, 0],
      ['later', 0, 0, 0],
      ['unanswered', 2, 0, 0],
    ]);
    expect(times).toMatchObject({ questions: 5, targetMs: 4 * HOUR, withinTarget: 2 });

    // Heroes: Lena (1 solution, 2 first answers), Kenji (1 solution), Noor (1 first answer, staff).
    const heroes = SupportHeroes.parse(await get('/api/support/heroes'));
    expect(heroes.heroes).toEqual([
      { userId: lena, name: names.get(lena), solutions: 1, firstAnswers: 2, staff: false },
      { userId: kenji, name: names.get(kenji), solutions: 1, firstAnswers: 0, staff: false },
      { userId: noor, name: names.get(noor), solutions: 0, firstAnswers: 1, staff: true },
    ]);
    const dayHeroes = SupportHeroes.parse(await get(`/api/support/heroes?from=${day0Iso}&to=${day0Iso}&limit=1`));
    expect(dayHeroes.heroes.map((h) => [h.userId, h.solutions, h.firstAnswers])).toEqual([[lena, 1, 1]]);

    // One question with its people, tiers and suggestions.
    const detail = QuestionDetail.parse(await get('/api/support/questions/q3'));
    expect(detail.question).toMatchObject({
      id: 'q3',
      status: 'open',
      tier: 3,
      tierName: 'platform',
      askerName: names.get(tomas),
    });
    expect(detail.participants).toEqual([
      {
        userId: tomas,
        name: names.get(tomas),
        staff: false,
        asker: true,
        messages: 2,
        firstAt: day0 + 2 * HOUR,
        lastAt: day0 + 5 * HOUR,
      },
    ]);
    expect(detail.escalations.map((e) => [e.tier, e.tierName, e.overdue])).toEqual([
      [1, 'expert', false],
      [2, 'platform', false],
      [3, 'overdue', true],
    ]);
    expect(detail.suggestions).toEqual([{ id: 'q1', title: 'Bot does not start', rank: 1, score: 0.8 }]);
    const solved = QuestionDetail.parse(await get('/api/support/questions/q1'));
    expect(solved.question).toMatchObject({
      solutionAuthorName: names.get(lena),
      firstResponderName: names.get(lena),
      solvedVia: 'context_menu',
    });

    const missing = await app.inject({ url: '/api/support/questions/nope', headers: viewer });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'no such question' });
    const reversed = await app.inject({ url: '/api/support/stats?from=2026-04-02&to=2026-04-01', headers: viewer });
    expect(reversed.statusCode).toBe(400);
    expect((await app.inject('/api/support/queue')).statusCode).toBe(401);
  });

  it('lists the knowledge base with review counts and mean scores; empty answers read as empty', async () => {
    t = await openSupportCommunity();
    app = await openSupportApi(t);
    const guildId = t.guildId;
    const [sam, kenji, lena, noor] = [
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
      await t.user('noor'),
    ];

    // Nothing yet: every answer is empty, nothing is divided by zero.
    expect(KnowledgeBase.parse(await get('/api/support/articles'))).toEqual({
      reviewersRequired: 3,
      minScore: 3.5,
      solvedQuestions: 0,
      articles: [],
    });
    expect(SupportQueue.parse(await get('/api/support/queue')).questions).toEqual([]);
    const empty = SupportStats.parse(await get('/api/support/stats'));
    expect(empty.totals).toMatchObject({ questions: 0, communityShare: null, resolutionRate: null });
    expect(empty.totals.firstResponse).toEqual({ count: 0, medianMs: null, p90Ms: null });
    expect(empty.byTag).toEqual([]);
    expect(SupportHeroes.parse(await get('/api/support/heroes')).heroes).toEqual([]);

    const now = t.now();
    const article = (
      id: string,
      kind: 'faq' | 'guide',
      status: 'published' | 'in_review' | 'verified',
      author: string,
      updated: number,
    ) => ({
      guild_id: guildId,
      id,
      channel_id: kind === 'faq' ? t!.channels.faq : t!.channels.guides,
      kind,
      author_id: author,
      title: `Article ${id}`,
      body: 'Text',
      tags: '["Setup"]',
      status,
      created_at: now - 5 * DAY,
      updated_at: updated,
      verified_at: status === 'verified' ? updated : null,
    });
    const db = supportDb(t.c.store.db);
    await db
      .insertInto('support_articles')
      .values([
        article('g1', 'guide', 'in_review', kenji, now - 2 * DAY),
        article('f1', 'faq', 'published', noor, now - 3 * DAY),
        article('g2', 'guide', 'verified', lena, now - DAY),
      ])
      .execute();
    const review = (article_id: string, reviewer_id: string, scores: [number, number, number, number]) => ({
      guild_id: guildId,
      article_id,
      reviewer_id,
      accuracy: scores[0],
      clarity: scores[1],
      completeness: scores[2],
      usefulness: scores[3],
      comment: '',
      reviewed_at: now - DAY,
    });
    await db
      .insertInto('support_reviews')
      .values([review('g1', sam, [4, 4, 4, 4]), review('g1', lena, [5, 3, 4, 3])])
      .execute();

    const kb = KnowledgeBase.parse(await get('/api/support/articles'));
    // FAQ first, then guides most recently updated first.
    expect(kb.articles.map((a) => [a.id, a.kind, a.status, a.reviews, a.meanScore])).toEqual([
      ['f1', 'faq', 'published', 0, null],
      ['g2', 'guide', 'verified', 0, null],
      ['g1', 'guide', 'in_review', 2, (4 + 3.75) / 2],
    ]);
    expect(kb.articles[2]).toMatchObject({
      authorId: kenji,
      tags: ['Setup'],
      criteria: { accuracy: 4.5, clarity: 3.5, completeness: 4, usefulness: 3.5 },
      threadUrl: `https://discord.com/channels/${guildId}/g1`,
    });
  });
});
