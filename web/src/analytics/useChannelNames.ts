import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { overviewQuery } from '../api/dashboardQueries.js';
import { channelsQuery } from '../sandbox/sandboxQueries.js';

/**
 * A channel's name for the analytics tables: `#general` from the sandbox's channel list when
 * Guildhall runs on the sandbox; otherwise (the analytics API gives ids only) `#…1234`.
 */
export function useChannelNames(): (channelId: string) => string {
  const overview = useQuery(overviewQuery);
  const onSandbox = overview.data?.community.platform === 'sandbox';
  const channels = useQuery({ ...channelsQuery, enabled: onSandbox, staleTime: 60_000 });
  const list = channels.data;
  return useCallback(
    (channelId: string) => {
      const channel = list?.find((c) => c.id === channelId);
      return channel === undefined ? `#…${channelId.slice(-4)}` : `#${channel.name}`;
    },
    [list],
  );
}
