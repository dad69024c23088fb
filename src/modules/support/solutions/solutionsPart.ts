import type { SupportPart } from '../SupportPart.js';
import { archiveSolvedJob } from './archiveJob.js';
import { markAsSolutionCommand, solvedCommand, unsolvedCommand } from './solutionCommands.js';
import { solutionMessageCreated } from './solutionMessageCreated.js';
import { solveButtonHandler } from './solveButtonHandler.js';
import { suggestSolutionJob } from './suggestJob.js';

/**
 * The solutions part of the support module: `/solved`, `/unsolved`, the "Mark as solution"
 * message context menu and button (`support:solve:…`), the solved tag, closing solved
 * questions after `solutions.archiveAfter`, and solutions inferred from the asker's thanks
 * (suggested to the asker, never marked without them).
 */
export const solutionsPart: SupportPart = {
  on: { 'message.created': solutionMessageCreated },
  commands: [solvedCommand, unsolvedCommand, markAsSolutionCommand],
  components: [solveButtonHandler],
  jobs: [archiveSolvedJob, suggestSolutionJob],
};
