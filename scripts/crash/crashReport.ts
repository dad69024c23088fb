import type { CrashCoverage } from './crashCoverage.js';
import type { Backlog } from './crashDatabase.js';
import { tally, type Finding, type FindingKind } from './findings.js';
import type { InputKind, InputRecord } from './inputRecords.js';
import { interactionsAhead, overtakenEvents, type LoadedState } from './loadedState.js';
import type { JobTiming } from './verifyJobs.js';

/** What one run on one database found. */
export interface CrashReport {
  db: string;
  seed: number;
  kills: number;
  unexpectedExits: string[];
  durationMs: number;
  startMs: { median: number; max: number };
  inputs: {
    sent: number;
    accepted: number;
    refused: number;
    unknown: number;
    serverErrors: number;
    unsent: number;
    retries: number;
    byKind: Partial<Record<InputKind, { sent: number; accepted: number }>>;
  };
  events: {
    logged: number;
    unhandled: number;
    handlerFailures: number;
    overtaken: number;
    overtakenSamples: string[];
    interactionsAhead: number;
  };
  settle: { timedOut: boolean; backlog: Backlog };
  coverage: CrashCoverage;
  counts: Record<FindingKind, number>;
  byCheck: Record<FindingKind, Record<string, number>>;
  recognition: { rows: number; mismatches: number };
  jobs: JobTiming;
  outbox: { rows: number; pending: number; failed: { action: string; module: string; key: string; error: string }[] };
  handlerFailures: { eventId: string; module: string; error: string }[];
  gracefulStop: 'clean' | 'killed';
  findings: Finding[];
  ok: boolean;
}

/** The parts of a report the run measured, besides the database and the findings. */
export interface RunFacts {
  db: string;
  seed: number;
  kills: number;
  unexpectedExits: string[];
  durationMs: number;
  startDurationsMs: number[];
  settle: { timedOut: boolean; backlog: Backlog };
  recognitionRows: number;
  jobs: JobTiming;
  coverage: CrashCoverage;
  gracefulStop: 'clean' | 'killed';
}

/** Puts a run's facts, requests, database state and findings into one report. */
export function buildReport(
  facts: RunFacts,
  records: readonly InputRecord[],
  state: LoadedState,
  findings: Finding[],
): CrashReport {
  const byCheck = tally(findings);
  const counts = Object.fromEntries(
    Object.entries(byCheck).map(([kind, checks]) => [kind, Object.values(checks).reduce((a, b) => a + b, 0)]),
  ) as Record<FindingKind, number>;
  const byKind: CrashReport['inputs']['byKind'] = {};
  for (const r of records) {
    if (r.outcome === 'unsent') continue;
    const entry = byKind[r.kind] ?? { sent: 0, accepted: 0 };
    entry.sent += 1;
    if (r.outcome === 'accepted') entry.accepted += 1;
    byKind[r.kind] = entry;
  }
  const outcome = (o: InputRecord['outcome']): number => records.filter((r) => r.outcome === o).length;
  const overtaken = overtakenEvents(state);
  const sorted = [...facts.startDurationsMs].sort((a, b) => a - b);
  const failedOutbox = state.outbox
    .filter((o) => o.status === 'failed')
    .map((o) => ({ action: o.action, module: o.module, key: o.key, error: o.lastError ?? '' }));
  const ok =
    counts.lost + counts.duplicated + counts.phantom + counts.mismatch + counts.late === 0 &&
    !facts.settle.timedOut &&
    facts.unexpectedExits.length === 0;
  return {
    db: facts.db,
    seed: facts.seed,
    kills: facts.kills,
    unexpectedExits: facts.unexpectedExits,
    durationMs: facts.durationMs,
    startMs: { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 },
    inputs: {
      sent: records.length - outcome('unsent'),
      accepted: outcome('accepted'),
      refused: outcome('refused'),
      unknown: outcome('unknown'),
      serverErrors: outcome('server-error'),
      unsent: outcome('unsent'),
      retries: records.filter((r) => r.retryOf !== null).length,
      byKind,
    },
    events: {
      logged: state.events.length,
      unhandled: state.events.filter((e) => e.handledAt === null).length,
      handlerFailures: state.handlerFailures.length,
      overtaken: overtaken.length,
      overtakenSamples: overtaken.slice(0, 5),
      interactionsAhead: interactionsAhead(state),
    },
    settle: facts.settle,
    coverage: facts.coverage,
    counts,
    byCheck,
    recognition: { rows: facts.recognitionRows, mismatches: counts.mismatch },
    jobs: facts.jobs,
    outbox: {
      rows: state.outbox.length,
      pending: state.outbox.filter((o) => o.status === 'pending').length,
      failed: failedOutbox,
    },
    handlerFailures: state.handlerFailures,
    gracefulStop: facts.gracefulStop,
    findings,
    ok,
  };
}

