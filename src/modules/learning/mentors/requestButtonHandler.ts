import type { ComponentHandler } from '../../../core/defineModule.js';
import { sendMemberNotice } from '../../../platform/sendMemberNotice.js';
import type { LearningContext } from '../LearningContext.js';
import { learningDb } from '../LearningTables.js';
import { profileOf } from './candidates.js';
import { checkPair } from './checkPair.js';
import { mentorsChannelId } from './mentorsChannel.js';
import { parseRequestCustomId, REQUEST_PREFIX } from './requestCustomId.js';
import { startMentorship } from './startMentorship.js';

/**
 * The Accept / Decline buttons of a mentor request (`learning:request:<mentee>-<mentor>:…`):
 * only the mentor asked may press them. Accept checks the pair again (the mentee may have a
 * mentor by now, the mentor may be full) and starts the mentorship; Decline tells the mentee.
 */
export const requestButtonHandler: ComponentHandler<LearningContext> = {
  customIdPrefix: REQUEST_PREFIX,
  async handle(interaction, ctx) {
    const request = parseRequestCustomId(interaction.payload.customId);
    if (request === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const { guildId } = interaction;
    const { userId, interactionId } = interaction.payload;
    const { menteeId, mentorId } = request;
    if (userId !== mentorId) return privately(`Only <@${mentorId}> can answer this request.`);
    const existing = await learningDb(ctx.db)
      .selectFrom('learning_mentorships')
      .select('thread_id')
      .where('guild_id', '=', guildId)
      .where('mentor_id', '=', mentorId)
      .where('mentee_id', '=', menteeId)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (existing !== undefined) return privately(`You already mentor <@${menteeId}>.`);
    if (request.action === 'decline') {
      await tellMentee(
        ctx,
        guildId,
        menteeId,
        `<@${mentorId}> cannot take you as a mentee right now. \`/mentor recommend\` shows other mentors who suit you; \`/mentor find\` puts you on the waiting list.`,
        `learning:request:${interactionId}:declined`,
      );
      return privately(`Declined: <@${menteeId}> is told.`);
    }
    const check = await checkPair(ctx, guildId, menteeId, mentorId);
    if (!check.ok) return privately(`This request cannot be accepted any more: ${check.reason}`);
    const started = await startMentorship(ctx, guildId, {
      menteeId,
      mentorId,
      compatibility: check.compatibility,
      source: 'request',
      cause: `request:${interactionId}`,
    });
    if (started.threadId === null) {
      await tellMentee(
        ctx,
        guildId,
        menteeId,
        `<@${mentorId}> accepted: they are your mentor now. \`/mentor status\` shows your journey.`,
        `learning:request:${interactionId}:accepted`,
      );
    }
    const where = started.threadId === null ? '' : ` Your private thread: <#${started.threadId}>.`;
    return privately(`You now mentor <@${menteeId}>.${where}`);
  },
};

/** Tells the mentee: a mention in `mentors.channel`, and a DM when they allowed DMs. */
async function tellMentee(ctx: LearningContext, guildId: string, menteeId: string, text: string, nonce: string) {
  const byDm = new Set((await profileOf(ctx, guildId, menteeId))?.dm === 1 ? [menteeId] : []);
  const channelId = await mentorsChannelId(ctx, guildId);
  await sendMemberNotice(ctx.platform, guildId, channelId, [menteeId], byDm, {
    channelText: text,
    dmText: text,
    nonce,
  });
}

function privately(content: string) {
  return { content, ephemeral: true };
}
