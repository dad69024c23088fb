import type { Migration } from '../../../store/Migration.js';

/** The library part's migrations, named `0001_…` upwards (the module's other parts use other ranges). */
export const libraryMigrations: readonly Migration[] = [];
