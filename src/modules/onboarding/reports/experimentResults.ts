import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { ExperimentConfig } from '../config/ExperimentsConfig.js';
import { analyseExperiment } from '../experiments/index.js';
import type { OnboardingConfig } from '../OnboardingConfig.js';
import { experimentTrials, OUTCOME_LABELS, OUTCOME_WINDOW_DAYS, type ArmTrials } from './experimentTrials.js';
import type { ExperimentAnalysisResult, ExperimentResult, OnboardingExperiments } from './OnboardingReportsApi.js';

function analysis(experiment: ExperimentConfig, control: ArmTrials, treatment: ArmTrials): ExperimentAnalysisResult {
  try {
    return analyseExperiment(
      { variantId: control.variantId, successes: control.successes, trials: control.trials },
      { variantId: treatment.variantId, successes: treatment.successes, trials: treatment.trials },
      {
        baselineRate: experiment.baselineRate,
        minimumDetectableEffect: experiment.minimumDetectableEffect,
        alpha: experiment.alpha,
        power: experiment.power,
      },
    );
  } catch (error) {
    // A design the statistics cannot size (e.g. baseline + effect ≥ 100 %): said, not thrown.
    if (error instanceof RangeError) return { status: 'invalid', error: error.message };
    throw error;
  }
}

/**
 * One experiment's result: its arms (assigned, trials, still waiting) and the fixed-horizon
 * analysis of the trials (`collecting` until both arms reach the planned sample, then rates with
 * 95 % intervals, the test used and the p-value; docs/onboarding-experiments.md).
 * @param db - the database
 * @param guildId - the guild
 * @param experiment - the experiment as configured
 * @param now - epoch ms
 */
export async function experimentResult(
  db: Kysely<CoreTables>,
  guildId: string,
  experiment: ExperimentConfig,
  now: number,
): Promise<ExperimentResult> {
  const rows = await experimentTrials(db, guildId, experiment.id, experiment.outcome, now);
  const [control, treatment] = experiment.variants.map(
    (v): ArmTrials =>
      rows.find((r) => r.variantId === v.id) ?? { variantId: v.id, assigned: 0, trials: 0, successes: 0 },
  );
  if (control === undefined || treatment === undefined)
    throw new Error(`experiment ${experiment.id} needs two variants`);
  return {
    id: experiment.id,
    enabled: experiment.enabled,
    outcome: experiment.outcome,
    outcomeLabel: OUTCOME_LABELS[experiment.outcome],
    windowDays: OUTCOME_WINDOW_DAYS[experiment.outcome],
    design: {
      baselineRate: experiment.baselineRate,
      minimumDetectableEffect: experiment.minimumDetectableEffect,
      alpha: experiment.alpha,
      power: experiment.power,
    },
    arms: [control, treatment].map((arm, index) => ({
      variantId: arm.variantId,
      role: index === 0 ? 'control' : 'treatment',
      assigned: arm.assigned,
      trials: arm.trials,
      waiting: arm.assigned - arm.trials,
    })),
    analysis: analysis(experiment, control, treatment),
  };
}

/**
 * Every configured experiment's result, in config order.
 * @param db - the database
 * @param guildId - the guild
 * @param config - the onboarding section
 * @param now - epoch ms
 */
export async function onboardingExperiments(
  db: Kysely<CoreTables>,
  guildId: string,
  config: OnboardingConfig,
  now: number,
): Promise<OnboardingExperiments> {
  const experiments: ExperimentResult[] = [];
  for (const experiment of config.experiments) experiments.push(await experimentResult(db, guildId, experiment, now));
  return { asOf: now, experiments };
}
