import { useState, type ReactNode } from 'react';
import { roleColor } from '../format.js';
import { parseDiscordMarkdown, type SingleASTNode } from './markdown/discordMarkdown.js';
import { DiscordTimestamp } from './markdown/DiscordTimestamp.js';
import type { SandboxNames } from './SandboxNames.js';

/** Props of {@link MessageContent}. */
export interface MessageContentProps {
  content: string;
  names: SandboxNames;
}

/**
 * Message text rendered as Discord renders it: markdown (bold, italics, underline, strike,
 * code and code blocks, quotes, spoilers, headings, subtext, lists, links), mentions shown as
 * `@name`, `#channel` and `@role`, and `<t:…>` timestamps in the reader's time zone. Parsed
 * by discord-markdown-parser into a tree turned into React elements: no HTML from the text is
 * ever inserted, and links open only for http(s) addresses.
 */
export function MessageContent({ content, names }: MessageContentProps) {
  return (
    <div className="message-content" data-testid="message-content">
      {renderNodes(parseDiscordMarkdown(content), names)}
    </div>
  );
}

function renderNodes(nodes: readonly SingleASTNode[], names: SandboxNames): ReactNode[] {
  return nodes.map((node, i) => renderNode(node, names, i));
}

/** A field of a node, narrowed from the parser's untyped AST. */
function text(node: SingleASTNode, key: string): string {
  const value: unknown = node[key];
  return typeof value === 'string' ? value : '';
}

function children(node: SingleASTNode, key = 'content'): SingleASTNode[] {
  const value: unknown = node[key];
  return Array.isArray(value) ? (value as SingleASTNode[]) : [];
}

function renderNode(node: SingleASTNode, names: SandboxNames, key: number): ReactNode {
  const inner = (): ReactNode[] => renderNodes(children(node), names);
  switch (node.type) {
    case 'text':
    case 'emoticon':
      return text(node, 'content');
    case 'br':
    case 'newline':
      return <br key={key} />;
    case 'strong':
      return <strong key={key}>{inner()}</strong>;
    case 'em':
      return <em key={key}>{inner()}</em>;
    case 'underline':
      return <u key={key}>{inner()}</u>;
    case 'strikethrough':
      return <s key={key}>{inner()}</s>;
    case 'inlineCode':
      return (
        <code key={key} className="md-code">
          {text(node, 'content')}
        </code>
      );
    case 'codeBlock':
      return (
        <pre key={key} className="md-codeblock" data-lang={text(node, 'lang') || undefined}>
          <code>{text(node, 'content')}</code>
        </pre>
      );
    case 'blockQuote':
      return (
        <blockquote key={key} className="md-quote">
          {inner()}
        </blockquote>
      );
    case 'spoiler':
      return <Spoiler key={key}>{inner()}</Spoiler>;
    case 'heading':
      return <Heading key={key} level={typeof node.level === 'number' ? node.level : 1} content={inner()} />;
    case 'subtext':
      return (
        <small key={key} className="md-subtext">
          {inner()}
        </small>
      );
    case 'list':
      return <List key={key} node={node} names={names} />;
    case 'url':
    case 'autolink':
    case 'link':
      return <SafeLink key={key} target={text(node, 'target')} content={inner()} />;
    case 'user':
      return (
        <span key={key} className="mention" data-testid="user-mention">
          @{names.user(text(node, 'id')).name}
        </span>
      );
    case 'channel':
      return (
        <span key={key} className="mention" data-testid="channel-mention">
          #{names.channel(text(node, 'id')) ?? 'unknown-channel'}
        </span>
      );
    case 'role': {
      const role = names.role(text(node, 'id'));
      return (
        <span
          key={key}
          className="mention"
          data-testid="role-mention"
          style={role === null ? undefined : { color: roleColor(role.color) }}
        >
          @{role?.name ?? 'unknown-role'}
        </span>
      );
    }
    case 'everyone':
    case 'here':
      return (
        <span key={key} className="mention">
          @{node.type}
        </span>
      );
    case 'slashCommand':
      return (
        <span key={key} className="mention">
          /{text(node, 'fullName') || text(node, 'name')}
        </span>
      );
    case 'emoji':
      return (
        <span key={key} className="md-emoji" title={`:${text(node, 'name')}:`}>
          :{text(node, 'name')}:
        </span>
      );
    case 'twemoji':
      return text(node, 'name');
    case 'timestamp':
      return <DiscordTimestamp key={key} unix={text(node, 'timestamp')} style={text(node, 'format')} />;
    default:
      // A rule this renderer does not know: its text, never markup.
      return Array.isArray(node.content) ? <span key={key}>{inner()}</span> : text(node, 'content');
  }
}

function Heading({ level, content }: { level: number; content: ReactNode[] }) {
  if (level === 1) return <h3 className="md-heading md-h1">{content}</h3>;
  if (level === 2) return <h4 className="md-heading md-h2">{content}</h4>;
  return <h5 className="md-heading md-h3">{content}</h5>;
}

function List({ node, names }: { node: SingleASTNode; names: SandboxNames }) {
  const items: unknown = node.items;
  const rows = Array.isArray(items) ? (items as SingleASTNode[][]) : [];
  const content = rows.map((item, i) => <li key={i}>{renderNodes(item, names)}</li>);
  if (node.ordered === true) {
    const start = typeof node.start === 'number' ? node.start : 1;
    return (
      <ol className="md-list" start={start}>
        {content}
      </ol>
    );
  }
  return <ul className="md-list">{content}</ul>;
}

/** A link that opens only http(s) addresses (a `javascript:` or `data:` one stays text). */
function SafeLink({ target, content }: { target: string; content: ReactNode[] }) {
  let href: string | null = null;
  try {
    const url = new URL(target);
    if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
  } catch {
    href = null;
  }
  if (href === null) return <span>{content}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="md-link">
      {content}
    </a>
  );
}

/** `||hidden||`: blacked out until clicked, as on Discord. */
function Spoiler({ children: content }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  return (
    <span
      className={shown ? 'md-spoiler md-spoiler-shown' : 'md-spoiler'}
      role="button"
      tabIndex={0}
      aria-label={shown ? undefined : 'Spoiler: click to show'}
      data-testid="spoiler"
      onClick={() => setShown(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') setShown(true);
      }}
    >
      {content}
    </span>
  );
}
