import type { SandboxBan } from '../api/sandboxApi.js';
import { Avatar } from '../components/Avatar.js';

/** Props of {@link BannedList}. */
export interface BannedListProps {
  bans: readonly SandboxBan[];
  selectedId: string | null;
  onSelect: (userId: string) => void;
}

/**
 * Users banned from the guild. Picking one shows the DMs the bot sent them, whose buttons
 * still work (on Discord too): that is how a banned member appeals.
 */
export function BannedList({ bans, selectedId, onSelect }: BannedListProps) {
  if (bans.length === 0) return null;
  return (
    <>
      <h3 className="member-list-heading">Banned</h3>
      <ul className="member-list" data-testid="sandbox-banned-list">
        {bans.map((ban) => (
          <li key={ban.userId}>
            <button
              type="button"
              className={`member member-banned${ban.userId === selectedId ? ' member-active' : ''}`}
              onClick={() => onSelect(ban.userId)}
              aria-pressed={ban.userId === selectedId}
              data-testid="sandbox-banned"
              data-username={ban.username}
              title={ban.reason}
            >
              <Avatar id={ban.userId} name={ban.username} size={28} />
              <span className="member-name">{ban.username}</span>
              <span className="banned-tag">BANNED</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
