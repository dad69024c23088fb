import type { Clock } from '../../core/Clock.js';
import type { Engine } from '../../core/Engine.js';
import { MemberDirectory } from '../../core/members/MemberDirectory.js';
import type { Store } from '../../store/Store.js';
import { importDce } from './importDce.js';
import type { ImportSummary } from './ImportSummary.js';
import { planDceImport, type GuildChoice } from './planDceImport.js';
import { ProgressLine } from './ProgressLine.js';
import { withSqliteBulkWrites } from './sqliteBulkWrites.js';

/** Everything one `guildhall import dce` run needs. */
export interface DceImportRun {
  /** Files or folders. */
  paths: readonly string[];
  engine: Engine;
  store: Store;
  clock: Clock;
  guild: GuildChoice;
  /** Also replay through recognition (points from history). */
  awardPoints: boolean;
  /** A line for standard error (notices and progress). */
  err: (line: string) => void;
  /** Progress every this many ms (default 2000). */
  progressEveryMs?: number;
  /** Events per unit of work (default 10,000). */
  batchSize?: number;
}

/**
 * Plans and runs a DCE import: finds the files, checks the guild, then replays every message
 * through analytics (and recognition with `awardPoints`) in replay mode, naming authors in
 * the member directory, with a throttled progress line.
 * @param run - what to import and where
 * @throws UserError / DceFormatError for bad input (what was imported before it stays)
 */
export async function runDceImport(run: DceImportRun): Promise<ImportSummary> {
  const plan = await planDceImport(run.paths, run.guild);
  if (plan.notice !== null) run.err(plan.notice);
  const directory = new MemberDirectory(run.store.db, run.clock);
  const line = new ProgressLine(run.err, { bytes: plan.bytes, files: plan.files.length }, run.progressEveryMs);
  return withSqliteBulkWrites(run.store, () =>
    importDce(plan, {
      store: run.store,
      clock: run.clock,
      replay: (events, options) => run.engine.replay(events, options),
      modules: run.awardPoints ? ['analytics', 'recognition'] : ['analytics'],
      remember: (guildId, authors) => directory.remember(guildId, authors),
      progress: (done) => line.update(done),
      replayCounts: () => {
        const replayer = run.engine.replayer;
        let discarded = 0;
        for (const n of replayer?.discardedEffects.values() ?? []) discarded += n;
        return { discardedEffects: discarded, droppedJobs: replayer?.droppedJobs ?? 0 };
      },
      ...(run.batchSize === undefined ? {} : { batchSize: run.batchSize }),
    }),
  );
}
