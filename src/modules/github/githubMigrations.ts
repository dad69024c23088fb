import type { Migration } from '../../store/Migration.js';
import { deliveriesMigrations } from './deliveries/deliveriesMigrations.js';
import { accountsMigrations } from './accounts/accountsMigrations.js';

/** The github module's migrations: its parts', each part in its own range of names. */
export const githubMigrations: readonly Migration[] = [...deliveriesMigrations, ...accountsMigrations];
