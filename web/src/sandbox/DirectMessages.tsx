import type { ReactNode } from 'react';
import type { SandboxDirectMessage } from '../api/sandboxApi.js';
import { directChat } from './chatMessages.js';
import { MessageList, type MessageComponentActions } from './MessageList.js';
import type { SandboxNames } from './SandboxNames.js';

/** Props of {@link DirectMessages}. */
export interface DirectMessagesProps {
  dms: readonly SandboxDirectMessage[] | null;
  names: SandboxNames;
  /** Clicks on the DMs' buttons, as the user they were sent to. */
  actions: MessageComponentActions;
  /** Shown after the heading, e.g. "DMs closed". */
  note?: ReactNode;
}

/** The direct messages the bot sent a user, oldest first, with their buttons. */
export function DirectMessages({ dms, names, actions, note }: DirectMessagesProps) {
  return (
    <>
      <h3>
        Direct messages
        {note}
      </h3>
      <MessageList
        messages={directChat(dms ?? [])}
        names={names}
        emptyText="No direct messages."
        testId="member-dms"
        actions={actions}
      />
    </>
  );
}
