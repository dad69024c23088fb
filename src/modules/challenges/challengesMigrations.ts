import type { Migration } from '../../store/Migration.js';
import { contestsMigrations } from './contests/contestsMigrations.js';
import { showcasesMigrations } from './showcases/showcasesMigrations.js';

/** The challenges module's migrations: its parts', each part in its own range of names. */
export const challengesMigrations: readonly Migration[] = [...contestsMigrations, ...showcasesMigrations];
