import type { Selectable } from 'kysely';
import type { ChallengesContext } from '../ChallengesContext.js';
import type { ShowcaseCategory } from './showcasesConfig.js';
import { showcasesDb, type ShowcaseMonthTable } from './showcasesTables.js';

export type ShowcaseMonthRow = Selectable<ShowcaseMonthTable>;

/** A nominee of a category: nominations merged by nominee, with their votes. */
export interface NomineeTally {
  nomineeId: string;
  /** The first link given (project categories). */
  link: string | null;
  nominations: number;
  votes: number;
  /** The earliest nomination (ties go to the earlier nominee). */
  firstNominatedAt: number;
}

/**
 * A month of a guild, or null.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 */
export async function findMonth(
  ctx: ChallengesContext,
  guildId: string,
  month: string,
): Promise<ShowcaseMonthRow | null> {
  const row = await showcasesDb(ctx.db)
    .selectFrom('challenges_showcase_months')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * A configured category by id, or undefined.
 * @param ctx - module context
 * @param id - the category id
 */
export function categoryOf(ctx: ChallengesContext, id: string): ShowcaseCategory | undefined {
  return ctx.config.showcases.categories.find((c) => c.id === id);
}

/**
 * The nominees of a category in a month, ranked: most votes, then the earlier nomination.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 * @param category - the category id
 */
export async function tallyNominees(
  ctx: ChallengesContext,
  guildId: string,
  month: string,
  category: string,
): Promise<NomineeTally[]> {
  const db = showcasesDb(ctx.db);
  const nominations = await db
    .selectFrom('challenges_showcase_nominations')
    .select(['nominee_id', 'link', 'nominated_at'])
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .where('category', '=', category)
    .orderBy('nominated_at')
    .orderBy('nominator_id')
    .execute();
  const votes = await db
    .selectFrom('challenges_showcase_votes')
    .select('nominee_id')
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .where('category', '=', category)
    .execute();
  const byNominee = new Map<string, NomineeTally>();
  for (const n of nominations) {
    const known = byNominee.get(n.nominee_id);
    if (known === undefined) {
      byNominee.set(n.nominee_id, {
        nomineeId: n.nominee_id,
        link: n.link,
        nominations: 1,
        votes: 0,
        firstNominatedAt: n.nominated_at,
      });
    } else {
      known.nominations += 1;
      known.link ??= n.link;
    }
  }
  for (const v of votes) {
    const known = byNominee.get(v.nominee_id);
    if (known !== undefined) known.votes += 1;
  }
  return [...byNominee.values()].sort((a, b) => b.votes - a.votes || a.firstNominatedAt - b.firstNominatedAt);
}
