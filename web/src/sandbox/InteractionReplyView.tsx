import { useEffect, useRef } from 'react';
import type { ButtonComponent, ReplyView, SelectComponent } from '../api/sandboxApi.js';
import { ComponentRows } from './ComponentRows.js';
import { EmbedView } from './EmbedView.js';
import { MessageContent } from './MessageContent.js';
import type { SandboxNames } from './SandboxNames.js';

/** What the member did that the bot answered. */
export type InteractionTrigger =
  | { kind: 'command'; name: string }
  | { kind: 'app'; name: string }
  | { kind: 'button'; label: string }
  | { kind: 'select'; labels: readonly string[] }
  | { kind: 'modal'; title: string };

/** The bot's answer to an interaction as the member who started it sees it. */
export interface ShownReply {
  trigger: InteractionTrigger;
  /** The interaction answered (its answer's buttons are pressed through it). */
  interactionId: string;
  /** Who started it: the only one who can use the answer's buttons here. */
  userId: string;
  memberName: string;
  /** Null when no module answered; files as `attachments` with download links. */
  reply: ReplyView | null;
  /** Where it happened: under the channel, or under the member's DMs. */
  place: 'channel' | 'dm';
  /** Deferred, the answer still to come ("Guildhall is thinking…"). */
  thinking?: boolean;
}

/** Props of {@link InteractionReplyView}. */
export interface InteractionReplyViewProps {
  shown: ShownReply;
  names: SandboxNames;
  onDismiss: () => void;
  /** Presses a button or chooses in a menu of the answer, as the member it was shown to. */
  actions: ReplyComponentActions;
}

/** What the components of an answer do. */
export interface ReplyComponentActions {
  busy: boolean;
  onButton: (shown: ShownReply, button: ButtonComponent) => void;
  onSelect: (shown: ShownReply, select: SelectComponent, values: string[]) => void;
}

/**
 * The bot's answer to a slash command, button, menu or form, marked "only you can see this"
 * when ephemeral. Its buttons and menus work for the member it was shown to, as on Discord
 * (an ephemeral answer's too); they are pressed through the interaction.
 */
export function InteractionReplyView({ shown, names, onDismiss, actions }: InteractionReplyViewProps) {
  const { reply } = shown;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Under the DMs the answer can land below the fold: bring each new one into view.
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  const attachments = reply?.attachments ?? [];
  const empty =
    reply !== null && (reply.content ?? '') === '' && (reply.embeds ?? []).length === 0 && attachments.length === 0;
  return (
    <div className="command-reply" data-testid="command-reply" data-place={shown.place} ref={box}>
      <div className="command-reply-header">
        <span>
          <strong>Guildhall</strong> {reply === null ? 'did not answer' : 'answered'} {describeTrigger(shown.trigger)}{' '}
          for {shown.memberName}
          {reply?.ephemeral === true && <span className="muted"> · only {shown.memberName} can see this</span>}
        </span>
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
          Dismiss
        </button>
      </div>
      {shown.thinking === true && (
        <span className="muted" data-testid="command-reply-thinking">
          Guildhall is thinking…
        </span>
      )}
      {reply === null && shown.thinking !== true && <span className="muted">(no module handled it)</span>}
      {empty && <span className="muted">(empty reply)</span>}
      {reply?.content !== undefined && reply.content !== '' && (
        <div data-testid="command-reply-content">
          <MessageContent content={reply.content} names={names} />
        </div>
      )}
      {(reply?.embeds ?? []).map((embed, i) => (
        <EmbedView key={i} embed={embed} names={names} />
      ))}
      {attachments.length > 0 && (
        <ul className="attachments" data-testid="reply-attachments">
          {attachments.map((file) => (
            <li key={file.id} className="attachment" data-testid="reply-attachment">
              <span className="attachment-icon" aria-hidden="true">
                📄
              </span>
              <a href={file.url} download={file.name} className="attachment-name">
                {file.name}
              </a>
              <span className="muted small">
                {formatBytes(file.size)}
                {file.contentType === null ? '' : ` · ${file.contentType}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(reply?.components ?? []).length > 0 && (
        <ComponentRows
          rows={reply?.components ?? []}
          blockedReason={null}
          busy={actions.busy}
          onButton={(button) => actions.onButton(shown, button)}
          onSelect={(select, values) => actions.onSelect(shown, select, values)}
        />
      )}
    </div>
  );
}

/** 2048 → "2.0 KB". */
function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

function describeTrigger(trigger: InteractionTrigger) {
  switch (trigger.kind) {
    case 'command':
      return <code>/{trigger.name}</code>;
    case 'app':
      return <>the app “{trigger.name}” on a message</>;
    case 'button':
      return <>the button “{trigger.label}”</>;
    case 'select':
      return <>the choice “{trigger.labels.join(', ')}”</>;
    case 'modal':
      return <>the form “{trigger.title}”</>;
  }
}
