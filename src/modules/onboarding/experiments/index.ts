// Statistics and assignment for onboarding A/B tests: pure functions, no storage, no Discord.
export { analyseExperiment } from './analyseExperiment.js';
export type {
  ArmCounts,
  CollectingAnalysis,
  CollectingArm,
  CompleteAnalysis,
  ExperimentAnalysis,
  ExperimentDesign,
} from './analyseExperiment.js';
export { assignVariant } from './assignVariant.js';
export type { WeightedVariant } from './assignVariant.js';
export { compareProportions, minExpectedCellCount, MIN_EXPECTED_CELL_COUNT } from './compareProportions.js';
export type { ProportionComparison, SignificanceTest } from './compareProportions.js';
export { estimateProportion, wilsonInterval } from './estimateProportion.js';
export type { Interval, ProportionEstimate } from './estimateProportion.js';
export { fisherExactTest } from './fisherExactTest.js';
export type { ProportionCounts } from './proportionCounts.js';
export { requiredSampleSize } from './requiredSampleSize.js';
export { twoProportionZTest } from './twoProportionZTest.js';
export type { ZTestResult } from './twoProportionZTest.js';
