import { useEffect, useRef } from 'react';
import type { ActionRow, ButtonComponent, Embed, SelectComponent } from '../api/sandboxApi.js';
import { Avatar } from '../components/Avatar.js';
import { clockTime } from '../format.js';
import { ComponentRows } from './ComponentRows.js';
import { EmbedView } from './EmbedView.js';
import { MessageContent } from './MessageContent.js';
import { MessageExtras, type MessageActions, type ReactionView } from './MessageExtras.js';
import type { SandboxPoll } from './pollsApi.js';
import { PollView } from './PollView.js';
import type { SandboxNames } from './SandboxNames.js';

/** A message as the chat shows it (channel messages and DMs alike). */
export interface ChatMessage {
  id: string;
  authorId: string;
  authorName: string;
  authorBot: boolean;
  content: string;
  embeds: readonly Embed[];
  /** Buttons and select menus under the message. */
  components: readonly ActionRow[];
  createdAt: number;
  /** Reactions (channel messages; DMs have none). */
  reactions?: readonly ReactionView[];
  /** The message's native poll (channel messages), null or absent when none. */
  poll?: SandboxPoll | null;
}

/** What clicking a message's buttons and menus does, and when it cannot. */
export interface MessageComponentActions {
  /** Why nobody can click right now (e.g. no member picked); null when they can. */
  blockedReason: string | null;
  /** An action is running: components wait. */
  busy: boolean;
  onButton: (messageId: string, button: ButtonComponent) => void;
  onSelect: (messageId: string, select: SelectComponent, values: string[]) => void;
}

/** Props of {@link MessageList}. */
export interface MessageListProps {
  /** Oldest first. */
  messages: readonly ChatMessage[];
  names: SandboxNames;
  /** Shown when there are no messages. */
  emptyText: string;
  testId: string;
  /** Clicks on the messages' buttons and menus. */
  actions: MessageComponentActions;
  /** Reactions and threads (channel messages); without it neither shows. */
  messageActions?: MessageActions;
}

/** Messages oldest first, Discord style, with their buttons and menus, kept scrolled to the newest. */
export function MessageList({ messages, names, emptyText, testId, actions, messageActions }: MessageListProps) {
  const list = useRef<HTMLDivElement>(null);
  const newest = messages[messages.length - 1]?.id;
  useEffect(() => {
    // Scroll the list itself (not the page) to the newest message.
    if (list.current !== null) list.current.scrollTop = list.current.scrollHeight;
  }, [newest]);

  return (
    <div className="message-list" data-testid={testId} ref={list}>
      {messages.length === 0 && <p className="empty">{emptyText}</p>}
      {messages.map((message) => {
        return (
          <article
            key={message.id}
            className="message"
            data-testid="message"
            data-message-id={message.id}
            data-author-id={message.authorId}
          >
            <Avatar id={message.authorId} name={message.authorName} size={36} />
            <div className="message-body">
              <div className="message-header">
                <span className="message-author" data-testid="message-author">
                  {message.authorName}
                </span>
                {message.authorBot && <span className="bot-tag">BOT</span>}
                <time className="message-time" dateTime={new Date(message.createdAt).toISOString()}>
                  {clockTime(message.createdAt)}
                </time>
              </div>
              {message.content !== '' && <MessageContent content={message.content} names={names} />}
              {message.embeds.map((embed, i) => (
                <EmbedView key={i} embed={embed} names={names} />
              ))}
              {message.components.length > 0 && (
                <ComponentRows
                  rows={message.components}
                  blockedReason={actions.blockedReason}
                  busy={actions.busy}
                  onButton={(button) => actions.onButton(message.id, button)}
                  onSelect={(select, values) => actions.onSelect(message.id, select, values)}
                />
              )}
              {message.poll != null && (
                <PollView
                  poll={message.poll}
                  actorId={messageActions?.actorId ?? null}
                  busy={messageActions?.busy ?? actions.busy}
                />
              )}
              {messageActions !== undefined && (
                <MessageExtras messageId={message.id} reactions={message.reactions ?? []} actions={messageActions} />
              )}
            </div>
          </article>
        );
      })}
    </div>
  );
}
