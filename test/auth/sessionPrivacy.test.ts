import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { devSession } from './devSession.js';

const dir = mkdtempSync(join(tmpdir(), 'guildhall-session-privacy-'));
const schema = `sessprv_${randomBytes(5).toString('hex')}`;

describe(`a member's dashboard sessions in export and erase (${testDialect})`, () => {
  let app: RunningGuildhall;

  beforeAll(async () => {
    app = await startGuildhall({
      configText: starterConfig(),
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: join(dir, 'guildhall.sqlite') }),
      port: 0,
      env: {},
      log: silentLogger(),
      runScheduler: false,
    });
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('exports the sign-ins (never the key) and erases them, which signs the member out', async () => {
    const noor = await devSession(app.url, 'noor');
    const session = async (): Promise<number> => (await fetch(`${app.url}/api/overview`, { headers: noor })).status;
    expect(await session()).toBe(200);
    const me = (await (await fetch(`${app.url}/api/session`, { headers: noor })).json()) as {
      user: { userId: string } | null;
    };
    const userId = me.user?.userId ?? '';
    expect(userId).toMatch(/^\d+$/);

    const exported = await app.engine.memberData.exportMember(app.guildId, userId);
    const core = JSON.stringify(exported.core);
    expect(exported.core?.dashboardSessions).toEqual([
      expect.objectContaining({ name: 'Noor', role: 'moderator', devLogin: true, signedOutAt: null }),
    ]);
    // The cookie's token (and its hash) is never part of an export.
    const token = /guildhall_session=([^;]+)/.exec(noor.cookie)?.[1] ?? '';
    expect(token).not.toBe('');
    expect(core).not.toContain(token);

    const report = await app.engine.memberData.eraseMember(app.guildId, userId, 'cli:test', {
      keepModerationRecords: false,
    });
    expect(report.changed.core).toBeGreaterThan(0);
    expect(await session()).toBe(401);
    const after = await app.engine.memberData.exportMember(app.guildId, userId);
    expect(after.core?.dashboardSessions).toBeUndefined();
  });
});
