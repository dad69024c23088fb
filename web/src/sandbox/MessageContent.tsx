import type { ReactNode } from 'react';
import { roleColor } from '../format.js';
import type { SandboxNames } from './SandboxNames.js';

/** Props of {@link MessageContent}. */
export interface MessageContentProps {
  content: string;
  names: SandboxNames;
}

const MENTION = /<(@!?|@&|#)(\d+)>/g;

/** Message text with Discord mentions (`<@id>`, `<@&id>`, `<#id>`) shown as names. */
export function MessageContent({ content, names }: MessageContentProps) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of content.matchAll(MENTION)) {
    const [token, kind = '', id = ''] = match;
    if (match.index > last) parts.push(content.slice(last, match.index));
    parts.push(mention(kind, id, names, `${match.index}`));
    last = match.index + token.length;
  }
  if (last < content.length) parts.push(content.slice(last));
  return <span className="message-content">{parts}</span>;
}

function mention(kind: string, id: string, names: SandboxNames, key: string): ReactNode {
  if (kind === '#') {
    return (
      <span key={key} className="mention">
        #{names.channel(id) ?? 'unknown-channel'}
      </span>
    );
  }
  if (kind === '@&') {
    const role = names.role(id);
    return (
      <span key={key} className="mention" style={role === null ? undefined : { color: roleColor(role.color) }}>
        @{role?.name ?? 'unknown-role'}
      </span>
    );
  }
  return (
    <span key={key} className="mention" data-testid="user-mention">
      @{names.user(id).name}
    </span>
  );
}
