import { readFileSync } from 'node:fs';
import type { Downtime } from './guildhallProcess.js';
import type { InputRecord } from './inputRecords.js';
import { field, type LoadedState } from './loadedState.js';

/** How often the run hit the windows a crash can fall in (a run that never did proves little). */
export interface CrashCoverage {
  /** Inputs in flight at a kill that were recorded anyway (their answer was lost). */
  unknownLanded: number;
  unknownTotal: number;
  /** Events recorded but not handled at a kill, handled by the next start (Engine.recover). */
  recoveredEvents: number;
  /** Outbox actions queued before a kill and carried out after it. */
  outboxAcrossKills: number;
  /** Done jobs due before a kill and run after it. */
  jobsAcrossKills: number;
}

const TOKEN = /\[(\d+-\d+-\d+)\]/;

/**
 * Measures the run's coverage of crash windows.
 * @param records - the requests
 * @param state - the database
 * @param downtimes - the kills
 * @param logPath - the process log (pino lines with `recovered`)
 */
export function measureCoverage(
  records: readonly InputRecord[],
  state: LoadedState,
  downtimes: readonly Downtime[],
  logPath: string,
): CrashCoverage {
  const tokens = new Set(
    state.events.filter((e) => e.type === 'message.created').map((e) => TOKEN.exec(field(e, 'content'))?.[1]),
  );
  const interactions = new Set(state.interactions.map((i) => i.id));
  const reactions = new Set(state.reactions.map((r) => `${r.messageId}|${r.userId}|${r.emojiKey}`));
  const users = new Set(state.users.map((u) => u.username));
  const unknown = records.filter((r) => r.outcome === 'unknown' || r.outcome === 'server-error');
  const landed = unknown.filter((r) => {
    if (r.subject.token !== undefined && r.kind !== 'warn' && r.kind !== 'timeout' && r.kind !== 'ban') {
      return tokens.has(r.subject.token);
    }
    if (r.kind === 'join') return users.has(r.subject.username ?? '');
    if (r.kind === 'react') {
      return reactions.has(`${r.subject.messageId ?? ''}|${r.subject.userId ?? ''}|${r.subject.emoji ?? ''}`);
    }
    return r.response.interactionId !== undefined && interactions.has(r.response.interactionId);
  });
  const across = (from: number, to: number | null): boolean =>
    to !== null && downtimes.some((d) => d.killedAt > from && d.killedAt < to);
  let log = '';
  try {
    log = readFileSync(logPath, 'utf8');
  } catch {
    // No log: nothing recovered that we know of.
  }
  return {
    unknownLanded: landed.length,
    unknownTotal: unknown.length,
    recoveredEvents: [...log.matchAll(/"recovered":(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0),
    outboxAcrossKills: state.outbox.filter((o) => across(o.createdAt, o.doneAt)).length,
    jobsAcrossKills: state.jobs.filter((j) => j.status === 'done' && across(j.runAt, j.updatedAt)).length,
  };
}
