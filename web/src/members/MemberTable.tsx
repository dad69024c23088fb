import { Link } from 'react-router';
import { Avatar } from '../components/Avatar.js';
import { formatCount } from '../format.js';
import { formatAgo, formatDay } from './memberDates.js';
import type { MemberListItem } from './membersApi.js';
import { RoleChips } from './RoleChips.js';

/** Props of {@link MemberTable}. */
export interface MemberTableProps {
  members: readonly MemberListItem[];
  now: number;
  /** The list's query string, so a profile's back link returns to the same search. */
  listSearch: string;
}

/**
 * The member list: a table on wide screens, one card per member under 600 px (the same
 * markup; members.css lays the cells out as labelled lines).
 */
export function MemberTable({ members, now, listSearch }: MemberTableProps) {
  return (
    <table className="member-table" data-testid="member-table">
      <thead>
        <tr>
          <th>Member</th>
          <th>Joined</th>
          <th>Last active</th>
          <th className="num">Messages</th>
          <th>Roles</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.userId} data-testid="member-row" data-user-id={member.userId} data-username={member.username}>
            <td className="member-table-name">
              <Link
                to={`/members/${member.userId}`}
                state={{ listSearch }}
                className="member-link"
                data-testid="member-link"
              >
                <Avatar id={member.userId} name={member.name} size={32} />
                <span className="member-names">
                  <span className="member-display-name" data-testid="member-name">
                    {member.name}
                    {member.bot && <span className="bot-tag">BOT</span>}
                  </span>
                  <span className="member-username">@{member.username}</span>
                </span>
              </Link>
            </td>
            <td data-label="Joined" title={member.joinedAt === null ? undefined : formatDay(member.joinedAt)}>
              {member.joinedAt === null ? <span className="muted">unknown</span> : formatDay(member.joinedAt)}
            </td>
            <td data-label="Last active">
              {member.lastMessageAt === null ? (
                <span className="muted">no messages</span>
              ) : (
                <span title={formatDay(member.lastMessageAt)}>{formatAgo(member.lastMessageAt, now)}</span>
              )}
            </td>
            <td data-label="Messages" className="num" data-testid="member-messages">
              {formatCount(member.messageCount)}
            </td>
            <td data-label="Roles" className="member-table-roles">
              <RoleChips roles={member.roles} emptyText="none" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
