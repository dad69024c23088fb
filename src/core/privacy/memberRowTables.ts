import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { Json } from '../DomainEvent.js';

/** A module table whose rows belong to one member each, keyed by `guild_id` and `user_id`. */
export interface MemberRowTable {
  /** The export's section name for the table's rows. */
  section: string;
  table: string;
  /** Column the exported rows are ordered by. */
  orderBy: string;
  /** The table holds at most one row per member: export it as one object, not a list. */
  single?: boolean;
}

/** Any table with the member key columns. */
type MemberKeyed = Record<string, { guild_id: string; user_id: string }>;

/**
 * Exports a member's rows of `tables`, by section (a table with no rows is left out): the
 * common part of a module's `exportMember` when its member data is whole rows.
 * @param db - the store
 * @param tables - the tables, in export order
 * @param guildId - the guild
 * @param userId - the member
 * @param shape - turns a row into what is exported (e.g. to leave a secret out); default: as stored
 */
export async function exportMemberRows(
  db: Kysely<CoreTables>,
  tables: readonly MemberRowTable[],
  guildId: string,
  userId: string,
  shape: (row: Record<string, Json>) => Json = (row) => row,
): Promise<Record<string, Json>> {
  const keyed = db.withTables<MemberKeyed>();
  const data: Record<string, Json> = {};
  for (const { section, table, orderBy, single } of tables) {
    const rows = (await keyed
      .selectFrom(table)
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy(sql.ref(orderBy))
      .execute()) as Record<string, Json>[];
    if (rows.length === 0) continue;
    const shaped = rows.map(shape);
    data[section] = single === true ? (shaped[0] ?? null) : shaped;
  }
  return data;
}

/**
 * Deletes a member's rows of `tables`; answers how many went.
 * @param db - the store
 * @param tables - the tables
 * @param guildId - the guild
 * @param userId - the member
 */
export async function deleteMemberRows(
  db: Kysely<CoreTables>,
  tables: readonly MemberRowTable[],
  guildId: string,
  userId: string,
): Promise<number> {
  const keyed = db.withTables<MemberKeyed>();
  let erased = 0;
  for (const { table } of tables) {
    const result = await keyed
      .deleteFrom(table)
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    erased += Number(result.numDeletedRows);
  }
  return erased;
}
