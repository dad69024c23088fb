import type { ActionRow, Embed } from '../Platform.js';
import type { SandboxDatabase } from './SandboxTables.js';
import { fromJson, sortKey } from './sandboxRows.js';
import type { SandboxDirectMessage } from './sandboxViews.js';

/**
 * Direct messages the bot delivered privately to a user, newest first.
 * @param page - at most `limit`, older than `before` when given
 */
export async function listDirectMessages(
  db: SandboxDatabase,
  userId: string,
  page: { limit: number; before?: string | undefined },
): Promise<SandboxDirectMessage[]> {
  let query = db
    .selectFrom('sandbox_direct_messages')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('sort_key', 'desc')
    .limit(page.limit);
  if (page.before !== undefined) query = query.where('sort_key', '<', sortKey(page.before));
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    content: r.content,
    embeds: fromJson<Embed[]>(r.embeds),
    components: fromJson<ActionRow[]>(r.components),
    createdAt: r.created_at,
  }));
}
