import { useEffect, useRef } from 'react';
import type { InteractionReply } from '../api/sandboxApi.js';
import { ComponentRows } from './ComponentRows.js';
import { EmbedView } from './EmbedView.js';
import { MessageContent } from './MessageContent.js';
import type { SandboxNames } from './SandboxNames.js';

/** What the member did that the bot answered. */
export type InteractionTrigger =
  | { kind: 'command'; name: string }
  | { kind: 'button'; label: string }
  | { kind: 'select'; labels: readonly string[] }
  | { kind: 'modal'; title: string };

/** The bot's answer to an interaction as the member who started it sees it. */
export interface ShownReply {
  trigger: InteractionTrigger;
  memberName: string;
  /** Null when no module answered. */
  reply: InteractionReply | null;
  /** Where it happened: under the channel, or under the member's DMs. */
  place: 'channel' | 'dm';
}

/** Props of {@link InteractionReplyView}. */
export interface InteractionReplyViewProps {
  shown: ShownReply;
  names: SandboxNames;
  onDismiss: () => void;
}

/**
 * The bot's answer to a slash command, button, menu or form, marked "only you can see this"
 * when ephemeral. Buttons on the answer are shown but inert: the sandbox clicks buttons on
 * stored messages, and a public answer is also in the channel, where they work.
 */
export function InteractionReplyView({ shown, names, onDismiss }: InteractionReplyViewProps) {
  const { reply } = shown;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Under the DMs the answer can land below the fold: bring each new one into view.
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  const empty = reply !== null && (reply.content ?? '') === '' && (reply.embeds ?? []).length === 0;
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
      {reply === null && <span className="muted">(no module handled it)</span>}
      {empty && <span className="muted">(empty reply)</span>}
      {reply?.content !== undefined && reply.content !== '' && (
        <div data-testid="command-reply-content">
          <MessageContent content={reply.content} names={names} />
        </div>
      )}
      {(reply?.embeds ?? []).map((embed, i) => (
        <EmbedView key={i} embed={embed} names={names} />
      ))}
      {(reply?.components ?? []).length > 0 && (
        <ComponentRows
          rows={reply?.components ?? []}
          blockedReason="Buttons on an answer work once it is in the channel"
          busy={false}
          onButton={ignore}
          onSelect={ignore}
        />
      )}
    </div>
  );
}

function describeTrigger(trigger: InteractionTrigger) {
  switch (trigger.kind) {
    case 'command':
      return <code>/{trigger.name}</code>;
    case 'button':
      return <>the button “{trigger.label}”</>;
    case 'select':
      return <>the choice “{trigger.labels.join(', ')}”</>;
    case 'modal':
      return <>the form “{trigger.title}”</>;
  }
}

function ignore(): void {
  // Inert: see InteractionReplyView.
}
