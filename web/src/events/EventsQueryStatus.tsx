import { describeError } from '../api/http.js';
import { isMissing } from '../analytics/QueryStatus.js';

/** Props of {@link EventsQueryStatus}. */
export interface EventsQueryStatusProps {
  error: Error | null;
  pending: boolean;
  what: string;
  testId: string;
}

/**
 * What a panel shows instead of its data: "Loading…", "not available" when the server has no
 * such route (the events module is off), or the error.
 */
export function EventsQueryStatus({ error, pending, what, testId }: EventsQueryStatusProps) {
  if (error !== null && isMissing(error)) {
    return (
      <p className="not-available" data-testid={`${testId}-unavailable`}>
        {what} is not available on this Guildhall (the events module is off, or no such event).
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
