import type { Selectable } from 'kysely';
import type { GithubContext } from '../GithubContext.js';
import { accountsDb, type GithubLinkCodeTable, type GithubLinkTable, type LinkMethod } from './accountsTables.js';

/** A stored link. */
export type GithubLink = Selectable<GithubLinkTable>;
/** A stored verification in progress. */
export type PendingCode = Selectable<GithubLinkCodeTable>;

/**
 * The member's link, if any.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 */
export function linkOfMember(ctx: GithubContext, guildId: string, userId: string): Promise<GithubLink | undefined> {
  return accountsDb(ctx.db)
    .selectFrom('github_links')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * The link of a login (lower-cased), if any.
 * @param ctx - module context
 * @param guildId - the guild
 * @param login - lower-cased login
 */
export function linkOfLogin(ctx: GithubContext, guildId: string, login: string): Promise<GithubLink | undefined> {
  return accountsDb(ctx.db)
    .selectFrom('github_links')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('login', '=', login)
    .executeTakeFirst();
}

/** What {@link saveLink} stores. */
export interface NewLink {
  userId: string;
  /** As GitHub spells it (lower-cased for the key). */
  displayLogin: string;
  githubId: string | null;
  method: LinkMethod;
  by: string;
}

/**
 * Stores a link, replacing the member's previous one; the caller has checked the login is
 * free (or removed its other holder).
 * @param ctx - module context
 * @param guildId - the guild
 * @param link - the link
 */
export async function saveLink(ctx: GithubContext, guildId: string, link: NewLink): Promise<void> {
  const db = accountsDb(ctx.db);
  await db.deleteFrom('github_links').where('guild_id', '=', guildId).where('user_id', '=', link.userId).execute();
  await db
    .insertInto('github_links')
    .values({
      guild_id: guildId,
      user_id: link.userId,
      login: link.displayLogin.toLowerCase(),
      display_login: link.displayLogin,
      github_id: link.githubId,
      method: link.method,
      linked_by: link.by,
      linked_at: ctx.clock.now(),
    })
    .execute();
}

/**
 * Removes the member's link; answers the removed link, if there was one.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 */
export async function removeLink(ctx: GithubContext, guildId: string, userId: string): Promise<GithubLink | undefined> {
  const link = await linkOfMember(ctx, guildId, userId);
  if (link === undefined) return undefined;
  await accountsDb(ctx.db)
    .deleteFrom('github_links')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .execute();
  return link;
}

/**
 * The member's verification in progress, if any (expired ones included: the caller says so).
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 */
export function pendingCodeOf(ctx: GithubContext, guildId: string, userId: string): Promise<PendingCode | undefined> {
  return accountsDb(ctx.db)
    .selectFrom('github_link_codes')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Starts (or restarts) a member's verification: their previous code stops working.
 * @param ctx - module context
 * @param guildId - the guild
 * @param pending - the member, the login claimed, the code's hash
 */
export async function savePendingCode(
  ctx: GithubContext,
  guildId: string,
  pending: { userId: string; login: string; codeHash: string },
): Promise<void> {
  const db = accountsDb(ctx.db);
  const now = ctx.clock.now();
  await deletePendingCode(ctx, guildId, pending.userId);
  await db
    .insertInto('github_link_codes')
    .values({
      guild_id: guildId,
      user_id: pending.userId,
      login: pending.login,
      code_hash: pending.codeHash,
      created_at: now,
      expires_at: now + ctx.config.accounts.codeTtl,
    })
    .execute();
}

/**
 * Ends a member's verification (used, expired or replaced).
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 */
export async function deletePendingCode(ctx: GithubContext, guildId: string, userId: string): Promise<void> {
  await accountsDb(ctx.db)
    .deleteFrom('github_link_codes')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .execute();
}
