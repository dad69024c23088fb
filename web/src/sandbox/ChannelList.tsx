import type { ChannelSnapshot } from '../api/sandboxApi.js';

/** Props of {@link ChannelList}. */
export interface ChannelListProps {
  channels: readonly ChannelSnapshot[];
  selectedId: string | null;
  onSelect: (channelId: string) => void;
}

// Forums hold threads, not messages of their own.
const READABLE = new Set(['text', 'announcement']);

/** The guild's text channels grouped under their categories, in Discord's order. */
export function ChannelList({ channels, selectedId, onSelect }: ChannelListProps) {
  const byPosition = (a: ChannelSnapshot, b: ChannelSnapshot): number =>
    a.position - b.position || a.name.localeCompare(b.name);
  const categories = channels.filter((c) => c.kind === 'category').sort(byPosition);
  const readable = channels.filter((c) => READABLE.has(c.kind)).sort(byPosition);
  const groups = [
    {
      id: null,
      name: null,
      channels: readable.filter((c) => c.parentId === null || !categories.some((k) => k.id === c.parentId)),
    },
    ...categories.map((k) => ({ id: k.id, name: k.name, channels: readable.filter((c) => c.parentId === k.id) })),
  ].filter((group) => group.channels.length > 0);

  return (
    <nav className="channel-list" aria-label="Channels">
      {groups.map((group) => (
        <div key={group.id ?? 'none'} className="channel-group">
          {group.name !== null && <div className="channel-category">{group.name}</div>}
          {group.channels.map((channel) => (
            <button
              key={channel.id}
              type="button"
              className={`channel${channel.id === selectedId ? ' channel-active' : ''}`}
              onClick={() => onSelect(channel.id)}
              data-testid="sandbox-channel"
              data-name={channel.name}
              aria-pressed={channel.id === selectedId}
            >
              <span className="channel-hash">#</span>
              {channel.name}
            </button>
          ))}
        </div>
      ))}
    </nav>
  );
}
