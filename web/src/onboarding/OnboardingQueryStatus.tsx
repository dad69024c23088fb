import { describeError } from '../api/http.js';
import { isMissing } from '../analytics/QueryStatus.js';

/** Props of {@link OnboardingQueryStatus}. */
export interface OnboardingQueryStatusProps {
  error: Error | null;
  pending: boolean;
  what: string;
  testId: string;
}

/**
 * What a panel shows instead of its data: "Loading…", "not available" when the server has no
 * such route (the onboarding module is off), or the error.
 */
export function OnboardingQueryStatus({ error, pending, what, testId }: OnboardingQueryStatusProps) {
  if (error !== null && isMissing(error)) {
    return (
      <p className="not-available" data-testid={`${testId}-unavailable`}>
        {what} is not available on this Guildhall (the onboarding module is off).
      </p>
    );
  }
  if (error !== null) {
    return (
      <p className="panel-error" role="alert" data-testid={`${testId}-error`}>
        {describeError(error)}
      </p>
    );
  }
  if (pending) return <p className="loading">Loading…</p>;
  return null;
}
