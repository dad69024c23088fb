import type { OutgoingMessage } from '../../../platform/Platform.js';
import type { SupportTier } from '../config/TiersConfig.js';
import type { Question } from '../store/Questions.js';
import { formatAge } from './formatAge.js';
import { questionLink, shownTitle } from './questionLink.js';

/** Where a notice goes and whom it pings, resolved from the tier's names. */
export interface NoticePlace {
  /** The tier's staff channel, or the question's thread. */
  channelId: string;
  /** The tier's role id to ping, or null. */
  roleId: string | null;
  /** True when the notice is posted in the question's own thread. */
  inThread: boolean;
}

/**
 * The message telling a tier that a question reached it (its role pinged, and only it), or that
 * a question passed the last tier's target (`overdue`: nobody pinged).
 * @param question - the question
 * @param tier - the tier reached (the last tier when overdue)
 * @param place - where it goes, whom it pings
 * @param waitedMs - time since the question was asked
 * @param overdue - past the last tier's target
 */
export function escalationNotice(
  question: Question,
  tier: SupportTier,
  place: NoticePlace,
  waitedMs: number,
  overdue: boolean,
): OutgoingMessage {
  const age = formatAge(waitedMs);
  const title = shownTitle(question.title);
  const link = questionLink(question.guild_id, question.id);
  const ping = place.roleId === null || overdue ? '' : `<@&${place.roleId}> `;
  // A staff escalation may move an answered (still unsolved) question on.
  const state = question.first_response_at === null ? 'without an answer' : 'still unsolved';
  const content = place.inThread
    ? overdue
      ? `⏰ This question has waited ${age} ${state}: it is past the **${tier.name}** tier's target.`
      : `${ping}This question has waited ${age} ${state} and moved to the **${tier.name}** tier. Can you help?`
    : overdue
      ? `⏰ **Overdue** (past the **${tier.name}** tier's target): “${title}” has waited ${age} ${state}.\n${link}`
      : `${ping}A question moved to the **${tier.name}** tier after ${age} ${state}: “${title}”\n${link}`;
  return {
    content,
    ...(ping === '' || place.roleId === null ? {} : { allowedRoleMentions: [place.roleId] }),
  };
}
