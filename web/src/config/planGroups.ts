import type { PlanChange } from './configApi.js';

/** The kinds of change in the order `guildhall plan` lists them, with their headings. */
const KIND_ORDER: readonly { kind: string; heading: string }[] = [
  { kind: 'role', heading: 'Roles' },
  { kind: 'category', heading: 'Categories' },
  { kind: 'channel', heading: 'Channels' },
  { kind: 'overwrite', heading: 'Permission overwrites' },
  { kind: 'position', heading: 'Positions' },
];

/** The plan's changes of one kind. */
export interface PlanGroup {
  kind: string;
  heading: string;
  changes: PlanChange[];
}

/**
 * Groups a plan's changes by kind (roles, categories, channels, overwrites, positions, then
 * any other kind by name), keeping the plan's order inside each group.
 * @param changes - the plan's changes
 */
export function groupPlanChanges(changes: readonly PlanChange[]): PlanGroup[] {
  const byKind = new Map<string, PlanChange[]>();
  for (const change of changes) byKind.set(change.kind, [...(byKind.get(change.kind) ?? []), change]);
  const known = KIND_ORDER.filter(({ kind }) => byKind.has(kind)).map(({ kind, heading }) => ({
    kind,
    heading,
    changes: byKind.get(kind) ?? [],
  }));
  const others = [...byKind.keys()]
    .filter((kind) => !KIND_ORDER.some((k) => k.kind === kind))
    .sort()
    .map((kind) => ({ kind, heading: kind.charAt(0).toUpperCase() + kind.slice(1), changes: byKind.get(kind) ?? [] }));
  return [...known, ...others];
}

/**
 * How many changes of each action, e.g. "2 to create, 1 to update".
 * @param changes - the plan's changes
 */
export function planCounts(changes: readonly PlanChange[]): string {
  const words: Record<PlanChange['action'], string> = {
    create: 'to create',
    update: 'to update',
    move: 'to move',
    delete: 'to delete',
  };
  const counts = new Map<PlanChange['action'], number>();
  for (const change of changes) counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
  return [...counts].map(([action, count]) => `${count} ${words[action]}`).join(', ');
}

/**
 * A change's summary without the action word the badge already shows: `create color: → #1abc9c`
 * → `color: → #1abc9c`, `delete (with --prune) (text in "Community")` → `(text in "Community")`.
 * @param change - a plan change
 */
export function summaryDetail(change: PlanChange): string {
  const prefix = /^(create|update|move|delete)( \(with --prune\))?\s*/.exec(change.summary);
  return prefix === null ? change.summary : change.summary.slice(prefix[0].length);
}
