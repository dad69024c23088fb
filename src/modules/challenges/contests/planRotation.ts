import { nextOccurrence } from '../../../core/nextOccurrence.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { ensureContest } from './ensureContest.js';
import type { Contest } from './contestStore.js';

/**
 * Plans the rotation's next challenge: on the rule's next occurrence after now, the theme of
 * that month (`themes[(year × 12 + month) mod n]`), id `rotation-YYYY-MM-DD`. Nothing when the
 * rotation is off. The caller schedules its announcement.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function planRotation(ctx: ChallengesContext, guildId: string): Promise<Contest | null> {
  const { rotation } = ctx.config.contests.schedule;
  const timeZone = ctx.config.contests.timezone;
  if (!rotation.enabled || rotation.themes.length === 0) return null;
  const at = nextOccurrence(rotation.rrule, timeZone, ctx.clock.now());
  if (at === null) return null;
  const local = new Date(at).toLocaleDateString('en-CA', { timeZone });
  const [year, month] = local.split('-').map(Number) as [number, number];
  const theme = rotation.themes[(year * 12 + month - 1) % rotation.themes.length];
  if (theme === undefined) return null;
  return ensureContest(ctx, guildId, {
    id: `rotation-${local}`,
    title: theme.title,
    level: theme.level,
    theme: theme.theme,
    description: theme.description,
    opensAt: at,
    submitFor: rotation.submitFor,
    voteFor: rotation.voteFor,
  });
}
