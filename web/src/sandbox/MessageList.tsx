import { useEffect, useRef } from 'react';
import type { Embed } from '../api/sandboxApi.js';
import { Avatar } from '../components/Avatar.js';
import { clockTime } from '../format.js';
import { EmbedView } from './EmbedView.js';
import { MessageContent } from './MessageContent.js';
import type { SandboxNames } from './SandboxNames.js';

/** A message as the chat shows it (channel messages and DMs alike). */
export interface ChatMessage {
  id: string;
  authorId: string;
  authorName: string;
  authorBot: boolean;
  content: string;
  embeds: readonly Embed[];
  createdAt: number;
}

/** Props of {@link MessageList}. */
export interface MessageListProps {
  /** Oldest first. */
  messages: readonly ChatMessage[];
  names: SandboxNames;
  /** Shown when there are no messages. */
  emptyText: string;
  testId: string;
}

/** Messages oldest first, Discord style, kept scrolled to the newest. */
export function MessageList({ messages, names, emptyText, testId }: MessageListProps) {
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
          <article key={message.id} className="message" data-testid="message" data-author-id={message.authorId}>
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
            </div>
          </article>
        );
      })}
    </div>
  );
}
