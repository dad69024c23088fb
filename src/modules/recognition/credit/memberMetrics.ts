import type { MetricValues } from '../config/conditionsMet.js';
import type { Metric } from '../config/Conditions.js';
import { METRICS } from '../config/Conditions.js';
import type { RecognitionDb } from '../RecognitionTables.js';

const COUNTED = new Set<string>(METRICS);

/**
 * A member's metrics from the derived tables: points, meaningful messages, thanks received,
 * confirmed referrals and the count of each contribution kind. (Tenure is the caller's: it
 * depends on the time of evaluation, not on the event log.)
 * @param db - the database or a transaction
 * @param guildId - the guild
 * @param userId - the member
 */
export async function memberMetrics(db: RecognitionDb, guildId: string, userId: string): Promise<MetricValues> {
  const member = await db
    .selectFrom('recognition_members')
    .select(['points', 'messages'])
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const counters = await db
    .selectFrom('recognition_counters')
    .select(['kind', 'count'])
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .execute();
  const values: MetricValues = { points: member?.points ?? 0, messages: member?.messages ?? 0 };
  for (const { kind, count } of counters) {
    const metric = kind === 'referral_confirmed' ? 'referrals' : kind;
    if (COUNTED.has(metric) && metric !== 'points' && metric !== 'messages') values[metric as Metric] = count;
  }
  return values;
}
