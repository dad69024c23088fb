import type { Json } from '../../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import { deleteMemberRows, exportMemberRows, type MemberRowTable } from '../../../core/privacy/memberRowTables.js';
import type { GithubContext } from '../GithubContext.js';
import { accountsDb, type AccountsTables } from './accountsTables.js';

/** Accounts tables whose rows belong to one member each, in export order. */
const MEMBER_TABLES = [
  { section: 'githubLink', table: 'github_links', orderBy: 'linked_at', single: true },
  { section: 'githubVerification', table: 'github_link_codes', orderBy: 'created_at', single: true },
  { section: 'githubCredits', table: 'github_credits', orderBy: 'credited_at' },
] as const satisfies readonly (MemberRowTable & { table: keyof AccountsTables })[];

/** The code's hash is a secret of the verification, not the member's data. */
function withoutSecret(row: Record<string, Json>): Json {
  return Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'code_hash'));
}

/**
 * A member's data in the accounts part's tables: their link (login, GitHub id, how and when),
 * a verification in progress (login, when; not the code's hash) and every contribution credited
 * to them. Erase deletes all three; links they made for others as staff name `erased`.
 */
export const accountsPrivacy: MemberPrivacy<GithubContext> = {
  exportMember(ctx, guildId, userId) {
    return exportMemberRows(ctx.db, MEMBER_TABLES, guildId, userId, withoutSecret);
  },
  async eraseMember(ctx, guildId, userId) {
    const erased = await deleteMemberRows(ctx.db, MEMBER_TABLES, guildId, userId);
    const staffed = await accountsDb(ctx.db)
      .updateTable('github_links')
      .set({ linked_by: 'erased' })
      .where('guild_id', '=', guildId)
      .where('linked_by', '=', userId)
      .executeTakeFirst();
    return erased + Number(staffed.numUpdatedRows);
  },
};
