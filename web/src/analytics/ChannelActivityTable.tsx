import { useState } from 'react';
import { formatCount } from '../format.js';
import type { ChannelActivity } from './analyticsApi.js';
import { hoursText, percent } from './percent.js';

type SortKey = 'channel' | 'messages' | 'replies' | 'reactions' | 'answered' | 'response';

const COLUMNS: readonly { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'channel', label: 'Channel', numeric: false },
  { key: 'messages', label: 'Messages', numeric: true },
  { key: 'replies', label: 'Replies', numeric: true },
  { key: 'reactions', label: 'Reactions', numeric: true },
  { key: 'answered', label: 'Answered', numeric: true },
  { key: 'response', label: 'First response', numeric: true },
];

/** Props of {@link ChannelActivityTable}. */
export interface ChannelActivityTableProps {
  channels: readonly ChannelActivity[];
  /** A channel's name by id, when the platform can tell. */
  channelName: (channelId: string) => string;
}

/**
 * Each channel's messages (with a bar against the busiest), replies, reactions, the share of
 * its topics answered and the median time to first response. Click a column header to sort
 * by it (again to reverse).
 */
export function ChannelActivityTable({ channels, channelName }: ChannelActivityTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'messages', descending: true });
  if (channels.length === 0) {
    return (
      <p className="empty" data-testid="channels-empty">
        No channel had activity in this range.
      </p>
    );
  }
  const busiest = Math.max(...channels.map((c) => c.messages), 1);
  const rows = [...channels].sort((a, b) => compare(a, b, sort.key, channelName) * (sort.descending ? -1 : 1));
  const onSort = (key: SortKey): void =>
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : key !== 'channel' }));
  return (
    <div className="channel-scroll">
      <table className="channel-table" data-testid="channel-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'num' : undefined}
                aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(column.key)}
                  data-testid={`channel-sort-${column.key}`}
                >
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === column.key ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((channel) => (
            <tr key={channel.channelId} data-testid="channel-row" data-channel-id={channel.channelId}>
              <th scope="row" className="channel-name" data-testid="channel-name">
                {channel.name === undefined ? channelName(channel.channelId) : `#${channel.name}`}
              </th>
              <td className="num">
                <span className="channel-bar-cell">
                  <span className="channel-bar" aria-hidden="true">
                    <span style={{ width: `${(channel.messages / busiest) * 100}%` }} />
                  </span>
                  <span data-testid="channel-messages">{formatCount(channel.messages)}</span>
                </span>
              </td>
              <td className="num" data-testid="channel-replies">
                {formatCount(channel.replies)}
              </td>
              <td className="num">{formatCount(channel.reactions)}</td>
              <td className="num" title={`${channel.firstResponse.answered} of ${channel.firstResponse.topics} topics`}>
                {percent(channel.firstResponse.answeredShare)}
              </td>
              <td className="num" title="Median time to first response">
                {hoursText(channel.firstResponse.medianHours)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function compare(a: ChannelActivity, b: ChannelActivity, key: SortKey, name: (id: string) => string): number {
  switch (key) {
    case 'channel':
      return name(a.channelId).localeCompare(name(b.channelId));
    case 'messages':
      return a.messages - b.messages;
    case 'replies':
      return a.replies - b.replies;
    case 'reactions':
      return a.reactions - b.reactions;
    case 'answered':
      return (a.firstResponse.answeredShare ?? -1) - (b.firstResponse.answeredShare ?? -1);
    case 'response':
      return (a.firstResponse.medianHours ?? Infinity) - (b.firstResponse.medianHours ?? Infinity);
  }
}
