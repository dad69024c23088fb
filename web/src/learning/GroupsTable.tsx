import type { GroupList } from './learningApi.js';
import { CompatibilityBar } from './CompatibilityBar.js';
import { GROUP_TYPE_LABELS, percent, shortDate } from './learningWords.js';

/** Props of {@link GroupsTable}. */
export interface GroupsTableProps {
  groups: GroupList['groups'];
  /** Says which groups are listed in the empty state. */
  filter: 'active' | 'disbanded' | 'all';
}

/** Study groups: number, type, members with their own fit, the group's compatibility, thread and date. */
export function GroupsTable({ groups, filter }: GroupsTableProps) {
  if (groups.length === 0) {
    return (
      <p className="empty" data-testid="learning-groups-empty">
        {filter === 'disbanded' ? 'No group has been disbanded.' : 'No study groups yet.'} Staff form them with{' '}
        <code>/study-groups form</code> or the buttons above, over the members taking part (
        <code>/learn groups join:true</code>).
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="leaderboard learning-table" data-testid="learning-groups">
        <thead>
          <tr>
            <th>Group</th>
            <th>Members</th>
            <th>Compatibility</th>
            <th>Formed</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.number} data-testid="learning-group-row" data-number={group.number}>
              <td>
                <strong>Study group {group.number}</strong>
                <div className="muted small">
                  {GROUP_TYPE_LABELS[group.type]}
                  {group.status === 'disbanded' ? ' · disbanded' : ''}
                  {group.threadUrl !== null && (
                    <>
                      {' · '}
                      <a href={group.threadUrl} target="_blank" rel="noreferrer">
                        thread
                      </a>
                    </>
                  )}
                </div>
              </td>
              <td>
                <ul className="learning-members">
                  {group.members.map((m) => (
                    <li key={m.userId} title={`Fits the group at ${percent(m.compatibility)}`}>
                      {m.name} <span className="muted small">{percent(m.compatibility)}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <CompatibilityBar value={group.compatibility} testId="learning-group-compatibility" />
              </td>
              <td className="muted small">
                {shortDate(group.createdAt)}
                {group.roundNumber !== null && <div>round {group.roundNumber}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
