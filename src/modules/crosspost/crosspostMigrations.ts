import type { Migration } from '../../store/Migration.js';
import { announcementsMigrations } from './announcements/announcementsMigrations.js';

/** The crosspost module's migrations: its parts', each part in its own range of names. */
export const crosspostMigrations: readonly Migration[] = [...announcementsMigrations];
