import { conditionsMet, missingConditions } from '../config/conditionsMet.js';
import type { AmbassadorsConfig } from '../config/AmbassadorsConfig.js';
import { memberMetrics } from '../credit/memberMetrics.js';
import { recognitionDb } from '../RecognitionTables.js';
import type { RecognitionContext } from '../RecognitionContext.js';

const DAY = 86_400_000;

/**
 * What a member still lacks for an ambassador tier (empty: eligible), or null when they
 * are not in the server. Tenure comes from the platform's join time.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 * @param tier - the tier
 */
export async function ambassadorRequirementGaps(
  ctx: RecognitionContext,
  guildId: string,
  userId: string,
  tier: AmbassadorsConfig['tiers'][number],
): Promise<string[] | null> {
  const member = await ctx.platform.fetchMember(guildId, userId);
  if (member === null || member.bot) return null;
  const values = {
    ...(await memberMetrics(recognitionDb(ctx.db), guildId, userId)),
    tenure_days: Math.floor((ctx.clock.now() - member.joinedAt) / DAY),
  };
  if (conditionsMet(tier.conditions, tier.match, values)) return [];
  return missingConditions(tier.conditions, values);
}
