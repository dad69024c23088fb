import type { ChallengesContext } from '../ChallengesContext.js';
import { closeSubmissions } from './closeSubmissions.js';
import { closeVoting } from './closeVoting.js';
import { advanceContest } from './contestJobs.js';
import { contestsDb } from './contestsTables.js';
import { contestInPhase, getContest, runningContest, updateContest, type Contest } from './contestStore.js';
import type { ContestSubcommand } from './ContestSubcommand.js';
import { openContest } from './openContest.js';

const privately = (content: string) => ({ content, ephemeral: true });

async function audit(ctx: ChallengesContext, guildId: string, actor: string, action: string, contest: Contest) {
  await ctx.audit({
    guildId,
    actor: `discord:${actor}`,
    action: `challenges.${action}`,
    target: contest.id,
    details: { title: contest.title },
  });
}

/** `/challenge-staff start [id]`: announces a scheduled challenge now (the next one when no id). */
export const startSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  if ((await runningContest(ctx, guildId)) !== undefined) return privately('A challenge is already running.');
  const id = interaction.payload.options['id'];
  const contest =
    typeof id === 'string'
      ? await getContest(ctx, guildId, id)
      : await contestsDb(ctx.db)
          .selectFrom('challenges_contests')
          .selectAll()
          .where('guild_id', '=', guildId)
          .where('phase', '=', 'scheduled')
          .orderBy('opens_at')
          .limit(1)
          .executeTakeFirst();
  if (contest?.phase !== 'scheduled')
    return privately('No scheduled challenge by that id: see `challenges.contests.schedule`.');
  const opened = await openContest(ctx, contest, interaction.payload.userId);
  await advanceContest(ctx, opened);
  await audit(ctx, guildId, interaction.payload.userId, 'challenge_started', opened);
  return privately(`**${opened.title}** is announced and taking entries.`);
};

/** `/challenge-staff close-submissions`: closes submissions now and opens voting. */
export const closeSubmissionsSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const contest = await contestInPhase(ctx, interaction.guildId, 'submissions');
  if (contest === undefined) return privately('No challenge is taking entries.');
  await advanceContest(ctx, await closeSubmissions(ctx, contest));
  await audit(ctx, interaction.guildId, interaction.payload.userId, 'submissions_closed', contest);
  return privately(`Submissions for **${contest.title}** are closed; voting is open.`);
};

/** `/challenge-staff close-voting`: closes voting now and announces the winners. */
export const closeVotingSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const contest = await contestInPhase(ctx, interaction.guildId, 'voting');
  if (contest === undefined) return privately('No challenge is in its voting phase.');
  const closed = await closeVoting(ctx, contest);
  await audit(ctx, interaction.guildId, interaction.payload.userId, 'voting_closed', contest);
  return privately(
    closed.winner_id === null
      ? `**${contest.title}** closed without entries.`
      : `Results of **${contest.title}** announced.`,
  );
};

/** `/challenge-staff cancel`: cancels the running challenge (no results, no badges). */
export const cancelSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const contest = await runningContest(ctx, interaction.guildId);
  if (contest === undefined) return privately('No challenge is running.');
  await updateContest(ctx, contest, { phase: 'cancelled', closed_at: ctx.clock.now() });
  if (contest.announcement_channel_id !== null) {
    await ctx.platform.sendMessage(contest.announcement_channel_id, {
      content: `The challenge **${contest.title}** has been cancelled.`,
    });
  }
  await audit(ctx, interaction.guildId, interaction.payload.userId, 'challenge_cancelled', contest);
  return privately(`**${contest.title}** is cancelled.`);
};
