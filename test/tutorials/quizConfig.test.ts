import { describe, expect, it } from 'vitest';
import { QuizzesConfig } from '../../src/modules/tutorials/quizzes/quizzesConfig.js';
import { BASICS } from './quizFixture.js';

function issues(input: unknown): string[] {
  const parsed = QuizzesConfig.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('tutorials.quizzes config', () => {
  it('defaults: pass at 80%, retake after a day, no quizzes', () => {
    expect(QuizzesConfig.parse(undefined)).toEqual({ passPercent: 80, retakeAfter: 86_400_000, items: [] });
  });

  it('reads a quiz with a time limit', () => {
    const parsed = QuizzesConfig.parse({ items: [{ ...BASICS, timeLimit: '30m' }] });
    expect(parsed.items[0]?.timeLimit).toBe(1_800_000);
  });

  it('refuses two quizzes with one id, with the path of the second', () => {
    expect(issues({ items: [BASICS, BASICS] })).toEqual(['items.1.id: "git_basics" is used by another quiz']);
  });

  it('refuses an answer outside the choices', () => {
    const bad = { ...BASICS, questions: [{ prompt: 'Which?', choices: ['a', 'b'], answer: 2 }] };
    expect(issues({ items: [bad] })).toEqual([
      'items.0.questions.0.answer: must be the index of one of the 2 choices (0–1)',
    ]);
  });

  it('refuses ids not in lower_snake_case, one choice, six choices and labels over 80 characters', () => {
    expect(issues({ items: [{ ...BASICS, id: 'Git-Basics' }] })[0]).toMatch(/^items\.0\.id: must be lower_snake_case/);
    const question = (choices: string[]) => ({ ...BASICS, questions: [{ prompt: 'Which?', choices, answer: 0 }] });
    expect(issues({ items: [question(['only'])] })[0]).toMatch(/^items\.0\.questions\.0\.choices: /);
    expect(issues({ items: [question(['a', 'b', 'c', 'd', 'e', 'f'])] })[0]).toMatch(
      /^items\.0\.questions\.0\.choices: /,
    );
    expect(issues({ items: [question(['a', 'x'.repeat(81)])] })[0]).toMatch(/^items\.0\.questions\.0\.choices\.1: /);
  });
});
