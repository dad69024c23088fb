import type { ComponentHandler } from '../../../core/defineModule.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { CONTEST_CUSTOM_IDS, contestCustomIdArgs } from './contestCustomIds.js';
import { getContest } from './contestStore.js';
import { parseEntry } from './entryForm.js';
import { submissionRefusal, submitEntry } from './submitEntry.js';

/**
 * The `/challenge submit` form, submitted: checks the challenge still takes entries (a form
 * sent after the deadline is refused), the member's limit and the fields, then stores and
 * posts the entry; answers privately with its number.
 */
export const entryFormHandler: ComponentHandler<ChallengesContext> = {
  customIdPrefix: CONTEST_CUSTOM_IDS.entryForm,
  async handle(interaction, ctx) {
    const args = contestCustomIdArgs(interaction.payload.customId, CONTEST_CUSTOM_IDS.entryForm);
    if (args?.length !== 1 || interaction.type !== 'interaction.modal') {
      return { content: 'This form is no longer valid: use /challenge submit again.', ephemeral: true };
    }
    const contest = await getContest(ctx, interaction.guildId, args[0] ?? '');
    const { userId, fields } = interaction.payload;
    const refusal = await submissionRefusal(ctx, contest, userId);
    if (refusal !== null || contest === undefined)
      return { content: refusal ?? 'This challenge is gone.', ephemeral: true };
    const submission = parseEntry(fields);
    if (!('link' in submission)) return submission;
    const entry = await submitEntry(ctx, contest, userId, submission);
    return {
      content: `Thanks! Your entry to **${contest.title}** is #${entry.number}. Voting opens when submissions close.`,
      ephemeral: true,
    };
  },
};
