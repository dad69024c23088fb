import type { AuditEntry } from './auditApi.js';

/** The action prefixes the page filters by, with their labels. */
export const AUDIT_AREAS = [
  { prefix: 'moderation.', label: 'Moderation' },
  { prefix: 'privacy.', label: 'Privacy' },
  { prefix: 'server.', label: 'Server blueprint' },
  { prefix: 'dashboard.', label: 'Dashboard' },
] as const;

/** What a known action did, as a sentence verb; others fall back to their words. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  'moderation.warn': 'warned',
  'moderation.timeout': 'timed out',
  'moderation.kick': 'kicked',
  'moderation.ban': 'banned',
  'moderation.unban': 'unbanned',
  'moderation.appeal_file': 'filed an appeal on',
  'moderation.appeal_uphold': 'upheld the appeal on',
  'moderation.appeal_overturn': 'overturned',
  'moderation.lockdown_start': 'started a lockdown',
  'moderation.lockdown_end': 'ended the lockdown',
  'privacy.export': 'exported the data of',
  'privacy.erase': 'erased the data of',
  'server.apply': 'applied the server blueprint',
  'dashboard.login': 'signed in to the dashboard',
  'dashboard.logout': 'signed out of the dashboard',
  'core.migrate': 'migrated the database',
  'notes.write': 'wrote a note on',
};

/** Labels of detail keys the modules record; other keys show as they are. */
const DETAIL_LABELS: Readonly<Record<string, string>> = {
  reason: 'Reason',
  caseId: 'Case',
  appealId: 'Appeal',
  carriedOut: 'Carried out',
  durationMs: 'Duration',
  method: 'Method',
  role: 'Role',
  sections: 'Sections',
  changes: 'Changes',
  runId: 'Run',
  prune: 'Prune',
  interrupted: 'Interrupted',
  level: 'Level',
  undone: 'Undone',
  via: 'Via',
  strike: 'Strike',
  sanction: 'Sanction',
  publicWarning: 'Public warning',
};

/**
 * What an action did, readably: `moderation.warn` → "warned", an unknown
 * `moderation.note_add` → "note add".
 * @param action - `<area>.<verb>`
 */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known !== undefined) return known;
  const dot = action.indexOf('.');
  return (dot < 0 ? action : action.slice(dot + 1)).replaceAll('_', ' ');
}

/**
 * The area of an action (`moderation`), for its colour and badge.
 * @param action - `<area>.<verb>`
 */
export function actionArea(action: string): string {
  const dot = action.indexOf('.');
  return dot < 0 ? action : action.slice(0, dot);
}

/**
 * Who or what the action was done to: the member's name, `case #4` for `case#4`, else the
 * recorded target; null when there is none.
 * @param entry - the audit entry
 */
export function targetLabel(entry: AuditEntry): string | null {
  if (entry.targetName !== null) return entry.targetName;
  if (entry.target === null) return null;
  const caseRef = /^case#(\d+)$/.exec(entry.target);
  return caseRef === null ? entry.target : `case #${caseRef[1] ?? ''}`;
}

/** Where the actor acted from, as people say it. */
export function actorKindLabel(kind: AuditEntry['actorKind']): string {
  switch (kind) {
    case 'discord':
      return 'Discord';
    case 'cli':
      return 'CLI';
    case 'dashboard':
      return 'dashboard';
    case 'other':
      return 'other';
  }
}

/** One detail of an entry, ready to show. */
export interface DetailLine {
  key: string;
  label: string;
  value: string;
}

/**
 * An entry's details as label/value lines: known keys named (`caseId` → "Case"), booleans
 * as yes/no, durations in words, case and appeal ids with `#`.
 * @param details - the recorded details
 */
export function detailLines(details: AuditEntry['details']): DetailLine[] {
  return Object.entries(details).map(([key, raw]) => ({
    key,
    label: DETAIL_LABELS[key] ?? key,
    value: detailValue(key, raw),
  }));
}

function detailValue(key: string, raw: string | number | boolean | null): string {
  if (raw === null) return '—';
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  if (key === 'durationMs' && typeof raw === 'number') return durationText(raw);
  if ((key === 'caseId' || key === 'appealId') && typeof raw === 'number') return `#${raw}`;
  if (key === 'sections' && typeof raw === 'string') return raw.split(',').join(', ');
  return String(raw);
}

/**
 * A duration in the largest whole unit: 86_400_000 → "1 day", 5_400_000 → "90 min".
 * @param ms - milliseconds
 */
export function durationText(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  for (const [size, unit] of units) {
    if (ms >= size && ms % size === 0) {
      const count = ms / size;
      return unit === 'min' || unit === 's' ? `${count} ${unit}` : `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${ms} ms`;
}

/**
 * A moment as a local date and time, e.g. "2 Dec 2026, 14:05".
 * @param epochMs - the moment
 */
export function auditTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
