import { defineRoute } from '../../../core/defineRoute.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { QuizDetail, QuizIdParams, QuizList } from './QuizzesApi.js';
import { quizDetail, quizList } from './quizStats.js';

/** `GET /api/tutorials/quizzes`: every quiz in numbers. */
export const quizzesRoute = defineRoute({
  method: 'GET',
  path: '/quizzes',
  access: 'viewer',
  summary: 'Quizzes: attempts, completions, pass rate, mean score and score histogram per quiz',
  response: QuizList,
  handle: async ({ guildId }, ctx: TutorialsContext) => ({ status: 200, body: await quizList(ctx, guildId) }),
});

/** `GET /api/tutorials/quizzes/:id`: one quiz with its questions' answers. */
export const quizRoute = defineRoute({
  method: 'GET',
  path: '/quizzes/:id',
  access: 'viewer',
  summary: 'One quiz in numbers, with how often each question was answered right and each choice chosen',
  params: QuizIdParams,
  response: QuizDetail,
  handle: async ({ params, guildId }, ctx: TutorialsContext) => {
    const detail = await quizDetail(ctx, guildId, params.id);
    return detail === undefined
      ? { status: 404, error: `There is no quiz "${params.id}".` }
      : { status: 200, body: detail };
  },
});
