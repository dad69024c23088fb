import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { registerOpenApi } from '../../src/server/openapi/registerOpenApi.js';
import { testDialect } from '../testStore.js';
import { DAY, openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { answerAll, QUIZ_SECTIONS } from './quizFixture.js';

const SLOW = 60_000;

async function openApi(c: ContentCommunity) {
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    request.dashboardUser = { userId: 'staff', name: 'Staff', role: 'viewer', devLogin: true };
    done();
  });
  await registerOpenApi(app, { title: 'guildhall', version: 'test' });
  await registerModuleRoutes(app, { engine: c.c.engine, guildId: c.guildId });
  await app.ready();
  return app;
}

describe(`quiz statistics, export and erase (${testDialect})`, () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it(
    'GET /api/tutorials/quizzes counts attempts, completions, pass rate, mean and histogram',
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS);
      const [sam, kenji, lena] = [await c.user('sam'), await c.user('kenji'), await c.user('lena')];
      await answerAll(c, sam, await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' }), 5);
      await answerAll(c, kenji, await c.command(kenji, 'quiz', 'take', { quiz: 'git_basics' }), 2);
      await c.command(lena, 'quiz', 'take', { quiz: 'git_basics' });
      const app = await openApi(c);
      try {
        const list = await app.inject({ method: 'GET', url: '/api/tutorials/quizzes' });
        expect(list.statusCode).toBe(200);
        const body = list.json<{ passPercent: number; quizzes: Record<string, unknown>[] }>();
        expect(body.passPercent).toBe(80);
        expect(body.quizzes[0]).toMatchObject({
          id: 'git_basics',
          attempts: 3,
          completions: 2,
          passed: 1,
          passRate: 0.5,
          meanScore: 70,
          members: 2,
        });
        const histogram = body.quizzes[0]?.['histogram'] as { from: number; count: number }[];
        expect(histogram.filter((b) => b.count > 0)).toEqual([
          { from: 40, to: 49, count: 1 },
          { from: 90, to: 100, count: 1 },
        ]);
        const one = await app.inject({ method: 'GET', url: '/api/tutorials/quizzes/git_basics' });
        const detail = one.json<{ questionStats: { answers: number; correctRate: number }[] }>();
        expect(detail.questionStats[0]).toMatchObject({ answers: 2, correctRate: 1 });
        expect(detail.questionStats[4]).toMatchObject({ answers: 2, correctRate: 0.5 });
        expect((await app.inject({ method: 'GET', url: '/api/tutorials/quizzes/nope' })).statusCode).toBe(404);
      } finally {
        await app.close();
      }
    },
    SLOW,
  );

  it(
    "export lists a member's attempts and answers; erase removes them",
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS);
      const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
      await answerAll(c, sam, await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' }), 4);
      await c.advanceBy(DAY);
      await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      await answerAll(c, kenji, await c.command(kenji, 'quiz', 'take', { quiz: 'git_basics' }), 1);
      const exported = (await c.c.engine.memberData.exportMember(c.guildId, sam))['tutorials'] ?? {};
      const attempts = exported['quizAttempts'] as { score: number | null; answers: unknown[] }[];
      expect(attempts.map((a) => [a.score, a.answers.length])).toEqual([
        [80, 5],
        [null, 0],
      ]);
      await c.c.engine.memberData.eraseMember(c.guildId, sam, 'cli:test', { keepModerationRecords: false });
      const left = await c.rows('tutorials_quiz_attempts');
      expect(left.map((r) => r['user_id'])).toEqual([kenji]);
      expect(await c.rows('tutorials_quiz_answers')).toHaveLength(5);
    },
    SLOW,
  );
});
