import type { PeriodLeaderboardEntry } from '../api/dashboardApi.js';
import { formatCount } from '../format.js';
import { Avatar } from './Avatar.js';

/** Props of {@link LeaderboardTable}. */
export interface LeaderboardTableProps {
  entries: readonly PeriodLeaderboardEntry[];
  /** Heading of the value column: "Points", or a count category's label. */
  valueHeading: string;
  /** Shown instead of the table when nobody is on the board. */
  emptyText: string;
}

/** Positions of a leaderboard, with medals for the podium. */
export function LeaderboardTable({ entries, valueHeading, emptyText }: LeaderboardTableProps) {
  if (entries.length === 0) {
    return (
      <p className="empty" data-testid="leaderboard-empty">
        {emptyText}
      </p>
    );
  }
  return (
    <table className="leaderboard" data-testid="leaderboard">
      <thead>
        <tr>
          <th className="num">#</th>
          <th>Member</th>
          <th className="num">{valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const name = entry.name ?? `user …${entry.userId.slice(-4)}`;
          return (
            <tr key={entry.userId} data-testid="leaderboard-row" data-user-id={entry.userId}>
              <td className="num">
                <span className={`rank rank-${entry.rank <= 3 ? entry.rank : 'other'}`}>{entry.rank}</span>
              </td>
              <td>
                <span className="member-cell">
                  <Avatar id={entry.userId} name={name} size={24} />
                  <span data-testid="leaderboard-name">{name}</span>
                </span>
              </td>
              <td className="num strong" data-testid="leaderboard-value">
                {formatCount(entry.value)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
