import type { DesiredServer } from './DesiredServer.js';
import type { LiveServer } from './LiveServer.js';
import type { Matches } from './matchResources.js';
import type { ChannelEntry } from './Plan.js';
import { categoryLabel } from './planLabels.js';

/**
 * Plans the categories: creates missing ones, renames those matched by stored id under
 * another name, lists undeclared ones as deletions (their channels are planned apart).
 * @param desired - the declared state
 * @param live - the live server
 * @param matches - which live category each declared one is
 * @param prune - whether deletions are executed
 */
export function planCategories(
  desired: DesiredServer,
  live: LiveServer,
  matches: Matches,
  prune: boolean,
): ChannelEntry[] {
  const entries: ChannelEntry[] = [];
  for (const category of desired.categories) {
    const id = matches.category.get(category.key);
    const current = id === undefined ? undefined : live.channel(id);
    if (id === undefined || current === undefined) {
      entries.push({
        kind: 'category',
        action: 'create',
        label: categoryLabel(category.name),
        fields: [],
        executable: true,
        path: category.path,
        operation: {
          type: 'create',
          key: category.key,
          parentKey: null,
          spec: { name: category.name, kind: 'category' },
        },
      });
    } else if (current.name !== category.name) {
      entries.push({
        kind: 'category',
        action: 'update',
        label: categoryLabel(current.name),
        fields: [{ field: 'name', from: JSON.stringify(current.name), to: JSON.stringify(category.name) }],
        executable: true,
        path: category.path,
        operation: { type: 'update', key: category.key, id, patch: { name: category.name } },
      });
    }
  }
  const declared = new Set(matches.category.values());
  for (const category of live.categories()) {
    if (declared.has(category.id)) continue;
    entries.push({
      kind: 'category',
      action: 'delete',
      label: categoryLabel(category.name),
      fields: [],
      executable: prune,
      operation: { type: 'delete', id: category.id },
    });
  }
  return entries;
}
