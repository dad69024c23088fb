import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { measureCoverage } from './crashCoverage.js';
import { JOB_LATENESS_BOUND_MS, countEvents, openCrashDatabase, waitSettled } from './crashDatabase.js';
import type { CrashDbName, CrashOptions } from './crashOptions.js';
import { buildReport, type CrashReport } from './crashReport.js';
import { createWorkspace, REPO_ROOT } from './crashWorkspace.js';
import { SingleProcess, SplitDeployment, type CrashTarget } from './splitDeployment.js';
import { InputLog } from './inputRecords.js';
import { loadState, timeInversions } from './loadedState.js';
import { LoadRunner } from './loadRunner.js';
import { SandboxApi } from './sandboxApi.js';
import { SandboxWorld } from './sandboxWorld.js';
import { SeededRandom } from './seededRandom.js';
import { verifyEffects } from './verifyEffects.js';
import { verifyInputs } from './verifyInputs.js';
import { verifyJobs } from './verifyJobs.js';
import { compareRecognition, snapshotRecognition } from './verifyRecognition.js';

/** Load time after the last restart when there are no kills (a baseline run). */
const BASELINE_LOAD_MS = 20_000;
/** Extra patience when waiting for the backlog to drain. */
const SETTLE_MARGIN_MS = 90_000;
/** Extra wait per logged event after /recompute-points (a generous allowance: it replays the log in one handling). */
const RECOMPUTE_MS_PER_EVENT = 10;

/**
 * One run on one database: start, load with kills and restarts, settle, recompute, stop,
 * verify. The workspace is removed afterwards unless `--keep`.
 */
export async function runCrashTest(options: CrashOptions, dbName: CrashDbName): Promise<CrashReport> {
  const started = Date.now();
  const say = (line: string): void => {
    process.stdout.write(`[${dbName} ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
  };
  const workspace = createWorkspace(dbName, options.seed, options.postgresUrl);
  say(
    `workspace ${workspace.dir}${workspace.database.schema === undefined ? '' : `, schema ${workspace.database.schema}`}`,
  );
  const random = new SeededRandom(options.seed);
  const log = new InputLog(workspace.requestLogPath);
  const guildhall: CrashTarget = options.split
    ? await SplitDeployment.create(workspace, random.fork())
    : await SingleProcess.create(workspace);
  const api = new SandboxApi(() => guildhall.baseUrl, log);
  try {
    await guildhall.start();
    const world = await SandboxWorld.discover(api);
    const runner = new LoadRunner(api, world, random.fork(), {
      clients: options.clients,
      seed: options.seed,
      phishingDomain: phishingDomain(),
      verbose: options.verbose,
    });
    runner.start();
    runner.open();
    for (let kill = 1; kill <= options.kills; kill += 1) {
      await sleep(random.int(options.minUpMs, options.maxUpMs));
      // One process: the load pauses while it is down. Split: the gateway keeps recording.
      if (!options.split) runner.close();
      await guildhall.crash();
      await guildhall.start();
      runner.open();
      if (options.verbose || kill % 10 === 0)
        say(`kill ${kill}/${options.kills}: ${log.records.length} requests so far`);
    }
    await sleep(options.kills === 0 ? BASELINE_LOAD_MS : random.int(options.minUpMs, options.maxUpMs));
    await runner.stop();
    await runner.drainRetries();
    say(`load stopped after ${log.records.length} requests; waiting for the backlog to drain`);

    const database = await openCrashDatabase(workspace.database);
    try {
      const settle = await waitSettled(database.db, SETTLE_MARGIN_MS);
      const live = await snapshotRecognition(database.db);
      const recompute = await api.send({
        client: 0,
        kind: 'recompute',
        method: 'POST',
        path: '/commands',
        body: { userId: world.ownerId, channelId: world.channels.general, name: 'recompute-points', options: {} },
        subject: { userId: world.ownerId },
      });
      if (recompute.outcome !== 'accepted') throw new Error(`/recompute-points failed: ${JSON.stringify(recompute)}`);
      // The recompute replays the whole log in one handling: its wait grows with the log.
      const recomputeStarted = Date.now();
      const afterRecompute = await waitSettled(
        database.db,
        SETTLE_MARGIN_MS + RECOMPUTE_MS_PER_EVENT * (await countEvents(database.db)),
      );
      say(`recompute settled in ${((Date.now() - recomputeStarted) / 1000).toFixed(1)} s`);
      const recomputed = await snapshotRecognition(database.db);
      const gracefulStop = await guildhall.stop();
      const verifiedAt = Date.now();
      writeFileSync(join(workspace.dir, 'downtimes.json'), JSON.stringify(guildhall.downtimes));
      say(`stopped (${gracefulStop}); verifying`);
      const state = await loadState(database.db);
      const recognition = compareRecognition(live, recomputed);
      const jobs = verifyJobs(state, guildhall.downtimes, JOB_LATENESS_BOUND_MS, verifiedAt);
      const findings = [
        ...verifyInputs(log.records, state),
        ...verifyEffects(state, world.channels),
        ...recognition.findings,
        ...jobs.findings,
        ...timeInversions(state).map((detail) => ({ kind: 'mismatch' as const, check: 'time order', detail })),
      ];
      return buildReport(
        {
          db: dbName,
          seed: options.seed,
          kills: options.kills,
          unexpectedExits: guildhall.unexpectedExits,
          durationMs: Date.now() - started,
          startDurationsMs: guildhall.startDurationsMs,
          settle: { timedOut: settle.timedOut || afterRecompute.timedOut, backlog: settle.backlog },
          recognitionRows: recognition.rows,
          jobs: jobs.timing,
          coverage: measureCoverage(log.records, state, guildhall.downtimes, workspace.logPath),
          gracefulStop,
        },
        log.records,
        state,
        findings,
      );
    } finally {
      await database.destroy();
    }
  } finally {
    await guildhall.kill();
    if (options.keep) say(`kept ${workspace.dir} (log: guildhall.log, requests: requests.jsonl)`);
    else await workspace.cleanUp();
  }
}

/** A domain of the shipped phishing list (a plain host, no path). */
function phishingDomain(): string {
  const list = z
    .object({ domains: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'phishing', 'domain-list.json'), 'utf8')));
  const domain = list.domains.find((d) => /^[a-z0-9-]+\.[a-z]{2,}$/.test(d) && d.includes('nitro'));
  if (domain === undefined) throw new Error('data/phishing/domain-list.json has no plain nitro domain');
  return domain;
}
