import type { Selectable } from 'kysely';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { ServerContext } from './ServerContext.js';
import { serverDb, type ServerChangeTable } from './ServerTables.js';

/** What an erased member's id becomes in the change log (`member erased`). */
const ERASED = 'erased';

/**
 * The server module keeps role, category and channel ids, and a log of the changes `apply`
 * made. A member appears there only through a member permission overwrite declared in the
 * blueprint (`{ member: "<id>" }`): its id is in the change's target and before/after JSON.
 * Export returns those changes; erase replaces the id with `erased` (the change stays).
 */
export const serverPrivacy: MemberPrivacy<Pick<ServerContext, 'db'>> = {
  async exportMember(ctx, guildId, userId) {
    const changes = await changesMentioning(ctx, guildId, userId);
    return changes.length === 0 ? {} : { server_changes: changes };
  },
  async eraseMember(ctx, guildId, userId) {
    const changes = await changesMentioning(ctx, guildId, userId);
    const blank = (text: string | null): string | null => (text === null ? null : text.replaceAll(userId, ERASED));
    for (const change of changes) {
      await serverDb(ctx.db)
        .updateTable('server_changes')
        .set({
          target: change.target.replaceAll(userId, ERASED),
          before: blank(change.before),
          after: blank(change.after),
          reason: change.reason.replaceAll(userId, ERASED),
        })
        .where('id', '=', change.id)
        .execute();
    }
    return changes.length;
  },
};

/** The guild's recorded changes whose text holds the member's id (few: one per member overwrite change). */
async function changesMentioning(
  ctx: Pick<ServerContext, 'db'>,
  guildId: string,
  userId: string,
): Promise<Selectable<ServerChangeTable>[]> {
  const rows = await serverDb(ctx.db)
    .selectFrom('server_changes')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('id')
    .execute();
  return rows.filter((row) =>
    [row.target, row.before, row.after, row.reason].some((text) => text?.includes(userId) === true),
  );
}
