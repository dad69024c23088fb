import type { PlanChange } from './ConfigApi.js';

/** A blueprint plan entry as the server module makes it (only what the page shows). */
export interface PlanEntryView {
  kind: string;
  action: PlanChange['action'];
  label: string;
  detail?: string;
  fields: readonly { field: string; from: string; to: string; diff?: string }[];
  executable: boolean;
}

/**
 * A blueprint plan's entries as the config page lists them, one summary line each.
 * @param entries - the plan's entries in the order `plan` shows them
 */
export function planChangesOf(entries: readonly PlanEntryView[]): PlanChange[] {
  return entries.map((entry) => {
    const fields = entry.fields.map((f) => `${f.field}: ${f.diff ?? `${f.from} → ${f.to}`}`);
    const words = [entry.executable ? entry.action : `${entry.action} (with --prune)`, entry.detail, fields.join('; ')];
    return {
      kind: entry.kind,
      action: entry.action,
      target: entry.label,
      summary: words.filter((w) => w !== undefined && w !== '').join(' '),
      executable: entry.executable,
    };
  });
}
