import { truncateText } from '../../../platform/fitMessage.js';
import { announcementEmbed } from './contestCards.js';
import { contestsDb } from './contestsTables.js';
import { contestInPhase, runningContest, talliedEntries } from './contestStore.js';
import type { ContestSubcommand } from './ContestSubcommand.js';
import { entryForm } from './entryForm.js';
import { isJudge } from './isJudge.js';
import { submissionRefusal } from './submitEntry.js';

const privately = (content: string) => ({ content, ephemeral: true });

/** `/challenge submit`: the entry form, when the member may still submit. */
export const submitSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const contest = await contestInPhase(ctx, interaction.guildId, 'submissions');
  const refusal = await submissionRefusal(ctx, contest, interaction.payload.userId);
  if (refusal !== null || contest === undefined) return privately(refusal ?? 'No challenge is taking entries.');
  return { modal: entryForm(contest) };
};

/** `/challenge current`: the running challenge (or the next one) with its deadlines. */
export const currentSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const running = await runningContest(ctx, interaction.guildId);
  const contest =
    running ??
    (await contestsDb(ctx.db)
      .selectFrom('challenges_contests')
      .selectAll()
      .where('guild_id', '=', interaction.guildId)
      .where('phase', '=', 'scheduled')
      .orderBy('opens_at')
      .limit(1)
      .executeTakeFirst());
  if (contest === undefined) return privately('No challenge is running or planned right now.');
  const phase = {
    scheduled: 'Coming soon',
    submissions: 'Taking entries',
    voting: 'Voting',
    closed: 'Closed',
    cancelled: 'Cancelled',
  }[contest.phase];
  return {
    content: `**${phase}**`,
    embeds: [announcementEmbed(contest, ctx.config.contests.maxEntriesPerMember)],
    ephemeral: true,
  };
};

/** `/challenge entries`: the running challenge's entries (with votes while voting). */
export const entriesSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const contest = await runningContest(ctx, interaction.guildId);
  if (contest === undefined) return privately('No challenge is running right now.');
  const entries = await talliedEntries(ctx, interaction.guildId, contest.id);
  if (entries.length === 0) return privately(`No entries to **${contest.title}** yet.`);
  const lines = entries.map(
    (e) =>
      `#${e.number} **${e.title}** by <@${e.author_id}> <${e.link}>${contest.phase === 'voting' ? ` · ${e.votes} votes` : ''}`,
  );
  return privately(truncateText(`Entries to **${contest.title}**:\n${lines.join('\n')}`, 2000));
};

/** `/challenge judge entry:<n> score:<1–10>`: a judge's score (changeable) while voting. */
export const judgeSubcommand: ContestSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId, options } = interaction.payload;
  if (!(await isJudge(ctx, guildId, interaction.payload))) return privately('Only judges can score entries.');
  const contest = await contestInPhase(ctx, guildId, 'voting');
  if (contest === undefined) return privately('Judging opens when submissions close.');
  const number = Number(options['entry']);
  const score = Number(options['score']);
  if (!Number.isInteger(score) || score < 1 || score > 10)
    return privately('The score must be a whole number from 1 to 10.');
  const entry = (await talliedEntries(ctx, guildId, contest.id)).find((e) => e.number === number);
  if (entry === undefined) return privately(`There is no entry #${options['entry'] ?? '?'}.`);
  if (entry.author_id === userId) return privately('You cannot judge your own entry.');
  const db = contestsDb(ctx.db);
  const key = { guild_id: guildId, contest_id: contest.id, entry_number: number, judge_id: userId };
  const now = ctx.clock.now();
  await db
    .insertInto('challenges_judge_scores')
    .values({ ...key, score, scored_at: now })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'contest_id', 'entry_number', 'judge_id']).doUpdateSet({ score, scored_at: now }),
    )
    .execute();
  await ctx.emit(
    'challenges.judged',
    { contestId: contest.id, entryNumber: number, judgeId: userId, score },
    { key: `judged:${interaction.payload.interactionId}`, guildId },
  );
  return privately(`Scored entry #${number} (**${entry.title}**) ${score}/10.`);
};
