import { useState } from 'react';
import type { ChannelSnapshot, RoleSnapshot, SandboxMember } from '../api/sandboxApi.js';
import { roleColor } from '../format.js';

/** Props of {@link MentionPicker}. */
export interface MentionPickerProps {
  members: readonly SandboxMember[];
  channels: readonly ChannelSnapshot[];
  roles: readonly RoleSnapshot[];
  /** Inserts the mention's markup (`<@id>`, `<#id>`, `<@&id>`) into the message. */
  onPick: (markup: string) => void;
  onClose: () => void;
}

const MENTIONABLE_CHANNELS = new Set(['text', 'announcement', 'forum', 'voice', 'stage', 'thread']);

/**
 * Members, channels and roles to mention, filtered as you type; picking one inserts its
 * markup, which the chat then shows as `@name`, `#channel` or `@role`.
 */
export function MentionPicker({ members, channels, roles, onPick, onClose }: MentionPickerProps) {
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLowerCase().replace(/^[@#]/, '');
  const matches = (...names: string[]): boolean => names.some((n) => n.toLowerCase().includes(wanted));
  const people = members.filter((m) => matches(m.username, m.displayName)).slice(0, 30);
  const places = channels.filter((c) => MENTIONABLE_CHANNELS.has(c.kind) && matches(c.name)).slice(0, 30);
  const groups = roles.filter((r) => r.position > 0 && matches(r.name));
  return (
    <div className="mention-picker" data-testid="mention-picker" role="dialog" aria-label="Mention">
      <div className="mention-picker-header">
        <input
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder="Search members, channels, roles"
          aria-label="Search mentions"
          autoFocus
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose();
          }}
        />
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="mention-picker-lists">
        <MentionGroup
          title="Members"
          items={people.map((m) => ({
            key: m.userId,
            label: `@${m.displayName || m.username}`,
            hint: m.username,
            markup: `<@${m.userId}>`,
            kind: 'user',
          }))}
          onPick={onPick}
        />
        <MentionGroup
          title="Channels"
          items={places.map((c) => ({
            key: c.id,
            label: `#${c.name}`,
            hint: c.kind === 'thread' || c.kind === 'forum' ? c.kind : '',
            markup: `<#${c.id}>`,
            kind: 'channel',
          }))}
          onPick={onPick}
        />
        <MentionGroup
          title="Roles"
          items={groups.map((r) => ({
            key: r.id,
            label: `@${r.name}`,
            hint: r.mentionable ? '' : 'not mentionable',
            markup: `<@&${r.id}>`,
            kind: 'role',
            color: roleColor(r.color),
          }))}
          onPick={onPick}
        />
      </div>
    </div>
  );
}

interface MentionItem {
  key: string;
  label: string;
  hint: string;
  markup: string;
  kind: 'user' | 'channel' | 'role';
  color?: string;
}

function MentionGroup({
  title,
  items,
  onPick,
}: {
  title: string;
  items: readonly MentionItem[];
  onPick: (markup: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <div className="mention-group">
      <div className="channel-category">{title}</div>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          className="mention-option"
          onClick={() => onPick(item.markup)}
          data-testid="mention-option"
          data-kind={item.kind}
          data-label={item.label}
        >
          <span style={item.color === undefined ? undefined : { color: item.color }}>{item.label}</span>
          {item.hint !== '' && <span className="muted small">{item.hint}</span>}
        </button>
      ))}
    </div>
  );
}
