import type { Migration } from '../../../store/Migration.js';

/** The showcases part's migrations, named `0050_…` upwards (the module's other parts use other ranges). */
export const showcasesMigrations: readonly Migration[] = [];
