import type { ItemSummary } from './feedbackApi.js';
import { STATUS_LABELS, TYPE_LABELS, signedVotes } from './feedbackWords.js';

/** Props of {@link TopVotedList}. */
export interface TopVotedListProps {
  items: readonly ItemSummary[];
}

/** The most voted items: net votes, number, title, type and status. */
export function TopVotedList({ items }: TopVotedListProps) {
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="feedback-top-empty">
        No feedback yet.
      </p>
    );
  }
  return (
    <table className="leaderboard feedback-top" data-testid="feedback-top">
      <thead>
        <tr>
          <th className="num">Votes</th>
          <th>Item</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.number} data-testid="feedback-top-row" data-number={item.number}>
            <td className="num">
              <span className="feedback-votes">{signedVotes(item.votes)}</span>
            </td>
            <td>
              <span className="feedback-number">#{item.number}</span> {item.title}{' '}
              <span className="muted small">· {TYPE_LABELS[item.type]}</span>
            </td>
            <td>
              <span className={`feedback-status feedback-status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
