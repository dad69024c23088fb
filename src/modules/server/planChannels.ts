import { channelChanges, channelCreation } from './channelChanges.js';
import type { DesiredChannel, DesiredServer } from './DesiredServer.js';
import type { LiveServer } from './LiveServer.js';
import type { Matches } from './matchResources.js';
import type { ChannelEntry } from './Plan.js';
import { channelLabel, placeLabel } from './planLabels.js';

function where(channel: DesiredChannel, desired: DesiredServer): string {
  const category = desired.categories.find((c) => c.key === channel.parentKey);
  const place = category === undefined ? 'outside any category' : `in ${JSON.stringify(category.name)}`;
  const sync = channel.overwrites === null && category !== undefined ? ', synced with its category' : '';
  return `(${channel.kind} ${place}${sync})`;
}

/**
 * Plans the channels: creates missing ones (in their category), updates changed fields, and
 * lists undeclared channels as deletions. Parents and order are planned by `planPositions`,
 * overwrites by `planOverwrites`.
 * @param desired - the declared state
 * @param live - the live server
 * @param matches - which live channel each declared one is
 * @param prune - whether deletions are executed
 */
export function planChannels(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  prune: boolean,
): ChannelEntry[] {
  const entries: ChannelEntry[] = [];
  for (const channel of desired.channels) {
    const id = matches.channel.get(channel.key);
    const current = id === undefined ? undefined : live.channel(id);
    if (id === undefined || current === undefined) {
      const { fields, spec } = channelCreation(channel);
      entries.push({
        kind: 'channel',
        action: 'create',
        label: channelLabel(channel.name),
        detail: where(channel, desired),
        fields,
        executable: true,
        path: channel.path,
        operation: { type: 'create', key: channel.key, parentKey: channel.parentKey, spec },
      });
      continue;
    }
    const { fields, patch } = channelChanges(channel, current);
    if (fields.length === 0) continue;
    entries.push({
      kind: 'channel',
      action: 'update',
      label: channelLabel(current.name),
      fields,
      executable: true,
      path: channel.path,
      operation: { type: 'update', key: channel.key, id, patch },
    });
  }
  const declared = new Set(matches.channel.values());
  for (const parent of [null, ...live.categories().map((c) => c.id)]) {
    for (const channel of live.children(parent)) {
      if (declared.has(channel.id)) continue;
      const category = parent === null ? undefined : live.channel(parent);
      entries.push({
        kind: 'channel',
        action: 'delete',
        label: placeLabel(channel.kind, channel.name),
        detail: `(${channel.kind} ${category === undefined ? 'outside any category' : `in ${JSON.stringify(category.name)}`})`,
        fields: [],
        executable: prune,
        operation: { type: 'delete', id: channel.id },
      });
    }
  }
  return entries;
}
