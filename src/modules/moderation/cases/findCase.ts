import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { moderationDb } from '../ModerationTables.js';
import { toCase, type ModerationCase } from './ModerationCase.js';

/**
 * Reads one case of a guild, or null.
 * @param db - the database
 * @param guildId - the guild
 * @param caseId - the case number
 */
export async function findCase(
  db: Kysely<CoreTables>,
  guildId: string,
  caseId: number,
): Promise<ModerationCase | null> {
  if (!Number.isSafeInteger(caseId) || caseId < 1) return null;
  const row = await moderationDb(db)
    .selectFrom('moderation_cases')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row === undefined ? null : toCase(row);
}
