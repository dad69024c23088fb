import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { OnboardingConfig } from '../OnboardingConfig.js';
import { journeyStats } from './journeyStats.js';
import type { JoinRange } from './joinRange.js';
import {
  FUNNEL_STEPS,
  type FunnelGroup,
  type FunnelGrouping,
  type FunnelStep,
  type FunnelStepId,
  type OnboardingFunnel,
} from './OnboardingReportsApi.js';
import { stepCounts, stepMedians, type GroupKey, type StepCounts, type StepMedian } from './funnelRows.js';

/** How each funnel step is named on the dashboard and in the report. */
export const FUNNEL_STEP_LABELS: Record<FunnelStepId, string> = {
  joined: 'Joined',
  welcomed: 'Welcomed',
  type_chosen: 'Type chosen',
  rules_accepted: 'Rules accepted',
  intro_posted: 'Intro posted',
  completed: 'Completed',
};

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * One group's funnel from its counts and medians.
 * @param counts - the group's counts (zeros for an empty range)
 * @param medians - the group's median times by step
 * @param target - the completion target
 */
function funnelGroup(
  identity: Pick<FunnelGroup, 'key' | 'label' | 'memberType' | 'experimentId' | 'variantId'>,
  counts: Record<FunnelStepId, number>,
  medians: ReadonlyMap<FunnelStepId, number>,
  target: number,
): FunnelGroup {
  const joined = counts.joined;
  const steps: FunnelStep[] = FUNNEL_STEPS.map((id, index) => {
    const previous = index === 0 ? undefined : counts[FUNNEL_STEPS[index - 1] ?? 'joined'];
    const members = counts[id];
    const dropOff = previous === undefined ? 0 : previous - members;
    return {
      id,
      label: FUNNEL_STEP_LABELS[id],
      members,
      shareOfJoined: share(members, joined),
      dropOff,
      dropOffRate: previous === undefined ? null : share(dropOff, previous),
      medianMs: id === 'joined' ? (joined === 0 ? null : 0) : (medians.get(id) ?? null),
    };
  });
  const completionRate = share(counts.completed, joined);
  return {
    ...identity,
    joined,
    completionRate,
    meetsTarget: completionRate === null ? null : completionRate >= target,
    steps,
  };
}

const ZERO: Record<FunnelStepId, number> = {
  joined: 0,
  welcomed: 0,
  type_chosen: 0,
  rules_accepted: 0,
  intro_posted: 0,
  completed: 0,
};

const keyOf = (k: GroupKey): string => `${k.g1}\u0000${k.g2}`;

function mediansByGroup(rows: readonly StepMedian[]): Map<string, Map<FunnelStepId, number>> {
  const byGroup = new Map<string, Map<FunnelStepId, number>>();
  for (const row of rows) {
    const key = keyOf(row);
    const steps = byGroup.get(key) ?? new Map<FunnelStepId, number>();
    steps.set(row.step, row.medianMs);
    byGroup.set(key, steps);
  }
  return byGroup;
}

/** The identity of a group, and where it sorts: configured types and arms first, in config order. */
function identityOf(
  row: GroupKey,
  by: FunnelGrouping,
  config: OnboardingConfig,
): { identity: Pick<FunnelGroup, 'key' | 'label' | 'memberType' | 'experimentId' | 'variantId'>; order: number } {
  if (by === 'type') {
    const index = config.memberTypes.findIndex((t) => t.id === row.g1);
    const type = config.memberTypes[index];
    return {
      identity: {
        key: `type:${row.g1}`,
        label: row.g1 === '' ? 'No type yet' : (type?.label ?? row.g1),
        memberType: row.g1 === '' ? null : row.g1,
        experimentId: null,
        variantId: null,
      },
      order: row.g1 === '' ? 2_000 : index === -1 ? 1_000 : index,
    };
  }
  const experiment = config.experiments.findIndex((e) => e.id === row.g1);
  const variant = config.experiments[experiment]?.variants.findIndex((v) => v.id === row.g2) ?? -1;
  return {
    identity: {
      key: `variant:${row.g1}:${row.g2}`,
      label: `${row.g1} · ${row.g2}`,
      memberType: null,
      experimentId: row.g1,
      variantId: row.g2,
    },
    order: (experiment === -1 ? 100 : experiment) * 10 + (variant === -1 ? 5 : variant),
  };
}

/**
 * The completion funnel of the members who joined in a range: joined, welcomed, type chosen,
 * rules accepted, intro posted, completed (passed the gate), with the drop-off from each step to
 * the next and the median time from the join to each step; the completion rate against
 * `onboarding.completionTarget`; optionally split by member type or experiment arm; and what
 * became of the journey's steps.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the joins
 * @param by - the split
 * @param config - the onboarding section
 */
export async function onboardingFunnel(
  db: Kysely<CoreTables>,
  guildId: string,
  range: JoinRange,
  by: FunnelGrouping,
  config: OnboardingConfig,
): Promise<OnboardingFunnel> {
  const target = config.completionTarget;
  const [totalCounts, totalMedians, journey] = await Promise.all([
    stepCounts(db, guildId, range, 'none'),
    stepMedians(db, guildId, range, 'none'),
    journeyStats(db, guildId, range, config),
  ]);
  const total = funnelGroup(
    { key: 'all', label: 'All joiners', memberType: null, experimentId: null, variantId: null },
    totalCounts[0] ?? ZERO,
    mediansByGroup(totalMedians).get(keyOf({ g1: '', g2: '' })) ?? new Map(),
    target,
  );
  let groups: FunnelGroup[] = [];
  if (by !== 'none') {
    const [counts, medians] = await Promise.all([
      stepCounts(db, guildId, range, by),
      stepMedians(db, guildId, range, by),
    ]);
    const mediansOf = mediansByGroup(medians);
    groups = counts
      .map((row: StepCounts) => ({ row, ...identityOf(row, by, config) }))
      .sort((a, b) => a.order - b.order || a.identity.key.localeCompare(b.identity.key))
      .map(({ row, identity }) => funnelGroup(identity, row, mediansOf.get(keyOf(row)) ?? new Map(), target));
  }
  return {
    range: { from: range.from, to: range.to, days: range.days },
    by,
    completionTarget: target,
    total,
    groups,
    journey,
  };
}
