import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { ResourceKind, StoredIds } from './matchResources.js';
import { serverDb } from './ServerTables.js';

const KINDS: readonly ResourceKind[] = ['role', 'category', 'channel'];

/**
 * The ids remembered for a guild's blueprint resources.
 * @param db - the database
 * @param guildId - the guild
 */
export async function loadResourceIds(db: Kysely<CoreTables>, guildId: string): Promise<StoredIds> {
  const rows = await serverDb(db)
    .selectFrom('server_resources')
    .select(['kind', 'key', 'resource_id'])
    .where('guild_id', '=', guildId)
    .execute();
  const ids: Record<ResourceKind, Map<string, string>> = { role: new Map(), category: new Map(), channel: new Map() };
  for (const row of rows) {
    const kind = KINDS.find((k) => k === row.kind);
    if (kind !== undefined) ids[kind].set(row.key, row.resource_id);
  }
  return ids;
}

/**
 * Remembers (or updates) the live id of a blueprint resource.
 * @param db - the database
 * @param entry - guild, kind, key, id and the time
 */
export async function saveResourceId(
  db: Kysely<CoreTables>,
  entry: { guildId: string; kind: ResourceKind; key: string; id: string; at: number },
): Promise<void> {
  await serverDb(db)
    .insertInto('server_resources')
    .values({
      guild_id: entry.guildId,
      kind: entry.kind,
      key: entry.key,
      resource_id: entry.id,
      updated_at: entry.at,
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'kind', 'key']).doUpdateSet({ resource_id: entry.id, updated_at: entry.at }),
    )
    .execute();
}
