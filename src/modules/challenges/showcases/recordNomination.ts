import type { ChallengesContext } from '../ChallengesContext.js';
import { monthOf } from './showcaseCalendar.js';
import { categoryOf, findMonth, tallyNominees } from './showcaseStore.js';
import { showcasesDb } from './showcasesTables.js';

/** Longest reason kept. */
export const REASON_MAX = 500;
/** Longest project link kept. */
export const LINK_MAX = 300;

/** A nomination as a member made it. */
export interface NominationInput {
  month: string;
  category: string;
  nominatorId: string;
  nomineeId: string;
  link: string | null;
  reason: string | null;
}

/**
 * The current showcase month of the guild when it takes nominations, else a refusal.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function nominationMonth(ctx: ChallengesContext, guildId: string): Promise<{ month: string } | string> {
  const month = monthOf(ctx.clock.now(), ctx.config.showcases.timezone);
  const row = await findMonth(ctx, guildId, month);
  if (row?.status !== 'nominating') return 'Showcase nominations are not open right now.';
  return { month };
}

/** A refusal for a nomination that breaks a rule, or null when it may be recorded. */
async function nominationProblem(
  ctx: ChallengesContext,
  guildId: string,
  input: NominationInput,
): Promise<string | null> {
  const category = categoryOf(ctx, input.category);
  if (category === undefined) return `There is no showcase category "${input.category}".`;
  const month = await findMonth(ctx, guildId, input.month);
  if (month?.status !== 'nominating' || input.month !== monthOf(ctx.clock.now(), ctx.config.showcases.timezone)) {
    return 'Showcase nominations are not open right now.';
  }
  if (category.kind === 'member' && input.nomineeId === input.nominatorId) {
    return `You cannot nominate yourself for ${category.name}.`;
  }
  if (category.kind === 'project' && input.link === null) return `${category.name} needs a link to the project.`;
  if (input.link !== null && (!/^https?:\/\/\S+$/i.test(input.link) || input.link.length > LINK_MAX)) {
    return `The link must be a web address (http or https, up to ${LINK_MAX} characters).`;
  }
  const nominee = await ctx.members.get(guildId, input.nomineeId);
  if (nominee?.bot === true) return 'Bots cannot be nominated.';
  const earlier = await showcasesDb(ctx.db)
    .selectFrom('challenges_showcase_nominations')
    .select('nominee_id')
    .where('guild_id', '=', guildId)
    .where('month', '=', input.month)
    .where('category', '=', input.category)
    .where('nominator_id', '=', input.nominatorId)
    .executeTakeFirst();
  if (earlier !== undefined) {
    return `You already nominated <@${earlier.nominee_id}> for ${category.name} this month (one nomination per category).`;
  }
  return null;
}

/**
 * Records a nomination (duplicates of the same nominee merge into one nominee with more
 * nominations) and emits `challenges.nominated`; answers what the member sees.
 * @param ctx - module context
 * @param guildId - the guild
 * @param input - the nomination
 */
export async function recordNomination(
  ctx: ChallengesContext,
  guildId: string,
  input: NominationInput,
): Promise<string> {
  const problem = await nominationProblem(ctx, guildId, input);
  if (problem !== null) return problem;
  await showcasesDb(ctx.db)
    .insertInto('challenges_showcase_nominations')
    .values({
      guild_id: guildId,
      month: input.month,
      category: input.category,
      nominator_id: input.nominatorId,
      nominee_id: input.nomineeId,
      link: input.link,
      reason: input.reason === null ? null : input.reason.slice(0, REASON_MAX),
      nominated_at: ctx.clock.now(),
    })
    .execute();
  await ctx.emit(
    'challenges.nominated',
    { month: input.month, category: input.category, nominatorId: input.nominatorId, nomineeId: input.nomineeId },
    { key: `nominated:${input.month}:${input.category}:${input.nominatorId}`, guildId },
  );
  const tally = await tallyNominees(ctx, guildId, input.month, input.category);
  const count = tally.find((t) => t.nomineeId === input.nomineeId)?.nominations ?? 1;
  const name = categoryOf(ctx, input.category)?.name ?? input.category;
  return `You nominated <@${input.nomineeId}> for ${name} (${count} nomination${count === 1 ? '' : 's'} so far).`;
}
