import type { TutorialsPart } from '../TutorialsPart.js';
import { completeButtonHandler, rateButtonHandler, reviewHandler, startButtonHandler } from './cardButtonHandlers.js';
import { editFormHandler } from './editTutorial.js';
import { libraryItemRoute, libraryListRoute } from './libraryRoutes.js';
import { onLibraryMessage, onLibraryThread } from './onLibraryThread.js';
import { submitFormHandler } from './submitFormHandler.js';
import { tutorialCommand } from './tutorialCommand.js';

/** The library part of the tutorials module: its handlers, commands, components, jobs, routes. */
export const libraryPart: TutorialsPart = {
  on: { 'thread.created': onLibraryThread, 'message.created': onLibraryMessage },
  commands: [tutorialCommand],
  components: [
    submitFormHandler,
    editFormHandler,
    rateButtonHandler,
    startButtonHandler,
    completeButtonHandler,
    reviewHandler,
  ],
  routes: [libraryListRoute, libraryItemRoute],
};
