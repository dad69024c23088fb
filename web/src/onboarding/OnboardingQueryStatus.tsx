import { ModuleQueryStatus, type QueryStatusProps } from '../components/ModuleQueryStatus.js';

/** What a onboarding panel shows instead of its data: loading, not available (the onboarding module is off), or the error. */
export function OnboardingQueryStatus(props: QueryStatusProps) {
  return <ModuleQueryStatus {...props} missing="the onboarding module is off" />;
}
