import type { Json } from '../../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { showcasesDb } from './showcasesTables.js';

/** The winner's id in award rows after their erase (the month's counts stay). */
const ERASED_ID = 'erased';

/**
 * A member's showcase data. Export: the nominations they made (with their reasons and links),
 * the nominations of them (month, category, link, reason; not who made them), their votes and
 * their awards. Erase deletes the nominations they made and those of them, the votes they cast
 * and the votes for them; their awards stay with the winner `erased` and the counts kept.
 */
export const showcasesPrivacy: MemberPrivacy<ChallengesContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = showcasesDb(ctx.db);
    const made = await db
      .selectFrom('challenges_showcase_nominations')
      .select(['month', 'category', 'nominee_id', 'link', 'reason', 'nominated_at'])
      .where('guild_id', '=', guildId)
      .where('nominator_id', '=', userId)
      .orderBy('nominated_at')
      .execute();
    const received = await db
      .selectFrom('challenges_showcase_nominations')
      .select(['month', 'category', 'link', 'reason', 'nominated_at'])
      .where('guild_id', '=', guildId)
      .where('nominee_id', '=', userId)
      .orderBy('nominated_at')
      .execute();
    const votes = await db
      .selectFrom('challenges_showcase_votes')
      .select(['month', 'category', 'nominee_id', 'voted_at'])
      .where('guild_id', '=', guildId)
      .where('voter_id', '=', userId)
      .orderBy('voted_at')
      .execute();
    const awards = await db
      .selectFrom('challenges_showcase_awards')
      .select(['month', 'category', 'votes', 'nominations', 'decided_by', 'awarded_at'])
      .where('guild_id', '=', guildId)
      .where('winner_id', '=', userId)
      .orderBy('month')
      .execute();
    const data: Record<string, Json> = {};
    if (made.length > 0) data.showcaseNominationsMade = made;
    if (received.length > 0) data.showcaseNominationsReceived = received;
    if (votes.length > 0) data.showcaseVotes = votes;
    if (awards.length > 0) data.showcaseAwards = awards;
    return data;
  },
  async eraseMember(ctx, guildId, userId) {
    const db = showcasesDb(ctx.db);
    const nominations = await db
      .deleteFrom('challenges_showcase_nominations')
      .where('guild_id', '=', guildId)
      .where((eb) => eb.or([eb('nominator_id', '=', userId), eb('nominee_id', '=', userId)]))
      .executeTakeFirst();
    const votes = await db
      .deleteFrom('challenges_showcase_votes')
      .where('guild_id', '=', guildId)
      .where((eb) => eb.or([eb('voter_id', '=', userId), eb('nominee_id', '=', userId)]))
      .executeTakeFirst();
    const awards = await db
      .updateTable('challenges_showcase_awards')
      .set({ winner_id: ERASED_ID })
      .where('guild_id', '=', guildId)
      .where('winner_id', '=', userId)
      .executeTakeFirst();
    return Number(nominations.numDeletedRows) + Number(votes.numDeletedRows) + Number(awards.numUpdatedRows);
  },
};
