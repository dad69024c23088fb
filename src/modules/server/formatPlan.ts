import { planEntries, summarisePlan, type FieldChange, type Plan, type PlanAction } from './Plan.js';

const SYMBOL: Record<PlanAction, string> = { create: '+', update: '~', move: '↕', delete: '-' };

/** The closing line of a plan with nothing to do. */
export const NO_CHANGES = 'No changes. The server matches community.yaml.';

function fieldLine(f: FieldChange, action: PlanAction): string {
  if (action === 'create') return `${f.field}: ${f.to}`;
  if (action === 'delete') return `${f.field}: ${f.from}`;
  return `${f.field}: ${f.diff ?? `${f.from} → ${f.to}`}`;
}

function entryLines(entry: {
  action: PlanAction;
  label: string;
  detail?: string;
  fields: FieldChange[];
  executable: boolean;
}): string[] {
  const detail = entry.detail === undefined ? '' : ` ${entry.detail}`;
  if (entry.action === 'move') {
    const moves = entry.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join(', ');
    return [`  ${SYMBOL.move} ${entry.label}${detail}: ${moves}`];
  }
  const prune = entry.action === 'delete' && !entry.executable ? ' (would delete with --prune)' : '';
  return [
    `  ${SYMBOL[entry.action]} ${entry.label}${detail}${prune}`,
    ...entry.fields.map((f) => `      ${fieldLine(f, entry.action)}`),
  ];
}

/**
 * Renders a plan as a readable, stable text diff: one section per group (roles,
 * categories, channels, overwrites, positions) with `+` create, `~` update (each changed
 * field `old → new`; permission sets as `+Added −Removed`), `↕` move and `-` delete
 * (`would delete with --prune` when not pruning), then a summary line:
 * `Plan: 3 to create, 2 to update, 1 to move, 0 to delete.` or {@link NO_CHANGES}.
 * @param plan - the plan
 */
export function formatPlan(plan: Plan): string {
  const lines: string[] = [];
  const sections: [string, readonly Parameters<typeof entryLines>[0][]][] = [
    ['Roles', plan.roles],
    ['Categories', plan.categories],
    ['Channels', plan.channels],
    ['Overwrites', plan.overwrites],
    ['Positions', plan.positions],
  ];
  for (const [title, entries] of sections) {
    if (entries.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${title}:`);
    for (const entry of entries) lines.push(...entryLines(entry));
  }
  if (planEntries(plan).length === 0) return NO_CHANGES;
  const s = summarisePlan(plan);
  lines.push('', `Plan: ${s.create} to create, ${s.update} to update, ${s.move} to move, ${s.delete} to delete.`);
  if (s.wouldDelete > 0) {
    lines.push(
      `${s.wouldDelete} on the server but not in community.yaml: kept (listed above; deleted only with --prune).`,
    );
  }
  return lines.join('\n');
}
