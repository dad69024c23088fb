import type { ComponentHandler } from '../../../core/defineModule.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { castContestVote } from './castContestVote.js';
import { CONTEST_CUSTOM_IDS, contestCustomIdArgs } from './contestCustomIds.js';
import { getContest } from './contestStore.js';

/** The Vote button of an entry's card (`challenges:contest-vote:<contestId>:<number>`). */
export const voteButtonHandler: ComponentHandler<ChallengesContext> = {
  customIdPrefix: CONTEST_CUSTOM_IDS.vote,
  async handle(interaction, ctx) {
    const args = contestCustomIdArgs(interaction.payload.customId, CONTEST_CUSTOM_IDS.vote);
    const number = Number(args?.[1]);
    if (args?.length !== 2 || !Number.isInteger(number) || interaction.type !== 'interaction.button') {
      return { content: 'This button is not valid.', ephemeral: true };
    }
    const contest = await getContest(ctx, interaction.guildId, args[0] ?? '');
    if (contest === undefined) return { content: 'This challenge no longer exists.', ephemeral: true };
    const { userId, interactionId } = interaction.payload;
    const outcome = await castContestVote(ctx, contest, number, userId, interactionId);
    if (!outcome.ok) return { content: outcome.reason, ephemeral: true };
    const verb = outcome.unchanged ? 'Your vote already goes to' : outcome.changed ? 'Vote moved to' : 'Voted for';
    return {
      content: `${verb} entry #${number} in **${contest.title}**. You can change it until voting closes.`,
      ephemeral: true,
    };
  },
};
