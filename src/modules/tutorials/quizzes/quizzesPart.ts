import type { TutorialsPart } from '../TutorialsPart.js';
import { answerButtonHandler, takeButtonHandler } from './quizButtons.js';
import { quizCommand } from './quizCommand.js';
import { quizRoute, quizzesRoute } from './quizRoutes.js';

/** The quizzes part of the tutorials module: `/quiz`, its answer and "Take quiz" buttons, the dashboard routes. */
export const quizzesPart: TutorialsPart = {
  commands: [quizCommand],
  components: [answerButtonHandler, takeButtonHandler],
  routes: [quizzesRoute, quizRoute],
};
