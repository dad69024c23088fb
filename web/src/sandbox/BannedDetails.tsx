import type { ReactNode } from 'react';
import type { SandboxBan, SandboxDirectMessage } from '../api/sandboxApi.js';
import { Avatar } from '../components/Avatar.js';
import { DirectMessages } from './DirectMessages.js';
import type { MessageComponentActions } from './MessageList.js';
import type { SandboxNames } from './SandboxNames.js';

/** Props of {@link BannedDetails}. */
export interface BannedDetailsProps {
  ban: SandboxBan;
  dms: readonly SandboxDirectMessage[] | null;
  names: SandboxNames;
  /** Clicks on the buttons of the DMs, as this user. */
  dmActions: MessageComponentActions;
  /** Shown under the DMs: the bot's answer to a click on one of them. */
  children?: ReactNode;
}

/** A banned user you act as: why they were banned and the DMs the bot sent them, with their buttons. */
export function BannedDetails({ ban, dms, names, dmActions, children }: BannedDetailsProps) {
  return (
    <div className="member-details" data-testid="member-details" data-username={ban.username}>
      <div className="member-card">
        <Avatar id={ban.userId} name={ban.username} size={44} />
        <div>
          <div className="member-card-name">{ban.username}</div>
          <div className="muted small">@{ban.username}</div>
        </div>
      </div>
      <p className="warning small" data-testid="banned-reason">
        Banned {new Date(ban.bannedAt).toLocaleString()}: {ban.reason}. They cannot post or run commands; the buttons on
        their DMs still work.
      </p>
      <DirectMessages dms={dms} names={names} actions={dmActions} />
      {children}
    </div>
  );
}
