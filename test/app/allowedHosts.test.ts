import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

const dir = mkdtempSync(join(tmpdir(), 'guildhall-hosts-'));
const schema = `hosts_${randomBytes(5).toString('hex')}`;
const database =
  testDialect === 'postgres'
    ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
    : { databaseUrl: join(dir, 'guildhall.sqlite') };

/** GET `path` from the server at `url` with the given Host header; resolves to the status. */
function statusFor(url: string, path: string, host: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`guildhall start: Host header check (${testDialect})`, () => {
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('answers its own address and GUILDHALL_ALLOWED_HOSTS, refuses other hosts with 421', async () => {
    const app = await startGuildhall({
      configText: starterConfig(),
      ...database,
      port: 0,
      env: { GUILDHALL_ALLOWED_HOSTS: 'guild.example.org, proxy.lan:8443' },
      log: silentLogger(),
      runScheduler: false,
    });
    try {
      const { host } = new URL(app.url);
      expect(await statusFor(app.url, '/healthz', host)).toBe(200);
      // Past the host check, the API asks to sign in (the access check comes after it).
      expect(await statusFor(app.url, '/api/sandbox/members', 'guild.example.org')).toBe(401);
      expect(await statusFor(app.url, '/healthz', 'proxy.lan:8443')).toBe(200);
      for (const path of ['/healthz', '/api/sandbox/members', '/metrics']) {
        expect(await statusFor(app.url, path, 'evil.example')).toBe(421);
      }
      expect(await statusFor(app.url, '/healthz', 'proxy.lan:8080')).toBe(421);
    } finally {
      await app.stop();
    }
  });

  it('refuses to start with a malformed GUILDHALL_ALLOWED_HOSTS entry', async () => {
    await expect(
      startGuildhall({
        configText: starterConfig(),
        ...database,
        port: 0,
        env: { GUILDHALL_ALLOWED_HOSTS: 'https://guild.example.org/' },
        log: silentLogger(),
      }),
    ).rejects.toThrow(/GUILDHALL_ALLOWED_HOSTS: "https:\/\/guild.example.org\/" is not a host or host:port/);
  });
});
