import type { Json } from '../../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { contestsDb } from './contestsTables.js';

/** The member's id where a challenge's result stays after an erase. */
const ERASED_ID = 'erased';

/**
 * A member's challenge data. Export: their entries (title, link, description, score, place),
 * their votes, their judge scores, and the challenges they won or came second in. Erase
 * deletes their entries (with the votes and scores given to them), their votes and their
 * judge scores; a challenge they won or came second in names `erased`.
 */
export const contestsPrivacy: MemberPrivacy<ChallengesContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = contestsDb(ctx.db);
    const [entries, votes, judgeScores, placed] = await Promise.all([
      db
        .selectFrom('challenges_entries')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('author_id', '=', userId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('challenges_votes')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('voter_id', '=', userId)
        .orderBy('cast_at')
        .execute(),
      db
        .selectFrom('challenges_judge_scores')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('judge_id', '=', userId)
        .orderBy('scored_at')
        .execute(),
      db
        .selectFrom('challenges_contests')
        .select(['id', 'title', 'winner_id', 'runner_up_id'])
        .where('guild_id', '=', guildId)
        .where((eb) => eb.or([eb('winner_id', '=', userId), eb('runner_up_id', '=', userId)]))
        .orderBy('opens_at')
        .execute(),
    ]);
    const data: Record<string, Json> = {};
    if (entries.length > 0) data.challengeEntries = entries;
    if (votes.length > 0) data.challengeVotes = votes;
    if (judgeScores.length > 0) data.challengeJudgeScores = judgeScores;
    if (placed.length > 0) {
      data.challengePlaces = placed.map((c) => ({
        id: c.id,
        title: c.title,
        place: c.winner_id === userId ? 'winner' : 'runner-up',
      }));
    }
    return data;
  },
  async eraseMember(ctx, guildId, userId) {
    const db = contestsDb(ctx.db);
    let changed = 0;
    const entries = await db
      .selectFrom('challenges_entries')
      .select(['contest_id', 'number'])
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .execute();
    for (const entry of entries) {
      for (const table of ['challenges_votes', 'challenges_judge_scores'] as const) {
        const result = await db
          .deleteFrom(table)
          .where('guild_id', '=', guildId)
          .where('contest_id', '=', entry.contest_id)
          .where('entry_number', '=', entry.number)
          .executeTakeFirst();
        changed += Number(result.numDeletedRows);
      }
    }
    const deletions = [
      db.deleteFrom('challenges_entries').where('guild_id', '=', guildId).where('author_id', '=', userId),
      db.deleteFrom('challenges_votes').where('guild_id', '=', guildId).where('voter_id', '=', userId),
      db.deleteFrom('challenges_judge_scores').where('guild_id', '=', guildId).where('judge_id', '=', userId),
    ];
    for (const deletion of deletions) changed += Number((await deletion.executeTakeFirst()).numDeletedRows);
    for (const column of ['winner_id', 'runner_up_id'] as const) {
      const result = await db
        .updateTable('challenges_contests')
        .set({ [column]: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where(column, '=', userId)
        .executeTakeFirst();
      changed += Number(result.numUpdatedRows);
    }
    return changed;
  },
};
