import type { ChallengesContext } from '../ChallengesContext.js';
import { awardWinner } from './showcaseAwards.js';
import { phasesOf } from './showcaseCalendar.js';
import { announcementMessage, ballotMessage, resultsMessage, type CategoryResult } from './showcaseCards.js';
import { findMonth, tallyNominees } from './showcaseStore.js';
import { showcasesDb } from './showcasesTables.js';

/** What a phase change did, for staff commands. */
export type PhaseOutcome = 'done' | 'no-channel' | 'already' | 'not-open';

/**
 * Opens a month's nominations: the month row and the announcement embed in the showcase
 * channel, `challenges.showcase_opened`. Nothing when the month exists already.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 * @param byUserId - staff who opened it early, or null (the schedule)
 */
export async function openMonth(
  ctx: ChallengesContext,
  guildId: string,
  month: string,
  byUserId: string | null,
): Promise<PhaseOutcome> {
  const config = ctx.config.showcases;
  if ((await findMonth(ctx, guildId, month)) !== null) return 'already';
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find(
    (c) => c.name === config.channel && (c.kind === 'text' || c.kind === 'announcement'),
  );
  if (channel === undefined) {
    ctx.log.warn(`showcases: no text channel named "${config.channel ?? ''}"; ${month} not opened`);
    return 'no-channel';
  }
  const phases = phasesOf(month, config);
  const sent = await ctx.platform.sendMessage(channel.id, {
    ...announcementMessage(month, config.categories, phases),
    nonce: `challenges:showcase-open:${guildId}:${month}`,
  });
  await showcasesDb(ctx.db)
    .insertInto('challenges_showcase_months')
    .values({
      guild_id: guildId,
      month,
      status: 'nominating',
      channel_id: channel.id,
      message_id: sent.id,
      opened_at: ctx.clock.now(),
      voting_at: phases.votingAt,
      closes_at: phases.closesAt,
      closed_at: null,
    })
    .execute();
  await ctx.emit(
    'challenges.showcase_opened',
    { month, categories: config.categories.length, byUserId },
    { key: `showcase-opened:${month}`, guildId },
  );
  return 'done';
}

/**
 * Opens voting: a voting message per category (a select menu of the 25 most nominated).
 * Nothing unless the month is taking nominations.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 */
export async function startVoting(ctx: ChallengesContext, guildId: string, month: string): Promise<PhaseOutcome> {
  const row = await findMonth(ctx, guildId, month);
  if (row === null) return 'not-open';
  if (row.status !== 'nominating') return 'already';
  const db = showcasesDb(ctx.db);
  for (const category of ctx.config.showcases.categories) {
    const nominees = (await tallyNominees(ctx, guildId, month, category.id)).sort(
      (a, b) => b.nominations - a.nominations || a.firstNominatedAt - b.firstNominatedAt,
    );
    const names = await ctx.members.names(
      guildId,
      nominees.map((n) => n.nomineeId),
    );
    const sent = await ctx.platform.sendMessage(row.channel_id, {
      ...ballotMessage(month, category, nominees, names, row.closes_at),
      nonce: `challenges:showcase-ballot:${guildId}:${month}:${category.id}`,
    });
    await db
      .insertInto('challenges_showcase_ballots')
      .values({ guild_id: guildId, month, category: category.id, channel_id: row.channel_id, message_id: sent.id })
      .onConflict((oc) => oc.columns(['guild_id', 'month', 'category']).doNothing())
      .execute();
  }
  await db
    .updateTable('challenges_showcase_months')
    .set({ status: 'voting', voting_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .execute();
  return 'done';
}

/** Removes the select menus of a month's voting messages (closed or cancelled). */
async function retireBallots(ctx: ChallengesContext, guildId: string, month: string, note: string): Promise<void> {
  const ballots = await showcasesDb(ctx.db)
    .selectFrom('challenges_showcase_ballots')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .execute();
  for (const ballot of ballots) {
    const name = ctx.config.showcases.categories.find((c) => c.id === ballot.category)?.name ?? ballot.category;
    await ctx.platform.editMessage(ballot.channel_id, ballot.message_id, {
      content: `🗳️ **${name}** (${month}): ${note}`,
      components: [],
    });
  }
}

/**
 * Closes a month: each category's winner (most votes, ties to the earlier nomination; staff
 * categories: the staff pick), awarded once; the voting menus removed; the results posted.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 */
export async function closeMonth(ctx: ChallengesContext, guildId: string, month: string): Promise<PhaseOutcome> {
  const row = await findMonth(ctx, guildId, month);
  if (row === null) return 'not-open';
  if (row.status === 'closed' || row.status === 'cancelled') return 'already';
  const db = showcasesDb(ctx.db);
  const picks = await db
    .selectFrom('challenges_showcase_awards')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .execute();
  const results: CategoryResult[] = [];
  for (const category of ctx.config.showcases.categories) {
    const tally = await tallyNominees(ctx, guildId, month, category.id);
    const pick = category.decidedBy === 'staff' ? picks.find((p) => p.category === category.id) : undefined;
    const top = category.decidedBy === 'votes' ? tally.find((t) => t.votes > 0) : undefined;
    const winnerId = pick?.winner_id ?? top?.nomineeId ?? null;
    const entry = tally.find((t) => t.nomineeId === winnerId);
    results.push({ category, winnerId, votes: entry?.votes ?? 0 });
    if (winnerId === null) continue;
    await awardWinner(ctx, guildId, {
      month,
      category: category.id,
      winnerId,
      votes: entry?.votes ?? 0,
      nominations: entry?.nominations ?? 0,
      decidedBy: category.decidedBy,
    });
  }
  await db
    .updateTable('challenges_showcase_months')
    .set({ status: 'closed', closed_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .execute();
  await retireBallots(ctx, guildId, month, 'voting has closed.');
  await ctx.platform.sendMessage(row.channel_id, {
    ...resultsMessage(month, results),
    nonce: `challenges:showcase-results:${guildId}:${month}`,
  });
  return 'done';
}

/**
 * Cancels a month: no winners; the voting menus removed and a notice posted.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 */
export async function cancelMonth(ctx: ChallengesContext, guildId: string, month: string): Promise<PhaseOutcome> {
  const row = await findMonth(ctx, guildId, month);
  if (row === null) return 'not-open';
  if (row.status === 'closed' || row.status === 'cancelled') return 'already';
  await showcasesDb(ctx.db)
    .updateTable('challenges_showcase_months')
    .set({ status: 'cancelled', closed_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .execute();
  await retireBallots(ctx, guildId, month, 'this showcase was cancelled.');
  await ctx.platform.sendMessage(row.channel_id, {
    content: `The ${month} showcase was cancelled by staff.`,
    nonce: `challenges:showcase-cancelled:${guildId}:${month}`,
  });
  return 'done';
}
