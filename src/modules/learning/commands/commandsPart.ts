import type { LearningPart } from '../LearningPart.js';
import { learnCommand } from './learnCommand.js';
import { mentorCommand } from './mentorCommand.js';
import { studyGroupsCommand } from './studyGroupsCommand.js';

/** `/learn`, `/mentor` and `/study-groups`; their subcommands live in the parts. */
export const commandsPart: LearningPart = { commands: [learnCommand, mentorCommand, studyGroupsCommand] };
