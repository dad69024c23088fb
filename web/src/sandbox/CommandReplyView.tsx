import type { CommandReply } from '../api/sandboxApi.js';
import { EmbedView } from './EmbedView.js';
import { MessageContent } from './MessageContent.js';
import type { SandboxNames } from './SandboxNames.js';

/** A slash command's answer as the member who ran it sees it. */
export interface ShownReply {
  command: string;
  memberName: string;
  reply: CommandReply;
}

/** Props of {@link CommandReplyView}. */
export interface CommandReplyViewProps {
  shown: ShownReply;
  names: SandboxNames;
  onDismiss: () => void;
}

/** The bot's answer to a slash command, marked "only you can see this" when ephemeral. */
export function CommandReplyView({ shown, names, onDismiss }: CommandReplyViewProps) {
  const { reply } = shown;
  const empty = (reply.content ?? '') === '' && (reply.embeds ?? []).length === 0;
  return (
    <div className="command-reply" data-testid="command-reply">
      <div className="command-reply-header">
        <span>
          <strong>Guildhall</strong> answered <code>/{shown.command}</code> for {shown.memberName}
          {reply.ephemeral === true && <span className="muted"> · only {shown.memberName} can see this</span>}
        </span>
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
          Dismiss
        </button>
      </div>
      {empty && <span className="muted">(empty reply)</span>}
      {reply.content !== undefined && reply.content !== '' && (
        <div data-testid="command-reply-content">
          <MessageContent content={reply.content} names={names} />
        </div>
      )}
      {(reply.embeds ?? []).map((embed, i) => (
        <EmbedView key={i} embed={embed} names={names} />
      ))}
    </div>
  );
}
