// CPU time of short `guildhall` commands, from process start to exit, on the built CLI
// (`npm run build` first). Each command runs --runs times; the median and the lowest are shown,
// beside a bare `node` as the floor no command can go below.
//
//   npx tsx bench/cliStartup.ts [--runs 10] [--main dist/src/main.js]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, main: { type: 'string', default: 'dist/src/main.js' } },
});
const runs = Number(values.runs);
const main = resolve(values.main);
const dir = mkdtempSync(join(tmpdir(), 'guildhall-cli-bench-'));

// Loaded before the command (--import): writes the process's CPU time to a file at exit.
const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.GUILDHALL_BENCH_CPU, String((user + system) / 1000));
});
`,
);

/** CPU milliseconds (user + system) and wall milliseconds of one run. */
function measure(args: readonly string[]): { cpu: number; wall: number } {
  const out = join(dir, 'cpu.txt');
  rmSync(out, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', probe, ...args], {
    cwd: dir,
    env: { ...process.env, GUILDHALL_BENCH_CPU: out, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (run.error !== undefined) throw run.error;
  return { cpu: Number(readFileSync(out, 'utf8')), wall };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const starter = join(dir, 'community.yaml');
spawnSync(process.execPath, [main, 'init', '--out', starter], { cwd: dir });

const commands: [string, string[]][] = [
  ['node (nothing)', ['-e', '0']],
  ['guildhall --version', [main, '--version']],
  ['guildhall --help', [main, '--help']],
  ['guildhall validate (starter file)', [main, 'validate', '--config', starter]],
];

console.log(`${runs} runs each, ${main}`);
console.log('| command | CPU median | CPU lowest | wall median |');
console.log('|---|---|---|---|');
for (const [label, args] of commands) {
  measure(args); // warm the file system cache
  const samples = Array.from({ length: runs }, () => measure(args));
  const cpu = samples.map((s) => s.cpu);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `| ${label} | ${fmt(median(cpu))} | ${fmt(Math.min(...cpu))} | ${fmt(median(samples.map((s) => s.wall)))} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
