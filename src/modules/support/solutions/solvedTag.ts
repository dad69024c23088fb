import type { ThreadPatch } from '../../../platform/Platform.js';
import { postTagIds, tagIdByName } from '../questions/forumTags.js';
import { helpChannels } from '../questions/helpChannels.js';
import { questionTags, type Question } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';

/**
 * Puts the forum's solved tag on a question's post, or takes it off, keeping its topic tags
 * (at most 4 of them next to the solved tag: Discord allows 5). An archived thread (dormant, or
 * closed after a solution) is unarchived in the same edit (and unlocked when reopened after
 * `solutions.lock` locked it). Nothing is sent for a question in a
 * help text channel or a forum without a tag named `solutions.solvedTag`, unless it must be unarchived.
 * @param ctx - module context
 * @param question - the question as stored
 * @param solved - true: add the tag; false: remove it
 */
export async function setSolvedTag(ctx: SupportContext, question: Question, solved: boolean): Promise<void> {
  const forum = (await helpChannels(ctx, question.guild_id)).byId.get(question.channel_id);
  const solvedId = forum?.kind === 'forum' ? tagIdByName(forum, ctx.config.solutions.solvedTag) : null;
  const patch: ThreadPatch = {};
  if (solvedId !== null) {
    patch.appliedTags = postTagIds(forum, questionTags(question), solved ? solvedId : null);
  }
  if (question.archived_at !== null) {
    patch.archived = false;
    // Locked when it was closed as solved with `solutions.lock`: reopening unlocks it.
    if (!solved && question.status === 'solved' && ctx.config.solutions.lock) patch.locked = false;
  }
  if (Object.keys(patch).length === 0) return;
  await ctx.platform.editThread(question.id, patch, solved ? 'Question solved' : 'Question reopened');
}
