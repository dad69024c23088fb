import type { SandboxMember } from '../api/sandboxApi.js';
import { Avatar } from '../components/Avatar.js';

/** Props of {@link MemberList}. */
export interface MemberListProps {
  members: readonly SandboxMember[];
  selectedId: string | null;
  onSelect: (userId: string) => void;
}

/** The guild's members; the selected one is who you act as. Bots are listed but cannot be picked. */
export function MemberList({ members, selectedId, onSelect }: MemberListProps) {
  const sorted = [...members].sort((a, b) => Number(a.bot) - Number(b.bot) || a.joinedAt - b.joinedAt);
  if (sorted.length === 0) return <p className="empty">No members yet: add one above.</p>;
  return (
    <ul className="member-list" data-testid="sandbox-member-list">
      {sorted.map((member) => {
        const name = member.displayName || member.username;
        return (
          <li key={member.userId}>
            <button
              type="button"
              className={`member${member.userId === selectedId ? ' member-active' : ''}`}
              onClick={() => onSelect(member.userId)}
              disabled={member.bot}
              aria-pressed={member.userId === selectedId}
              data-testid="sandbox-member"
              data-username={member.username}
            >
              <Avatar id={member.userId} name={name} size={28} />
              <span className="member-name">{name}</span>
              {member.bot && <span className="bot-tag">BOT</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
