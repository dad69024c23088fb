import type { Selectable } from 'kysely';
import { sendMemberNotice } from '../../../platform/sendMemberNotice.js';
import { GROUP_TYPE_LABELS, type GroupType } from '../config/LearningTypes.js';
import type { LearningContext } from '../LearningContext.js';
import type { LearningProfileTable } from '../LearningTables.js';

/**
 * The reason as the channel may show it: a reason touching do-not-pair lists (private) is
 * said in general words there; the member's DM and `/study-groups list` give it in full.
 * @param reason - the optimiser's reason
 */
export function publicReason(reason: string): string {
  return /avoid|pair|forbid|list/i.test(reason) ? 'no group could take you this round' : reason;
}

/**
 * Tells every member a round could not place why, so nobody is left out silently: by DM to
 * those who allowed DMs (`/learn dms`), else with a mention in `groups.channel`; without a
 * channel, members who did not allow DMs find it in `/study-groups list`. Queued in the outbox,
 * keyed by the round.
 * @param ctx - module context
 * @param guildId - the guild
 * @param channelId - `groups.channel`'s id, or null
 * @param round - the round's id, number and type
 * @param unplaced - who and why
 * @param profiles - their profiles, by user id
 */
export async function tellUnplaced(
  ctx: LearningContext,
  guildId: string,
  channelId: string | null,
  round: { id: string; number: number; type: GroupType },
  unplaced: readonly { userId: string; reason: string }[],
  profiles: ReadonlyMap<string, Selectable<LearningProfileTable>>,
): Promise<void> {
  const label = GROUP_TYPE_LABELS[round.type].toLowerCase();
  const byReason = new Map<string, string[]>();
  for (const u of unplaced) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.userId]);
  let index = 0;
  for (const [reason, userIds] of byReason) {
    index += 1;
    const dm = userIds.filter((id) => profiles.get(id)?.dm === 1);
    const mention = userIds.filter((id) => profiles.get(id)?.dm !== 1);
    const nonce = `learning:round:${round.id}:unplaced:${index}`;
    const dmText = `Study groups round ${round.number} (${label}): you were not placed in a group — ${reason}. You stay in the next rounds.`;
    const channelText = `Study groups round ${round.number} (${label}): not placed this time — ${publicReason(reason)}. You stay in the next rounds; \`/study-groups list\` says more.`;
    if (mention.length > 0 && channelId !== null) {
      await sendMemberNotice(ctx.platform, guildId, channelId, mention, new Set(), {
        channelText,
        dmText,
        nonce,
      });
    }
    if (dm.length > 0) {
      await sendMemberNotice(ctx.platform, guildId, null, dm, new Set(dm), { channelText, dmText, nonce });
    }
  }
}
