import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { moderationDb, type ModerationAppealTable } from '../ModerationTables.js';

/** An appeal as the module works with it. */
export interface Appeal {
  id: number;
  guildId: string;
  caseId: number;
  userId: string;
  filedBy: string;
  level: 'first' | 'final';
  statement: string;
  channelId: string | null;
  status: 'pending' | 'upheld' | 'overturned';
  createdAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  decisionReason: string | null;
  flaggedAt: number | null;
}

/**
 * Reads a stored row.
 * @param row - a `moderation_appeals` row
 */
export function toAppeal(row: Omit<ModerationAppealTable, 'id'> & { id: number }): Appeal {
  return {
    id: row.id,
    guildId: row.guild_id,
    caseId: row.case_id,
    userId: row.user_id,
    filedBy: row.filed_by,
    level: row.level,
    statement: row.statement,
    channelId: row.channel_id,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decisionReason: row.decision_reason,
    flaggedAt: row.flagged_at,
  };
}

/**
 * The appeals of a case, oldest first.
 * @param db - the database
 * @param caseId - the case
 */
export async function appealsOfCase(db: Kysely<CoreTables>, caseId: number): Promise<Appeal[]> {
  const rows = await moderationDb(db)
    .selectFrom('moderation_appeals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map(toAppeal);
}

/**
 * How a decision reads to the member.
 * @param outcome - what the reviewer decided
 */
export function verdictText(outcome: 'upheld' | 'overturned'): string {
  return outcome === 'overturned' ? 'overturned: the case is withdrawn' : 'upheld: the case stands';
}
