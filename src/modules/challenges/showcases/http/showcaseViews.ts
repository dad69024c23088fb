import type { z } from 'zod';
import type { ChallengesContext } from '../../ChallengesContext.js';
import { tallyNominees, type ShowcaseMonthRow } from '../showcaseStore.js';
import { showcasesDb } from '../showcasesTables.js';
import type { HallOfFameEntry, ShowcaseMonthView } from './ShowcasesApi.js';

type MonthView = z.infer<typeof ShowcaseMonthView>;
type Status = MonthView['status'];
const STATUSES: readonly Status[] = ['nominating', 'voting', 'closed', 'cancelled'];

/** A name for an id: the directory's, `erased` as is, else the id. */
function nameOf(names: ReadonlyMap<string, string>, userId: string): string {
  return names.get(userId) ?? userId;
}

/**
 * A month as the dashboard shows it: every configured category (and any category awarded
 * that left the configuration) with ranked nominees and the winner.
 * @param ctx - module context
 * @param guildId - the guild
 * @param row - the month
 */
export async function monthView(ctx: ChallengesContext, guildId: string, row: ShowcaseMonthRow): Promise<MonthView> {
  const db = showcasesDb(ctx.db);
  const awards = await db
    .selectFrom('challenges_showcase_awards')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('month', '=', row.month)
    .where('awarded_at', 'is not', null)
    .execute();
  const voters = await db
    .selectFrom('challenges_showcase_votes')
    .select(['category', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('guild_id', '=', guildId)
    .where('month', '=', row.month)
    .groupBy('category')
    .execute();
  const categories = [];
  const ids = new Set<string>();
  for (const category of ctx.config.showcases.categories) {
    const tally = await tallyNominees(ctx, guildId, row.month, category.id);
    tally.forEach((t) => ids.add(t.nomineeId));
    awards.forEach((a) => ids.add(a.winner_id));
    categories.push({ category, tally });
  }
  const names = await ctx.members.names(guildId, ids);
  const status = STATUSES.find((s) => s === row.status) ?? 'closed';
  return {
    month: row.month,
    status,
    openedAt: row.opened_at,
    votingAt: row.voting_at,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    categories: categories.map(({ category, tally }) => {
      const award = awards.find((a) => a.category === category.id);
      return {
        id: category.id,
        name: category.name,
        kind: category.kind,
        decidedBy: category.decidedBy,
        nominees: tally.map((t) => ({
          userId: t.nomineeId,
          name: nameOf(names, t.nomineeId),
          link: t.link,
          nominations: t.nominations,
          votes: t.votes,
        })),
        voters: Number(voters.find((v) => v.category === category.id)?.n ?? 0),
        winner:
          award === undefined
            ? null
            : {
                userId: award.winner_id,
                name: nameOf(names, award.winner_id),
                votes: award.votes,
                decidedBy: award.decided_by,
              },
      };
    }),
  };
}

/**
 * Every past winner, newest month first.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function hallOfFame(ctx: ChallengesContext, guildId: string): Promise<z.infer<typeof HallOfFameEntry>[]> {
  const awards = await showcasesDb(ctx.db)
    .selectFrom('challenges_showcase_awards')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('awarded_at', 'is not', null)
    .orderBy('month', 'desc')
    .orderBy('category')
    .execute();
  const names = await ctx.members.names(
    guildId,
    awards.map((a) => a.winner_id),
  );
  return awards.map((a) => ({
    month: a.month,
    category: a.category,
    categoryName: ctx.config.showcases.categories.find((c) => c.id === a.category)?.name ?? a.category,
    userId: a.winner_id,
    name: nameOf(names, a.winner_id),
    votes: a.votes,
  }));
}
