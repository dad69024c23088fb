import { describeError } from '../api/http.js';
import type { ItemSummary, SettableStatus } from './feedbackApi.js';
import { useChangeStatus } from './feedbackQueries.js';
import { SETTABLE, STATUS_LABELS, TYPE_LABELS, signedVotes } from './feedbackWords.js';

/** Props of {@link FeedbackCard}. */
export interface FeedbackCardProps {
  item: ItemSummary;
  /** Show the status select (the server still checks the user's feedback staff roles). */
  canChange: boolean;
  /** Opens the item's dialog. */
  onOpen: (number: number) => void;
}

/**
 * One item on the status board: number, title, type, net votes, a sentiment dot and a critical
 * badge; staff move it with the select (a refusal shows under it). The number opens the item's
 * dialog: text, history, a status change with a note, a merge.
 */
export function FeedbackCard({ item, canChange, onOpen }: FeedbackCardProps) {
  const change = useChangeStatus();
  return (
    <article
      className={`feedback-card${item.critical === null ? '' : ' feedback-card-critical'}`}
      data-testid="feedback-card"
      data-number={item.number}
      data-status={item.status}
    >
      <header className="feedback-card-head">
        <button
          type="button"
          className="feedback-number feedback-open"
          title="Details, history and notes"
          onClick={() => onOpen(item.number)}
          data-testid="feedback-open"
        >
          #{item.number}
        </button>
        <span className={`feedback-type feedback-type-${item.type}`}>{TYPE_LABELS[item.type]}</span>
        {item.critical !== null && (
          <span className="feedback-critical" title={item.critical} data-testid="feedback-critical">
            Critical
          </span>
        )}
        <span
          className={`feedback-sentiment feedback-sentiment-${item.sentiment}`}
          title={`Sentiment: ${item.sentiment} (${item.sentimentScore.toFixed(2)})`}
          aria-label={`sentiment ${item.sentiment}`}
          role="img"
        />
      </header>
      <div className="feedback-card-title" title={item.title}>
        {item.threadUrl === null ? (
          item.title
        ) : (
          <a href={item.threadUrl} target="_blank" rel="noreferrer">
            {item.title}
          </a>
        )}
      </div>
      <footer className="feedback-card-foot">
        <span className="muted small">{item.authorName}</span>
        <span
          className="feedback-votes"
          title={`${item.upVotes} up · ${item.downVotes} down`}
          data-testid="feedback-votes"
        >
          {signedVotes(item.votes)}
        </span>
      </footer>
      {canChange && (
        <select
          className="feedback-status-select"
          aria-label={`Status of #${item.number}`}
          value={item.status}
          disabled={change.isPending}
          onChange={(event) =>
            change.mutate({ number: item.number, status: event.target.value as SettableStatus, note: null })
          }
          data-testid="feedback-status-select"
        >
          {SETTABLE.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      )}
      {change.error !== null && (
        <p className="panel-error small" role="alert" data-testid="feedback-status-error">
          {describeError(change.error)}
        </p>
      )}
    </article>
  );
}
