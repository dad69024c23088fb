import { useState, type SyntheticEvent } from 'react';

/** A reaction on a message: the emoji, how many reacted, and who. */
export interface ReactionView {
  emoji: { id: string | null; name: string };
  count: number;
  userIds: readonly string[];
}

/** What members can do to a message besides its buttons: react, start a thread, open it. */
export interface MessageActions {
  /** The member acting, or null (then only the counts show). */
  actorId: string | null;
  busy: boolean;
  /** Adds the reaction (`reacted` false) or takes it back. */
  onReaction: (messageId: string, emoji: string, reacted: boolean) => void;
  /** Starts a thread from the message, null when threads cannot start here (DMs, inside a thread). */
  onStartThread: ((messageId: string, name: string) => void) | null;
  /** The thread started from the message, if any. */
  threadOf: (messageId: string) => { id: string; name: string } | null;
  onOpenThread: (threadId: string) => void;
  /** Message commands the bot registered ("Mark as solution"), offered under Apps; none: no Apps button. */
  messageCommands?: readonly string[];
  /** Uses a message command on the message, as the member acting. */
  onMessageCommand?: (messageId: string, name: string) => void;
}

/** The quick reactions offered (any unicode emoji can be typed too). */
const QUICK = ['👍', '❤️', '😂', '🎉', '👀', '✅'];

/** How the API names an emoji: unicode as is, custom as `name:id`. */
function emojiKey(emoji: ReactionView['emoji']): string {
  return emoji.id === null ? emoji.name : `${emoji.name}:${emoji.id}`;
}

/** Props of {@link MessageExtras}. */
export interface MessageExtrasProps {
  messageId: string;
  reactions: readonly ReactionView[];
  actions: MessageActions;
}

/**
 * Under a message: its reactions (click one to add or take back yours, as the member you act
 * as), a React button with quick emoji, a Thread button that starts a thread from the message,
 * an Apps button with the bot's message commands ("Mark as solution"), and a link to the
 * thread once there is one.
 */
export function MessageExtras({ messageId, reactions, actions }: MessageExtrasProps) {
  const [mode, setMode] = useState<'none' | 'react' | 'thread' | 'apps'>('none');
  const apps = actions.messageCommands ?? [];
  const [threadName, setThreadName] = useState('');
  const [emoji, setEmoji] = useState('');
  const { actorId, busy } = actions;
  const thread = actions.threadOf(messageId);
  const blocked = actorId === null || busy;

  const startThread = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const name = threadName.trim();
    if (name === '' || actions.onStartThread === null) return;
    actions.onStartThread(messageId, name);
    setThreadName('');
    setMode('none');
  };
  const react = (value: string): void => {
    const existing = reactions.find((r) => emojiKey(r.emoji) === value || r.emoji.name === value);
    actions.onReaction(
      messageId,
      value,
      existing !== undefined && actorId !== null && existing.userIds.includes(actorId),
    );
    setMode('none');
    setEmoji('');
  };

  return (
    <div className="message-extras">
      {reactions.length > 0 && (
        <div className="reactions" data-testid="reactions">
          {reactions.map((reaction) => {
            const mine = actorId !== null && reaction.userIds.includes(actorId);
            const key = emojiKey(reaction.emoji);
            return (
              <button
                key={key}
                type="button"
                className={mine ? 'reaction reaction-mine' : 'reaction'}
                disabled={blocked}
                aria-pressed={mine}
                title={mine ? 'Take your reaction back' : 'React with this too'}
                onClick={() => actions.onReaction(messageId, key, mine)}
                data-testid="reaction"
                data-emoji={reaction.emoji.name}
              >
                <span>{reaction.emoji.id === null ? reaction.emoji.name : `:${reaction.emoji.name}:`}</span>
                <span className="reaction-count" data-testid="reaction-count">
                  {reaction.count}
                </span>
              </button>
            );
          })}
        </div>
      )}
      {actorId !== null && (
        <div className={mode === 'none' ? 'message-toolbar' : 'message-toolbar message-toolbar-open'}>
          <button
            type="button"
            className="toolbar-button"
            disabled={blocked}
            onClick={() => setMode(mode === 'react' ? 'none' : 'react')}
            aria-pressed={mode === 'react'}
            title="Add a reaction"
            data-testid="add-reaction"
          >
            🙂 React
          </button>
          {actions.onStartThread !== null && thread === null && (
            <button
              type="button"
              className="toolbar-button"
              disabled={blocked}
              onClick={() => setMode(mode === 'thread' ? 'none' : 'thread')}
              aria-pressed={mode === 'thread'}
              title="Start a thread from this message"
              data-testid="start-thread"
            >
              🧵 Thread
            </button>
          )}
          {apps.length > 0 && actions.onMessageCommand !== undefined && (
            <button
              type="button"
              className="toolbar-button"
              disabled={blocked}
              onClick={() => setMode(mode === 'apps' ? 'none' : 'apps')}
              aria-pressed={mode === 'apps'}
              title="Apps: the bot's commands on this message (right-click → Apps on Discord)"
              data-testid="message-apps"
            >
              ⋯ Apps
            </button>
          )}
        </div>
      )}
      {mode === 'apps' && (
        <div className="emoji-palette" data-testid="message-apps-menu">
          {apps.map((name) => (
            <button
              key={name}
              type="button"
              className="toolbar-button"
              disabled={blocked}
              onClick={() => {
                actions.onMessageCommand?.(messageId, name);
                setMode('none');
              }}
              data-testid="message-command"
              data-name={name}
            >
              {name}
            </button>
          ))}
        </div>
      )}
      {mode === 'react' && (
        <div className="emoji-palette" data-testid="emoji-palette">
          {QUICK.map((q) => (
            <button key={q} type="button" className="emoji-option" onClick={() => react(q)} data-emoji={q}>
              {q}
            </button>
          ))}
          <form
            className="emoji-custom"
            onSubmit={(event) => {
              event.preventDefault();
              if (emoji.trim() !== '') react(emoji.trim());
            }}
          >
            <input
              value={emoji}
              onChange={(event) => setEmoji(event.target.value)}
              placeholder="emoji or name:id"
              aria-label="Emoji"
              maxLength={100}
            />
          </form>
        </div>
      )}
      {mode === 'thread' && (
        <form className="thread-form" onSubmit={startThread} data-testid="thread-form">
          <input
            value={threadName}
            onChange={(event) => setThreadName(event.target.value)}
            placeholder="Thread name"
            aria-label="Thread name"
            maxLength={100}
            autoFocus
          />
          <button type="submit" className="button button-primary" disabled={blocked || threadName.trim() === ''}>
            Create thread
          </button>
        </form>
      )}
      {thread !== null && (
        <button
          type="button"
          className="thread-link"
          onClick={() => actions.onOpenThread(thread.id)}
          data-testid="thread-link"
          data-thread-id={thread.id}
        >
          🧵 {thread.name} <span className="muted small">· open thread</span>
        </button>
      )}
    </div>
  );
}
