import type { z } from 'zod';
import type { Conditions } from './Conditions.js';

/** The fields the cross-field rules look at (the parsed section, before refinement). */
interface Checked {
  badges: { id: string }[];
  achievements: { id: string; conditions: Conditions; score?: unknown }[];
  levels: { name: string; role: string }[];
  referrals: { tiers: { referrals: number }[] };
  ambassadors: { tiers: { id: string }[] };
}

/**
 * Rules across fields of the `recognition:` section: ids unique, referral tiers ascending,
 * achievements measurable from the event log alone (no tenure: recomputing must give the
 * same unlocks), and an achievement has something to unlock it.
 * @param config - the parsed section
 * @param ctx - zod refinement context, to report issues at their path
 */
export function validateRecognitionConfig(config: Checked, ctx: z.RefinementCtx): void {
  const unique = (values: string[], path: string, what: string): void => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value))
        ctx.addIssue({ code: 'custom', path: [path, index], message: `${what} "${value}" is used twice` });
      seen.add(value);
    });
  };
  unique(
    config.badges.map((b) => b.id),
    'badges',
    'badge id',
  );
  unique(
    config.achievements.map((a) => a.id),
    'achievements',
    'achievement id',
  );
  unique(
    config.levels.map((l) => l.name),
    'levels',
    'level name',
  );
  unique(
    config.levels.map((l) => l.role),
    'levels',
    'level role',
  );
  config.achievements.forEach((achievement, index) => {
    if (achievement.conditions.tenure_days !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['achievements', index, 'conditions', 'tenure_days'],
        message: 'achievements cannot depend on tenure (use a level)',
      });
    }
    if (Object.keys(achievement.conditions).length === 0 && achievement.score === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['achievements', index],
        message: 'an achievement needs conditions or a score',
      });
    }
  });
  const tiers = config.referrals.tiers.map((t) => t.referrals);
  tiers.forEach((count, index) => {
    const previous = tiers[index - 1];
    if (previous !== undefined && count <= previous) {
      ctx.addIssue({
        code: 'custom',
        path: ['referrals', 'tiers', index, 'referrals'],
        message: 'tiers must be in increasing order of referrals',
      });
    }
  });
  unique(
    config.ambassadors.tiers.map((t) => t.id),
    'ambassadors',
    'ambassador tier id',
  );
}
