/** What a check found wrong. */
export type FindingKind = 'lost' | 'duplicated' | 'phantom' | 'mismatch' | 'late';

/** One thing wrong, with the evidence (ids, rows) to look it up. */
export interface Finding {
  kind: FindingKind;
  /** The check, e.g. `welcome message`, `post event`. */
  check: string;
  detail: string;
}

/** Counts findings by kind and check: `{ lost: { 'welcome message': 2 } }`. */
export function tally(findings: readonly Finding[]): Record<FindingKind, Record<string, number>> {
  const result: Record<FindingKind, Record<string, number>> = {
    lost: {},
    duplicated: {},
    phantom: {},
    mismatch: {},
    late: {},
  };
  for (const f of findings) result[f.kind][f.check] = (result[f.kind][f.check] ?? 0) + 1;
  return result;
}
