import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/**
 * One support question, from the support module's events (`support.question_opened`,
 * `support.first_response`, `support.solved`, `support.reopened`, typed through
 * `EventPayloads`): the facts of the support metrics. No member ids (who asked or answered is
 * not kept): only times, the kind of first answer and the tags.
 */
export interface AnalyticsSupportQuestionTable {
  guild_id: string;
  /** The question's thread id. */
  question_id: string;
  /** The help forum or channel. */
  channel_id: string;
  asked_at: number;
  /** UTC day asked (days since the epoch): the metrics' ranges select on it. */
  day: number;
  /** First message by a human other than the asker (CHAOSS), null while unanswered. */
  first_response_at: number | null;
  /** `community` or `staff`, null while unanswered. */
  answered_by: string | null;
  /** When a solution was marked; null while unsolved (a reopened question is unsolved again). */
  solved_at: number | null;
  /** Tag names, JSON array. */
  tags: string;
}

/** The support facts' table. */
export type SupportFactsTables = { analytics_support_questions: AnalyticsSupportQuestionTable };

/**
 * The database seen with the support facts' table.
 * @param db - the core database
 */
export function supportFactsDb(db: Kysely<CoreTables>): Kysely<CoreTables & SupportFactsTables> {
  return db.withTables<SupportFactsTables>();
}
