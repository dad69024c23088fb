import { compareProportions, type ProportionComparison } from './compareProportions.js';
import { estimateProportion, type ProportionEstimate } from './estimateProportion.js';
import { assertValidCounts, type ProportionCounts } from './proportionCounts.js';
import { requiredSampleSize } from './requiredSampleSize.js';

/** One arm's counts, named by its variant id. */
export interface ArmCounts extends ProportionCounts {
  readonly variantId: string;
}

/** The fixed-horizon design of an experiment, declared before it starts. */
export interface ExperimentDesign {
  /** the control arm's expected outcome rate */
  readonly baselineRate: number;
  /** the smallest absolute lift worth detecting */
  readonly minimumDetectableEffect: number;
  /** two-sided significance level, 0.05 by default */
  readonly alpha?: number;
  /** 0.8 by default */
  readonly power?: number;
}

/** An arm still short of the required sample: its counts only, no rate. */
export interface CollectingArm extends ArmCounts {
  /** members still needed in this arm */
  readonly remaining: number;
}

/** Fewer members than the design requires in some arm: no verdict yet. */
export interface CollectingAnalysis {
  readonly status: 'collecting';
  readonly requiredPerArm: number;
  readonly control: CollectingArm;
  readonly treatment: CollectingArm;
}

/** Every arm reached the required sample: rates, comparison and verdict. */
export interface CompleteAnalysis {
  readonly status: 'complete';
  readonly requiredPerArm: number;
  readonly alpha: number;
  readonly control: ArmCounts & ProportionEstimate;
  readonly treatment: ArmCounts & ProportionEstimate;
  readonly comparison: ProportionComparison;
  /** pValue < alpha */
  readonly significant: boolean;
}

/** The result of {@link analyseExperiment}. */
export type ExperimentAnalysis = CollectingAnalysis | CompleteAnalysis;

/**
 * Analyses a two-arm experiment with a fixed horizon: until both arms hold the sample size the
 * design requires, the answer is `collecting` with the counts and how many members are missing,
 * and no rate, interval or p-value, so nobody stops the test early on a lucky streak (peeking
 * inflates the false-positive rate well above alpha). Once both arms are complete, it gives each
 * arm's rate with its Wilson interval, the difference with its interval, the p-value (z-test or
 * Fisher's exact test) and whether it is below alpha.
 *
 * @param control - the control arm's counts
 * @param treatment - the treatment arm's counts
 * @param design - baseline rate, minimum detectable effect, alpha and power
 * @throws RangeError on invalid counts or design
 * @see ../../../../docs/onboarding-experiments.md
 */
export function analyseExperiment(
  control: ArmCounts,
  treatment: ArmCounts,
  design: ExperimentDesign,
): ExperimentAnalysis {
  assertValidCounts(control, `arm "${control.variantId}"`);
  assertValidCounts(treatment, `arm "${treatment.variantId}"`);
  const alpha = design.alpha ?? 0.05;
  const requiredPerArm = requiredSampleSize(
    design.baselineRate,
    design.minimumDetectableEffect,
    alpha,
    design.power ?? 0.8,
  );
  if (control.trials < requiredPerArm || treatment.trials < requiredPerArm) {
    const collecting = (arm: ArmCounts): CollectingArm => ({
      variantId: arm.variantId,
      successes: arm.successes,
      trials: arm.trials,
      remaining: Math.max(0, requiredPerArm - arm.trials),
    });
    return {
      status: 'collecting',
      requiredPerArm,
      control: collecting(control),
      treatment: collecting(treatment),
    };
  }
  const comparison = compareProportions(control, treatment);
  return {
    status: 'complete',
    requiredPerArm,
    alpha,
    control: { ...estimateProportion(control), variantId: control.variantId },
    treatment: { ...estimateProportion(treatment), variantId: treatment.variantId },
    comparison,
    significant: comparison.pValue < alpha,
  };
}
