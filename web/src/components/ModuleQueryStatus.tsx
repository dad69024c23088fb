import { describeError } from '../api/http.js';
import { isMissing } from '../analytics/QueryStatus.js';

/** Props of a module page's query status ({@link ModuleQueryStatus} without `missing`). */
export interface QueryStatusProps {
  error: Error | null;
  pending: boolean;
  what: string;
  testId: string;
}

/** Props of {@link ModuleQueryStatus}. */
export interface ModuleQueryStatusProps extends QueryStatusProps {
  /** Why the server has no such route, shown in brackets ("the events module is off"). */
  missing: string;
}

/**
 * What a module page's panel shows instead of its data: "Loading…", "not available" when the
 * server has no such route (the module is off), or the error.
 */
export function ModuleQueryStatus({ error, pending, what, testId, missing }: ModuleQueryStatusProps) {
  if (error !== null && isMissing(error)) {
    return (
      <p className="not-available" data-testid={`${testId}-unavailable`}>
        {what} is not available on this Guildhall ({missing}).
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
