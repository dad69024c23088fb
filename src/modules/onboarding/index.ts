// The onboarding module's public surface: the only file other parts of Guildhall import.
export { onboardingModule } from './onboardingModule.js';
export type { OnboardingConfig } from './OnboardingConfig.js';
export {
  buildOnboardingReport,
  FUNNEL_GROUPINGS,
  onboardingReportText,
  type FunnelGrouping,
  type OnboardingReport,
  type OnboardingReportOptions,
} from './reports/index.js';
