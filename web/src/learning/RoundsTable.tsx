import type { RoundList } from './learningApi.js';
import { GROUP_TYPE_LABELS, shortDate } from './learningWords.js';

/** Props of {@link RoundsTable}. */
export interface RoundsTableProps {
  rounds: RoundList['rounds'];
}

const SOURCE_LABELS: Record<RoundList['rounds'][number]['source'], string> = {
  command: 'command',
  schedule: 'schedule',
  dashboard: 'dashboard',
};

/**
 * Rounds of group formation: learners, groups, unplaced, the optimality gap (0 % and "exact"
 * when solved exactly), and who was not placed and why.
 */
export function RoundsTable({ rounds }: RoundsTableProps) {
  if (rounds.length === 0) {
    return (
      <p className="empty" data-testid="learning-rounds-empty">
        No round has run yet.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="leaderboard learning-table" data-testid="learning-rounds">
        <thead>
          <tr>
            <th>Round</th>
            <th className="num">Learners</th>
            <th className="num">Groups</th>
            <th className="num">Unplaced</th>
            <th className="num" title="How far the groups may be from the best possible: (bound − value) / bound">
              Gap
            </th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.number} data-testid="learning-round-row" data-number={round.number}>
              <td>
                <strong>#{round.number}</strong> {GROUP_TYPE_LABELS[round.type]}
                {round.status === 'preview' && <span className="learning-tag">preview</span>}
                <div className="muted small">
                  {shortDate(round.createdAt)} · {SOURCE_LABELS[round.source]}
                  {round.by !== null ? ` · ${round.by.name}` : ''}
                </div>
                {round.unplacedMembers.length > 0 && (
                  <ul className="learning-unplaced" data-testid="learning-round-unplaced">
                    {round.unplacedMembers.map((m) => (
                      <li key={m.userId}>
                        {m.name}: <span className="muted">{m.reason}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="num">{round.learners}</td>
              <td className="num">{round.groups}</td>
              <td className="num">{round.unplaced}</td>
              <td className="num" data-testid="learning-round-gap">
                {round.exact ? 'exact' : `${round.gapPct.toFixed(1)} %`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
