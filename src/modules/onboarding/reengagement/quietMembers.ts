import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { onboardingDb, type OnboardingTables } from '../OnboardingTables.js';

/** A member quiet long enough to be re-engaged, with what onboarding knows of their DM choice. */
export interface QuietMember {
  userId: string;
  /** Epoch ms of their latest message or reaction, else their join. */
  quietSince: number;
  /** Pressed "Send me tips by DM" and did not take it back since. */
  allowsDms: boolean;
}

/** What {@link quietMembers} looks for. */
export interface QuietMembersQuery {
  guildId: string;
  /** Epoch ms. */
  now: number;
  /** `reengagement.inactiveFor` (ms): no message or reaction, and joined, at least this long ago. */
  inactiveFor: number;
  /** `reengagement.period` (ms): nobody re-engaged within it is picked again. */
  period: number;
  /** Page size: the most members one run handles. */
  limit: number;
}

/**
 * A page of quiet members not re-engaged within the period: humans still in the guild who
 * joined and last wrote or reacted at least `inactiveFor` ago (member directory), oldest join
 * first. Every member a run handles gets an `onboarding_reengagements` row, so the next run's
 * page starts where this one stopped.
 * @param db - the database
 * @param query - guild, time, thresholds, page size
 */
export async function quietMembers(db: Kysely<CoreTables>, query: QuietMembersQuery): Promise<QuietMember[]> {
  const odb: Kysely<CoreTables & OnboardingTables> = onboardingDb(db);
  const cutoff = query.now - query.inactiveFor;
  const rows = await odb
    .selectFrom('member_directory as d')
    .leftJoin('onboarding_members as m', (join) =>
      join.onRef('m.guild_id', '=', 'd.guild_id').onRef('m.user_id', '=', 'd.user_id'),
    )
    .select([
      'd.user_id',
      'd.joined_at',
      'd.last_active_at',
      'm.dm_opt_in_at',
      'm.dm_opt_out_at',
      'm.stopped_reason',
      'm.stopped_at',
    ])
    .where('d.guild_id', '=', query.guildId)
    .where('d.bot', '=', 0)
    .where('d.left_at', 'is', null)
    .where('d.joined_at', '<=', cutoff)
    .where((eb) => eb.or([eb('d.last_active_at', 'is', null), eb('d.last_active_at', '<=', cutoff)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('onboarding_reengagements as r')
            .select('r.user_id')
            .whereRef('r.guild_id', '=', 'd.guild_id')
            .whereRef('r.user_id', '=', 'd.user_id')
            .where('r.sent_at', '>', query.now - query.period),
        ),
      ),
    )
    .orderBy('d.joined_at')
    .orderBy('d.user_id')
    .limit(query.limit)
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    quietSince: row.last_active_at ?? row.joined_at ?? query.now,
    allowsDms: allowsDms(row),
  }));
}

/**
 * Whether a member's onboarding row lets re-engagement DM them: opted in, and neither opted out
 * nor stopped their journey themself (`/onboarding stop`) since. Discord's Developer Policy
 * forbids unsolicited DMs.
 * @param row - the DM choice columns (all null when onboarding has no row for the member)
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export function allowsDms(row: {
  dm_opt_in_at: number | null;
  dm_opt_out_at: number | null;
  stopped_reason: string | null;
  stopped_at: number | null;
}): boolean {
  if (row.dm_opt_in_at === null) return false;
  const optIn = row.dm_opt_in_at;
  if (row.stopped_reason === 'member' && row.stopped_at !== null && row.stopped_at >= optIn) return false;
  return row.dm_opt_out_at === null || row.dm_opt_out_at < optIn;
}
