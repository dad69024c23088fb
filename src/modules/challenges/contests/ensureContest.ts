import type { ChallengesContext } from '../ChallengesContext.js';
import type { ContestLevel } from './contestsConfig.js';
import { getContest, updateContest, type Contest } from './contestStore.js';
import { contestsDb } from './contestsTables.js';

/** A challenge as the programme or the rotation defines it. */
export interface PlannedContest {
  id: string;
  title: string;
  level: ContestLevel;
  theme: string;
  description: string;
  opensAt: number;
  submitFor: number;
  voteFor: number;
}

/**
 * Stores a planned challenge: inserted when new; while still scheduled, updated to the
 * configuration (a changed date or text); left alone once announced.
 * @param ctx - module context
 * @param guildId - the guild
 * @param planned - the challenge from the configuration
 * @returns the stored challenge
 */
export async function ensureContest(
  ctx: ChallengesContext,
  guildId: string,
  planned: PlannedContest,
): Promise<Contest> {
  const fields = {
    title: planned.title,
    level: planned.level,
    theme: planned.theme,
    description: planned.description,
    opens_at: planned.opensAt,
    submissions_close_at: planned.opensAt + planned.submitFor,
    vote_for_ms: planned.voteFor,
  };
  const existing = await getContest(ctx, guildId, planned.id);
  if (existing === undefined) {
    await contestsDb(ctx.db)
      .insertInto('challenges_contests')
      .values({
        guild_id: guildId,
        id: planned.id,
        ...fields,
        phase: 'scheduled',
        voting_close_at: null,
        announcement_channel_id: null,
        announcement_message_id: null,
        winner_id: null,
        runner_up_id: null,
        created_at: ctx.clock.now(),
        closed_at: null,
      })
      .execute();
  } else if (existing.phase === 'scheduled') {
    await updateContest(ctx, existing, fields);
  }
  const stored = await getContest(ctx, guildId, planned.id);
  if (stored === undefined) throw new Error(`challenge ${planned.id} was not stored`);
  return stored;
}
