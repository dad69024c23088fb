import { Link } from 'react-router';
import type { SupportQueue } from './supportApi.js';
import { duration } from './supportFormat.js';

/** Props of {@link SupportQueueTable}. */
export interface SupportQueueTableProps {
  queue: SupportQueue;
}

/**
 * The support queue, oldest first: each question's age as a bar against its tier's target
 * (the tick; the bar's full width is twice the target), overdue ones in red, answered ones
 * greyed (they wait for a solution, not for an answer).
 */
export function SupportQueueTable({ queue }: SupportQueueTableProps) {
  if (queue.questions.length === 0) {
    return (
      <p className="empty" data-testid="support-queue-empty">
        No open questions: every question has been solved (or none was asked yet).
      </p>
    );
  }
  return (
    <div className="channel-scroll">
      <table className="channel-table support-queue" data-testid="support-queue">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col" className="support-narrow-hide">
              Asked by
            </th>
            <th scope="col" className="support-narrow-hide">
              Tier
            </th>
            <th scope="col" className="support-age-col">
              Age against the tier’s target
            </th>
          </tr>
        </thead>
        <tbody>
          {queue.questions.map((q) => {
            const state = q.overdue ? 'overdue' : q.status === 'answered' ? 'answered' : 'waiting';
            const width = q.targetMs === null ? 100 : Math.min(q.ageMs / q.targetMs, 2) * 50;
            return (
              <tr key={q.id} data-testid="support-queue-row" data-question-id={q.id} data-state={state}>
                <th scope="row">
                  <Link to={`/support/questions/${encodeURIComponent(q.id)}`} data-testid="support-queue-link">
                    {q.title}
                  </Link>
                  {q.tags.length > 0 && (
                    <span className="support-tags">
                      {q.tags.map((tag) => (
                        <span key={tag} className="support-tag">
                          {tag}
                        </span>
                      ))}
                    </span>
                  )}
                </th>
                <td className="support-narrow-hide">{q.askerName}</td>
                <td className="support-narrow-hide">{q.tierName ?? '–'}</td>
                <td>
                  <div className="support-age">
                    <div className="support-age-track" aria-hidden="true">
                      <div className={`support-age-bar support-age-${state}`} style={{ width: `${width}%` }} />
                      {q.targetMs !== null && <div className="support-age-target" />}
                    </div>
                    <span className="support-age-text" data-testid="support-queue-age">
                      {duration(q.ageMs)}
                      {q.status === 'answered'
                        ? ' · answered'
                        : q.targetMs === null
                          ? ''
                          : ` of ${duration(q.targetMs)}`}
                      {q.overdue ? ' · overdue' : ''}
                    </span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
