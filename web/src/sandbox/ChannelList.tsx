import type { ChannelSnapshot } from '../api/sandboxApi.js';

/** Props of {@link ChannelList}. */
export interface ChannelListProps {
  channels: readonly ChannelSnapshot[];
  selectedId: string | null;
  onSelect: (channelId: string) => void;
}

// Channels with messages (text, announcement) and forums (their posts); threads go under them.
const READABLE = new Set(['text', 'announcement', 'forum']);
/** Threads listed under a text channel (newest first); a forum lists its posts itself. */
const THREADS_SHOWN = 5;

/**
 * The guild's text channels and forums grouped under their categories, in Discord's order,
 * with each text channel's latest threads under it.
 */
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
            <div key={channel.id} className="channel-entry">
              <button
                type="button"
                className={`channel${channel.id === selectedId ? ' channel-active' : ''}`}
                onClick={() => onSelect(channel.id)}
                data-testid="sandbox-channel"
                data-name={channel.name}
                data-kind={channel.kind}
                aria-pressed={channel.id === selectedId}
              >
                <span className="channel-hash">{channel.kind === 'forum' ? '🗨' : '#'}</span>
                {channel.name}
              </button>
              {channel.kind !== 'forum' &&
                threadsOf(channels, channel.id).map((thread) => (
                  <button
                    key={thread.id}
                    type="button"
                    className={`channel channel-thread${thread.id === selectedId ? ' channel-active' : ''}`}
                    onClick={() => onSelect(thread.id)}
                    data-testid="sandbox-thread"
                    data-name={thread.name}
                    aria-pressed={thread.id === selectedId}
                  >
                    <span className="channel-hash">🧵</span>
                    {thread.name}
                  </button>
                ))}
            </div>
          ))}
        </div>
      ))}
    </nav>
  );
}

/**
 * A channel's threads (a forum's posts), newest first (ids are snowflakes: later is larger).
 * @param channels - every channel, threads included
 * @param parentId - the channel or forum
 * @param limit - how many at most
 */
export function threadsOf(
  channels: readonly ChannelSnapshot[],
  parentId: string,
  limit = THREADS_SHOWN,
): ChannelSnapshot[] {
  return channels
    .filter((c) => c.kind === 'thread' && c.parentId === parentId)
    .sort((a, b) => b.id.length - a.id.length || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0))
    .slice(0, limit);
}
