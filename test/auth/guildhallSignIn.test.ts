import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { silentLogger } from '../../src/core/Logger.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { devSession } from './devSession.js';

const schema = `auth_${randomBytes(5).toString('hex')}`;
let started: RunningGuildhall | undefined;

function server(): RunningGuildhall {
  if (started === undefined) throw new Error('Guildhall did not start');
  return started;
}

describe(`sign-in on a started Guildhall, over real HTTP (${testDialect})`, () => {
  beforeAll(async () => {
    started = await startGuildhall({
      configText: 'version: 1\ncommunity:\n  name: Sign-in Test\n',
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: ':memory:' }),
      port: 0,
      env: {},
      log: silentLogger(),
      runScheduler: false,
    });
  });

  afterAll(async () => {
    await started?.stop();
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('keeps /healthz open, asks for a session elsewhere, and signs the sandbox owner in as admin', async () => {
    const running = server();
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const anonymous = await fetch(`${running.url}/api/session`);
    expect(anonymous.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(((await anonymous.json()) as { loginMethods: string[] }).loginMethods).toEqual(['dev']);
    const headers = await devSession(running.url, 'mira');
    const session = await fetch(`${running.url}/api/session`, { headers });
    expect(await session.json()).toMatchObject({ user: { name: 'Mira', role: 'admin', devLogin: true } });
    const logout = await fetch(`${running.url}/auth/logout`, { method: 'POST', headers });
    expect(await logout.json()).toEqual({ signedOut: true });
    const after = await fetch(`${running.url}/api/session`, { headers });
    expect(((await after.json()) as { user: unknown }).user).toBeNull();
  });
});
