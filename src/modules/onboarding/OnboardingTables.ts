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

/**
 * One row per member in onboarding: where they are in the gate and the journey, and what they
 * agreed to. A rejoin starts the row over (the journey runs again).
 */
export interface OnboardingMemberTable {
  guild_id: string;
  user_id: string;
  /** The member.joined event that started this run. */
  join_event_id: string;
  joined_at: number;
  member_type: string | null;
  type_chosen_at: number | null;
  rules_accepted_at: number | null;
  intro_posted_at: number | null;
  intro_message_id: string | null;
  /** Passed the gate (got the member role): onboarding complete. */
  verified_at: number | null;
  /** 1 while Discord's membership screening has not cleared the member. */
  pending: number;
  /** The invite the member joined through (from recognition's referral event). */
  invite_code: string | null;
  /** Pressed "Send me tips by DM" (and not opted out since). */
  dm_opt_in_at: number | null;
  dm_opt_out_at: number | null;
  /** The member's private onboarding thread, once created. */
  thread_id: string | null;
  /** Journey stopped: `left`, `member` (/onboarding stop or the button), `staff`. */
  stopped_at: number | null;
  stopped_reason: string | null;
  left_at: number | null;
  updated_at: number;
}

/** One journey step of one member: when it is due and what happened. */
export interface OnboardingStepTable {
  guild_id: string;
  user_id: string;
  step_id: string;
  due_at: number;
  /** `dm`, `thread`, `channel` (sent), `skipped`, `stopped`, or null while waiting. */
  outcome: string | null;
  /** Why skipped, or that a DM fell back (`dm_closed`). */
  detail: string | null;
  message_id: string | null;
  done_at: number | null;
}

/** A member's arm in an A/B experiment (deterministic; kept so results never move). */
export interface OnboardingAssignmentTable {
  guild_id: string;
  user_id: string;
  experiment_id: string;
  variant_id: string;
  assigned_at: number;
}

/** Re-engagement messages sent (at most one per member per period). */
export interface OnboardingReengagementTable {
  guild_id: string;
  user_id: string;
  sent_at: number;
  /** `dm`, or `none` when the member had not opted in (recorded so the period still counts). */
  via: string;
  message_id: string | null;
}

/** The onboarding module's tables. */
export type OnboardingTables = {
  onboarding_welcomes: OnboardingWelcomeTable;
  onboarding_members: OnboardingMemberTable;
  onboarding_steps: OnboardingStepTable;
  onboarding_assignments: OnboardingAssignmentTable;
  onboarding_reengagements: OnboardingReengagementTable;
};

/**
 * Adds the onboarding tables to the database's type.
 * @param db - the core database
 */
export function onboardingDb(db: Kysely<CoreTables>): Kysely<CoreTables & OnboardingTables> {
  return db.withTables<OnboardingTables>();
}
