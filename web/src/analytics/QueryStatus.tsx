import { ApiRequestError, describeError } from '../api/http.js';

/** Props of {@link QueryStatus}. */
export interface QueryStatusProps {
  /** The query's error, null when it has none. */
  error: Error | null;
  /** True until the first answer. */
  pending: boolean;
  /** What is missing when the server has no such route, e.g. "KPI status". */
  what: string;
  testId: string;
}

/**
 * What a panel shows instead of its data: "Loading…", a clear "not available" when the server
 * answers 404 (the analytics module is off, or this Guildhall has no such route), or the error.
 * Nothing once there is data (a failed refresh keeps the last data and shows the error).
 */
export function QueryStatus({ error, pending, what, testId }: QueryStatusProps) {
  if (error !== null && isMissing(error)) {
    return (
      <p className="not-available" data-testid={`${testId}-unavailable`}>
        {what} is not available on this Guildhall (the analytics module is off or does not offer it yet).
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

/**
 * True when the server has no such route (404): the feature is not there, rather than broken.
 * @param error - what the query threw
 */
export function isMissing(error: Error | null): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}
