import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** One row per welcomed join (a member who leaves and rejoins is welcomed again). */
export interface OnboardingWelcomeTable {
  guild_id: string;
  user_id: string;
  /** The member.joined event id: makes a recovered event welcome once. */
  join_event_id: string;
  joined_at: number;
  welcomed_at: number;
  role_id: string | null;
  welcome_channel_id: string;
  welcome_message_id: string;
}

/** The onboarding module's tables. */
export type OnboardingTables = { onboarding_welcomes: OnboardingWelcomeTable };

/**
 * Adds the onboarding tables to the database's type.
 * @param db - the core database
 */
export function onboardingDb(db: Kysely<CoreTables>): Kysely<CoreTables & OnboardingTables> {
  return db.withTables<OnboardingTables>();
}
