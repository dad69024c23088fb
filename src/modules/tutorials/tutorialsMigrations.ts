import type { Migration } from '../../store/Migration.js';
import { libraryMigrations } from './library/libraryMigrations.js';
import { quizzesMigrations } from './quizzes/quizzesMigrations.js';

/** The tutorials module's migrations: its parts', each part in its own range of names. */
export const tutorialsMigrations: readonly Migration[] = [...libraryMigrations, ...quizzesMigrations];
