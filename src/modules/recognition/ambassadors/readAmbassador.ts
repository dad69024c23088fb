import type { RecognitionDb } from '../RecognitionTables.js';
import type { AmbassadorRecord } from './ambassadorStep.js';

/**
 * A member's ambassador record, or null when never nominated.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function readAmbassador(
  db: RecognitionDb,
  guildId: string,
  userId: string,
): Promise<AmbassadorRecord | null> {
  const row = await db
    .selectFrom('recognition_ambassadors')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    tier: row.tier,
    status: row.status,
    nominatedBy: row.nominated_by,
    nominatedAt: row.nominated_at,
    reviewedBy: row.reviewed_by,
    trialEndsAt: row.trial_ends_at,
    confirmedAt: row.confirmed_at,
    note: row.note,
  };
}
