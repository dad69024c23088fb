import type { ReactNode } from 'react';
import type { SandboxDirectMessage, SandboxMember } from '../api/sandboxApi.js';
import { Avatar } from '../components/Avatar.js';
import { formatCount, roleColor } from '../format.js';
import { DirectMessages } from './DirectMessages.js';
import type { MessageComponentActions } from './MessageList.js';
import type { SandboxNames } from './SandboxNames.js';

/** Props of {@link MemberDetails}. */
export interface MemberDetailsProps {
  member: SandboxMember;
  /** Points from the leaderboard; null while loading or when none yet. */
  points: number | null;
  dms: readonly SandboxDirectMessage[] | null;
  names: SandboxNames;
  /** Clicks on the buttons of the DMs, as this member. */
  dmActions: MessageComponentActions;
  /** Shown under the DMs: the bot's answer to a click on one of them. */
  children?: ReactNode;
}

/** The member you act as: roles, points and the direct messages the bot sent them, with their buttons. */
export function MemberDetails({ member, points, dms, names, dmActions, children }: MemberDetailsProps) {
  const name = member.displayName || member.username;
  return (
    <div className="member-details" data-testid="member-details" data-username={member.username}>
      <div className="member-card">
        <Avatar id={member.userId} name={name} size={44} />
        <div>
          <div className="member-card-name">{name}</div>
          <div className="muted small">@{member.username}</div>
        </div>
        <div className="member-points" data-testid="member-points" title="Recognition points">
          <span className="member-points-value">{formatCount(points ?? 0)}</span>
          <span className="muted small">{points === 1 ? 'point' : 'points'}</span>
        </div>
      </div>

      <h3>Roles</h3>
      <div className="role-list" data-testid="member-roles">
        {member.roles.length === 0 && <span className="muted small">No roles</span>}
        {member.roles.map((roleId) => {
          const role = names.role(roleId);
          return (
            <span key={roleId} className="role-chip" data-testid="member-role" data-name={role?.name ?? roleId}>
              <span className="role-dot" style={{ background: roleColor(role?.color ?? 0) }} />
              {role?.name ?? `role …${roleId.slice(-4)}`}
            </span>
          );
        })}
      </div>
      {member.timeoutUntil !== null && member.timeoutUntil > Date.now() && (
        <p className="warning small">Timed out until {new Date(member.timeoutUntil).toLocaleString()}</p>
      )}

      <DirectMessages
        dms={dms}
        names={names}
        actions={dmActions}
        note={member.dmsOpen ? undefined : <span className="muted small"> · DMs closed</span>}
      />
      {children}
    </div>
  );
}
