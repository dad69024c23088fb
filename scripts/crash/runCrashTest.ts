// The kill -9 crash test (issue #10): a real `guildhall start` under load through the sandbox
// API, killed with SIGKILL and restarted again and again, then checked from its database:
// every accepted input recorded once, no effect twice or lost, counters equal to a recompute,
// no timed sanction ended late. Needs a build (npm run build) and, for PostgreSQL, the test
// server (GUILDHALL_TEST_PG_URL).
//   npm run test:crash -- --db sqlite --kills 10
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrashOptions, USAGE, type CrashOptions } from './crashOptions.js';
import { summarise, type CrashReport } from './crashReport.js';
import { runCrashTest } from './crashRun.js';
import { checkBuild, REPO_ROOT } from './crashWorkspace.js';

let options: CrashOptions | 'help';
try {
  options = parseCrashOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}
if (options === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
checkBuild(newestMtime(join(REPO_ROOT, 'src')));
process.stdout.write(
  `crash test: ${options.databases.join(' + ')}, ${options.kills} kills, seed ${options.seed}, ${options.clients} clients\n`,
);

const reports: CrashReport[] = [];
for (const db of options.databases) reports.push(await runCrashTest(options, db));

process.stdout.write(`\n${JSON.stringify(reports.map(brief), null, 2)}\n\n`);
for (const report of reports) process.stdout.write(`${summarise(report)}\n\n`);
process.exitCode = reports.every((r) => r.ok) ? 0 : 1;

/** The report without the long lists (they are summarised above and kept in --keep runs). */
function brief(report: CrashReport): Omit<CrashReport, 'findings' | 'handlerFailures'> & {
  findings: CrashReport['findings'];
  handlerFailures: CrashReport['handlerFailures'];
} {
  return { ...report, findings: report.findings.slice(0, 50), handlerFailures: report.handlerFailures.slice(0, 20) };
}

/** The newest modification time of a file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
