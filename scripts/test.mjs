#!/usr/bin/env node
// Runs the whole test suite twice: on SQLite and on PostgreSQL (GUILDHALL_TEST_DB), then
// prints one closing line for both runs. Extra arguments go to vitest (e.g. a file filter).
// GUILDHALL_TEST_DBS=sqlite runs only one database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const databases = (process.env.GUILDHALL_TEST_DBS ?? 'sqlite,postgres').split(',').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'guildhall-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const db of databases) {
  const out = join(dir, `${db}.json`);
  console.log(`\n=== tests on ${db} ===`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, GUILDHALL_TEST_DB: db } },
  );
  if (run.status !== 0) exitCode = 1;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    console.log(
      `${db}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
    );
  } catch {
    console.log(`${db}: no report (vitest exited ${run.status})`);
    exitCode = 1;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) exitCode = 1;
process.exit(exitCode);
