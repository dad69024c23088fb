// The reports part's surface for the module's index: the report `guildhall report onboarding` prints.
export { buildOnboardingReport } from './onboardingReport.js';
export type { OnboardingReportOptions } from './onboardingReport.js';
export { onboardingReportText } from './onboardingReportText.js';
export type { OnboardingReport } from './onboardingReportText.js';
export { FUNNEL_GROUPINGS } from './OnboardingReportsApi.js';
export type { FunnelGrouping } from './OnboardingReportsApi.js';
