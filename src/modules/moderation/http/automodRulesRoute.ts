import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { falsePositiveRates } from '../cases/falsePositiveRates.js';
import type { ModerationContext } from '../ModerationContext.js';

const RuleStats = z.object({
  rules: z.array(
    z.object({
      ruleId: z.string(),
      ruleName: z.string(),
      /** Cases the rule opened (its hits that reached moderation). */
      cases: z.number().int(),
      appealed: z.number().int(),
      /** Cases overturned on appeal: the false positives. */
      overturned: z.number().int(),
      /** overturned / cases (0 without cases). */
      falsePositiveRate: z.number(),
    }),
  ),
});

/** `GET /api/moderation/automod-rules`: per automod rule, its cases and false-positive rate. */
export const automodRulesRoute = defineRoute({
  method: 'GET',
  path: '/automod-rules',
  access: 'viewer',
  summary: 'Automod rules by cases opened, appealed and overturned (false-positive rate), most overturned first',
  response: RuleStats,
  async handle({ guildId }, ctx: ModerationContext) {
    const rates = await falsePositiveRates(ctx.db, guildId);
    return {
      status: 200,
      body: { rules: rates.map(({ rate, ...counts }) => ({ ...counts, falsePositiveRate: rate })) },
    };
  },
});
