import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/Clock.js';
import type { Platform } from '../../platform/Platform.js';
import type { CoreTables } from '../../store/CoreTables.js';
import { ApplyRun } from './ApplyRun.js';
import type { PlanResult } from './planChanges.js';

/** What apply works with. */
export interface ApplyDeps {
  db: Kysely<CoreTables>;
  platform: Platform;
  clock: Clock;
  /** Receives one progress line per step. */
  report?: (line: string) => void;
  /** Id of this run in `server_changes` (default: time and random). */
  runId?: string;
}

/** What an apply did. */
export interface ApplyResult {
  runId: string;
  /** Changes made (each recorded in `server_changes`). */
  changes: number;
}

/** An apply that stopped part-way (a platform error): what it did is recorded; applying again completes it. */
export class ApplyInterruptedError extends Error {
  override readonly name = 'ApplyInterruptedError';
  /** Changes made (and recorded) before it stopped. */
  readonly changes: number;
  readonly runId: string;

  /**
   * @param cause - what stopped it
   * @param progress - run id and changes made
   */
  constructor(cause: unknown, progress: { runId: string; changes: number }) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.changes = progress.changes;
    this.runId = progress.runId;
  }
}

/**
 * Makes the live server match the plan, in dependency order: roles, categories, channels
 * (created in their category with their overwrites, so a private channel is never public),
 * the overwrites of existing categories and channels (one edit per channel), then positions:
 * the order is recomputed on a fresh read and set with one bulk request for channels and one
 * for roles. Deletions run only when the plan was made with `prune`. Every id created or
 * matched is stored before the next step and every change recorded, so an interrupted apply
 * is completed by planning and applying again, without duplicates.
 * @param result - a plan from `planChanges` with no problems
 * @param deps - database, platform, clock, progress reporter
 * @throws Error when the plan has problems (nothing is changed)
 * @throws ApplyInterruptedError when a platform request fails mid-way
 */
export async function applyPlan(result: PlanResult, deps: ApplyDeps): Promise<ApplyResult> {
  if (result.problems.length > 0) {
    throw new Error(`the blueprint has ${result.problems.length} problem(s); nothing was changed`);
  }
  const runId = deps.runId ?? `${deps.clock.now()}-${randomBytes(3).toString('hex')}`;
  const plan = result.plan;
  const run = new ApplyRun(plan, { ...deps, runId, report: deps.report ?? (() => undefined) });
  try {
    await run.rememberMatches();
    await run.applyRoles();
    await run.applyCategories();
    await run.applyChannels();
    await run.applyOverwrites();
    await run.applyPositions();
  } catch (error) {
    throw new ApplyInterruptedError(error, { runId, changes: run.changes });
  }
  return { runId, changes: run.changes };
}
