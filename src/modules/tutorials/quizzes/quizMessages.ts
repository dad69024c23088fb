import { truncateText } from '../../../platform/fitMessage.js';
import { MESSAGE_CONTENT_LIMIT, type InteractionReply, type OutgoingMessage } from '../../../platform/Platform.js';
import { answerCustomId, takeCustomId } from './quizCustomId.js';
import type { QuizDefinition } from './quizzesConfig.js';
import type { QuizAttempt } from './quizStore.js';

/**
 * The question order of an attempt.
 * @param attempt - the attempt
 */
export function orderOf(attempt: Pick<QuizAttempt, 'question_order'>): number[] {
  return JSON.parse(attempt.question_order) as number[];
}

const fit = (lines: readonly string[]): string => truncateText(lines.join('\n'), MESSAGE_CONTENT_LIMIT);

/**
 * The ephemeral message asking an attempt's next question, one button per choice.
 * @param quiz - the quiz
 * @param attempt - the attempt (its `position` is the question asked)
 * @param note - what comes first (the verdict on the last answer), or null
 */
export function questionReply(quiz: QuizDefinition, attempt: QuizAttempt, note: string | null): InteractionReply {
  const index = orderOf(attempt)[attempt.position] ?? 0;
  const question = quiz.questions[index];
  const lines = note === null ? [] : [note, ''];
  lines.push(
    `**${quiz.title}** · Question ${attempt.position + 1} of ${quiz.questions.length}`,
    question?.prompt ?? '',
  );
  return {
    content: fit(lines),
    ephemeral: true,
    components: [
      {
        components: (question?.choices ?? []).map((label, choice) => ({
          kind: 'button' as const,
          customId: answerCustomId({ attemptId: attempt.id, position: attempt.position, choice }),
          label,
          style: 'secondary' as const,
        })),
      },
    ],
  };
}

/**
 * The verdict on one answer, with the explanation.
 * @param quiz - the quiz
 * @param questionIndex - the question's index in the quiz
 * @param choice - what the member chose
 */
export function verdict(quiz: QuizDefinition, questionIndex: number, choice: number): string {
  const question = quiz.questions[questionIndex];
  if (question === undefined) return '';
  const head =
    choice === question.answer
      ? '✅ Right!'
      : `❌ Not quite: the answer is **${question.choices[question.answer] ?? ''}**.`;
  return question.explanation === undefined ? head : `${head} ${question.explanation}`;
}

/** A finished attempt's numbers. */
export interface QuizResult {
  score: number;
  correct: number;
  passed: boolean;
  /** The member's best score on the quiz, this attempt included. */
  best: number;
  /** When the member may take the quiz again (epoch ms). */
  retakeAt: number;
}

/**
 * The ephemeral message ending an attempt: score, pass or fail, best score, when to retake.
 * @param quiz - the quiz
 * @param result - the numbers
 * @param note - what comes first (the verdict on the last answer), or null
 */
export function resultReply(quiz: QuizDefinition, result: QuizResult, note: string | null): InteractionReply {
  const lines = note === null ? [] : [note, ''];
  lines.push(
    `**${quiz.title}** finished: **${result.score}%** (${result.correct} of ${quiz.questions.length} right) · ${
      result.passed ? 'passed 🎉' : 'not passed'
    }`,
    `Your best score: ${result.best}%. You can take it again <t:${Math.floor(result.retakeAt / 1000)}:R>.`,
  );
  return { content: fit(lines), ephemeral: true };
}

/**
 * The card staff post in a channel: the quiz and a "Take quiz" button.
 * @param quiz - the quiz
 * @param passPercent - the pass mark
 */
export function quizCard(quiz: QuizDefinition, passPercent: number): OutgoingMessage {
  const lines = [
    `📝 **Quiz: ${quiz.title}**`,
    ...(quiz.topic === undefined ? [] : [`Topic: ${quiz.topic}`]),
    ...(quiz.tutorial === undefined ? [] : [`Goes with: ${quiz.tutorial}`]),
    `${quiz.questions.length} question${quiz.questions.length === 1 ? '' : 's'} · pass at ${passPercent}%`,
  ];
  return {
    content: fit(lines),
    components: [
      { components: [{ kind: 'button', customId: takeCustomId(quiz.id), label: 'Take quiz', style: 'primary' }] },
    ],
  };
}
