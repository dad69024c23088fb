import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { OnboardingConfig } from '../OnboardingConfig.js';
import { journeyOutcomes } from './funnelRows.js';
import type { JoinRange } from './joinRange.js';
import type { JourneyStepStats } from './OnboardingReportsApi.js';

function empty(stepId: string, configured: boolean): JourneyStepStats {
  return {
    stepId,
    configured,
    sent: { dm: 0, thread: 0, channel: 0 },
    fellBack: 0,
    skipped: 0,
    stopped: 0,
    waiting: 0,
  };
}

/**
 * What became of each journey step for the members who joined in a range: sent (by DM, in the
 * member's thread or in the channel, and how many of those fell back from closed DMs), skipped,
 * stopped, or still waiting. The configured steps come first, in journey order (even with no
 * rows); steps removed from the journey since follow, by id.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the joins
 * @param config - the onboarding section (its journey)
 */
export async function journeyStats(
  db: Kysely<CoreTables>,
  guildId: string,
  range: JoinRange,
  config: OnboardingConfig,
): Promise<JourneyStepStats[]> {
  const steps = new Map<string, JourneyStepStats>(config.journey.map((s) => [s.id, empty(s.id, true)]));
  const removed: JourneyStepStats[] = [];
  for (const row of await journeyOutcomes(db, guildId, range)) {
    let stats = steps.get(row.stepId);
    if (stats === undefined) {
      stats = empty(row.stepId, false);
      steps.set(row.stepId, stats);
      removed.push(stats);
    }
    switch (row.outcome) {
      case 'dm':
      case 'thread':
      case 'channel':
        stats.sent[row.outcome] += row.count;
        if (row.fellBack) stats.fellBack += row.count;
        break;
      case 'skipped':
        stats.skipped += row.count;
        break;
      case 'stopped':
        stats.stopped += row.count;
        break;
      case null:
        stats.waiting += row.count;
        break;
      default:
        // An outcome this report does not know yet: not counted rather than misfiled.
        break;
    }
  }
  removed.sort((a, b) => a.stepId.localeCompare(b.stepId));
  return [...[...steps.values()].filter((s) => s.configured), ...removed];
}
