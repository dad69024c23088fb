import type { RecognitionDb } from '../RecognitionTables.js';
import type { AmbassadorRecord } from './ambassadorStep.js';

/** Order in which staff see the programme: what needs them first. */
const ORDER = ['nominated', 'trial', 'confirmed', 'rejected', 'ended'];

/**
 * Everyone in the ambassador programme, nominations first, then trials, confirmed,
 * rejected and ended; oldest first within each.
 * @param db - the database
 * @param guildId - the guild
 */
export async function listAmbassadors(
  db: RecognitionDb,
  guildId: string,
): Promise<(AmbassadorRecord & { userId: string })[]> {
  const rows = await db
    .selectFrom('recognition_ambassadors')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('nominated_at')
    .orderBy('user_id')
    .execute();
  return rows
    .map((row) => ({
      userId: row.user_id,
      tier: row.tier,
      status: row.status,
      nominatedBy: row.nominated_by,
      nominatedAt: row.nominated_at,
      reviewedBy: row.reviewed_by,
      trialEndsAt: row.trial_ends_at,
      confirmedAt: row.confirmed_at,
      note: row.note,
    }))
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}
