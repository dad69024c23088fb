import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startDiscordTestServer } from '../discord/DiscordTestServer.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

/**
 * `guildhall start` failing as a person meets it: a busy port, an unreachable database, a
 * refused token, an unreachable Discord API, a second start on one SQLite file. Each says what
 * happened and how to fix it in one line on stderr, exit 1, no stack trace. Real processes, from
 * source through tsx, as test/cli/guildhallProcess.test.ts runs them.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'src/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'guildhall-fail-'));
const schema = `clifail_${randomBytes(5).toString('hex')}`;
const database: NodeJS.ProcessEnv =
  testDialect === 'postgres'
    ? { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema }
    : { DATABASE_URL: join(dir, 'guildhall.sqlite') };
const baseEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', DISCORD_TOKEN: '', DISCORD_API_URL: '' };

/** A community.yaml (with a guild id, for the runs with a token), so no notice precedes the error. */
const config = join(dir, 'community.yaml');
writeFileSync(config, 'community:\n  name: Failing Club\n  guildId: "849000000000000001"\n');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  // Asynchronous: the fake Discord these runs talk to lives in this process.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: root,
      env: { ...baseEnv, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Exit 1 and exactly one line on stderr (no stack trace); returns that line. */
function oneLineFailure(run: Run): string {
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  return lines[0] ?? '';
}

function startProcess(args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', main, 'start', '--config', config, ...args], {
    cwd: root,
    env: { ...baseEnv, ...env },
  });
}

/** Waits for the start banner (on stderr: stdout is the JSON log). */
function waitForBanner(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /Dashboard\s+(http:\/\/localhost:\d+)\//.exec(seen);
      if (match !== null) {
        child.stderr.off('data', onData);
        resolve(match[1] ?? '');
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`guildhall exited (${code}) before its banner:\n${seen}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

// Each test spawns processes that compile the sources through tsx: generous time, so a slow or
// shared machine never fails them (no tight timeouts around spawned processes).
describe(`guildhall start failures (${testDialect})`, { timeout: 300_000 }, () => {
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('a busy port: says which, and how to choose another', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await cli(['start', '--config', config, '--port', String(port)], database);
      expect(oneLineFailure(run)).toBe(
        `port ${port} on 127.0.0.1 is already in use: stop the program using it, or start on another port with --port (or PORT)`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('PostgreSQL that refuses connections: says where, and what to check', async () => {
    const run = await cli(['start', '--config', config, '--port', '0'], {
      DATABASE_URL: 'postgres://guildhall:secret@127.0.0.1:1/guildhall',
      DATABASE_SCHEMA: '',
    });
    expect(oneLineFailure(run)).toBe(
      'cannot connect to PostgreSQL at postgres://guildhall:***@127.0.0.1:1/guildhall: connection refused (is PostgreSQL running there? check DATABASE_URL)',
    );
  });

  it('a token Discord refuses, and a Discord API that cannot be reached', async () => {
    const discord = await startDiscordTestServer();
    try {
      // What Discord answers a bad token: 401 on the first request (Get Gateway Bot).
      discord.reply('GET', '/gateway/bot', 401, { message: '401: Unauthorized', code: 0 });
      const refused = await cli(['start', '--config', config, '--port', '0'], {
        ...database,
        DISCORD_TOKEN: 'not-a-real-token',
        DISCORD_API_URL: discord.apiUrl,
      });
      expect(oneLineFailure(refused)).toBe(
        'Discord refused the bot token: set DISCORD_TOKEN to the token on the Bot page of your application in the Discord Developer Portal (Reset Token gives a new one)',
      );
      expect(discord.requestsTo('GET', '/gateway/bot').length).toBeGreaterThan(0);
    } finally {
      await discord.close();
    }
    const unreachable = await cli(['start', '--config', config, '--port', '0'], {
      ...database,
      DISCORD_TOKEN: 'a-token',
      DISCORD_API_URL: 'http://127.0.0.1:1/api',
    });
    expect(oneLineFailure(unreachable)).toBe(
      'cannot reach the Discord API at http://127.0.0.1:1/api (127.0.0.1:1): connection refused (check DISCORD_API_URL)',
    );
  });

  it('a second start on the same SQLite file is refused; after a kill -9 the next start runs', async () => {
    // The lock is SQLite's: this test is about a SQLite file whichever database the suite runs on.
    const file = { DATABASE_URL: join(dir, 'shared.sqlite'), DATABASE_SCHEMA: '' };
    const first = startProcess(['--port', '0'], file);
    let restarted: ChildProcessWithoutNullStreams | undefined;
    try {
      await waitForBanner(first);
      const second = await cli(['start', '--config', config, '--port', '0'], file);
      expect(oneLineFailure(second)).toBe(
        `${file.DATABASE_URL} is in use by another guildhall start (pid ${first.pid ?? '?'}): stop that one first (one guildhall start per database), or point DATABASE_URL at another file`,
      );
      // A holder killed outright leaves its lock file behind: that blocks nobody.
      first.kill('SIGKILL');
      await exited(first);
      restarted = startProcess(['--port', '0'], file);
      const url = await waitForBanner(restarted);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      restarted.kill('SIGTERM');
      expect(await exited(restarted)).toBe(0);
    } finally {
      if (first.exitCode === null && first.signalCode === null) first.kill('SIGKILL');
      if (restarted !== undefined && restarted.exitCode === null && restarted.signalCode === null) {
        restarted.kill('SIGKILL');
      }
    }
  });

  it('validate --json and plan --json print one JSON document', async () => {
    const validate = await cli(['validate', '--config', config, '--json'], database);
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ file: config, valid: true, errors: [] });

    const starter = join(dir, 'starter.yaml');
    expect(spawnSync(process.execPath, ['--import', 'tsx', main, 'init', '--out', starter], { cwd: root }).status).toBe(
      0,
    );
    const plan = await cli(['plan', '--config', starter, '--json'], database);
    expect([0, 2]).toContain(plan.status);
    const report = JSON.parse(plan.stdout) as { hasChanges: boolean; changes: { action: string; label: string }[] };
    expect(report.hasChanges).toBe(plan.status === 2);
    expect(Array.isArray(report.changes)).toBe(true);
  });
});