/** A few readable lines about a report. */
export function summarise(r: CrashReport): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const checks = (kind: FindingKind): string => {
    const entries = Object.entries(r.byCheck[kind]);
    return entries.length === 0 ? '' : ` (${entries.map(([check, n]) => `${check}: ${n}`).join(', ')})`;
  };
  const lines = [
    `── ${r.db}: ${r.ok ? 'PASS' : 'FAIL'} ── seed ${r.seed}, ${r.kills} kills, ${s(r.durationMs)} (start: median ${s(r.startMs.median)}, max ${s(r.startMs.max)})`,
    `inputs   ${r.inputs.sent} sent, ${r.inputs.accepted} accepted, ${r.inputs.refused} refused, ${r.inputs.unknown} unknown (in flight at a kill), ${r.inputs.serverErrors} 5xx, ${r.inputs.unsent} unsent, ${r.inputs.retries} retries`,
    `events   ${r.events.logged} logged, ${r.events.unhandled} unhandled, ${r.events.handlerFailures} handler failures, ${r.events.overtaken} handled before an earlier-logged event (log order broken), ${r.events.interactionsAhead} interactions answered ahead of the queue`,
    `windows  ${r.coverage.unknownLanded} of ${r.coverage.unknownTotal} unknown inputs had landed, ${r.coverage.recoveredEvents} events recovered at start, ${r.coverage.outboxAcrossKills} outbox actions and ${r.coverage.jobsAcrossKills} jobs carried over a kill`,
    `lost     ${r.counts.lost}${checks('lost')}`,
    `twice    ${r.counts.duplicated}${checks('duplicated')}`,
    `phantom  ${r.counts.phantom}${checks('phantom')}`,
    `counters ${r.recognition.mismatches} mismatches against a recompute (${r.recognition.rows} live rows)${checks('mismatch')}`,
    `jobs     ${r.jobs.timedCases} timed cases, ${r.jobs.ended} ended, worst lateness ${s(r.jobs.worstLatenessMs)} beyond downtime, ${r.jobs.beyondBound} beyond 30 s; all done jobs: worst ${s(r.jobs.worstJobLatenessMs)}, ${r.jobs.lateJobs} beyond 30 s; ${r.jobs.failedJobs.length} failed`,
    `outbox   ${r.outbox.rows} actions, ${r.outbox.pending} pending, ${r.outbox.failed.length} failed`,
    `settle   ${r.settle.timedOut ? `TIMED OUT with ${JSON.stringify(r.settle.backlog)}` : 'quiet'}; graceful stop: ${r.gracefulStop}`,
  ];
  if (r.unexpectedExits.length > 0) lines.push(`exits    ${r.unexpectedExits.join('; ')}`);
  for (const f of r.outbox.failed.slice(0, 10))
    lines.push(`  failed action ${f.action} (${f.module}) ${f.key}: ${f.error}`);
  for (const f of r.handlerFailures.slice(0, 10))
    lines.push(`  handler failure ${f.module} on ${f.eventId}: ${f.error}`);
  for (const f of r.findings.slice(0, 30)) lines.push(`  ${f.kind} · ${f.check}: ${f.detail}`);
  if (r.findings.length > 30) lines.push(`  … and ${r.findings.length - 30} more findings (see the JSON report)`);
  return lines.join('\n');
}
