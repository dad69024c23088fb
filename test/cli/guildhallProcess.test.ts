import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

/** The `guildhall` CLI as a real process (from source through tsx, as `npx guildhall` runs dist). */
const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'src/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'guildhall-cli-'));
const schema = `cli_${randomBytes(5).toString('hex')}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LOG_LEVEL: 'warn',
  DISCORD_TOKEN: '',
  ...(testDialect === 'postgres'
    ? { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema }
    : { DATABASE_URL: join(dir, 'guildhall.sqlite') }),
};

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match !== null) {
        child.stderr.off('data', onData);
        resolve(match);
      }
    };
    // The banner is on stderr: stdout carries only the JSON log.
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`guildhall exited (${code}) before printing ${pattern}:\n${seen}`)));
  });
}

// Each test spawns several CLI processes that compile the sources through tsx: generous time,
// so a slow or shared CI machine never fails them (no tight timeouts around spawned processes).
describe(`the guildhall command (${testDialect})`, { timeout: 300_000 }, () => {
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('init writes a starter file that validate accepts; validate reports a broken one with FILE:LINE', () => {
    const file = join(dir, 'community.yaml');
    expect(cli(['init', '--out', file]).status).toBe(0);
    const valid = cli(['validate', '--config', file]);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain('My Community');
    expect(cli(['init', '--out', file]).status).toBe(1);
    const broken = join(dir, 'broken.yaml');
    spawnSync('sh', [
      '-c',
      `printf 'community:\\n  name: Demo\\nrecognition:\\n  messageCooldownSeconds: soon\\n' > ${broken}`,
    ]);
    const invalid = cli(['validate', '--config', broken]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr.trim()).toBe(
      `${broken}:4: recognition.messageCooldownSeconds: expected a number, got "soon"`,
    );
  });

  it('migrate brings the database up to date, then finds nothing to do', () => {
    const first = cli(['migrate']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('applied');
    expect(cli(['migrate']).stdout).toContain('up to date');
  });

  it('start without a token runs the sandbox and the dashboard, answers /healthz, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'start', '--port', '0'], {
      cwd: root,
      env,
    });
    try {
      const [, url] = await waitForLine(child, /Dashboard\s+(http:\/\/localhost:\d+)\//);
      const health = await fetch(`${url ?? ''}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', platform: 'sandbox', database: testDialect, role: 'all' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('invite-url prints the bot invite with the permissions Guildhall needs, and refuses a bad id', () => {
    const ok = cli(['invite-url', '--client-id', '123456789012345678']);
    expect(ok.status).toBe(0);
    const url = new URL(ok.stdout.trim());
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(cli(['invite-url', '--client-id', 'abc']).stderr).toContain('--client-id: "abc" is not a Discord id');
  });

  it('says what is wrong in one line, exit 1: a --config that does not exist, a public HOST; prints --version', () => {
    const missing = cli(['start', '--config', join(dir, 'nope.yaml')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(
      `${join(dir, 'nope.yaml')}: not found (check the path, or run "guildhall init --out ${join(dir, 'nope.yaml')}")`,
    );
    const open = cli(['start', '--host', '0.0.0.0']);
    expect(open.status).toBe(1);
    expect(open.stderr).toMatch(/^refusing to listen on 0\.0\.0\.0: without DISCORD_TOKEN Guildhall runs the sandbox/);
    expect(open.stderr).not.toContain('    at ');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
