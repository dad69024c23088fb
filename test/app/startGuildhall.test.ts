import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { signedInApi as api } from './signedInApi.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import type { Channel, Member, Message } from './sandboxShapes.js';

/** One database for the whole file, so the restart test reopens what the first run wrote. */
const dir = mkdtempSync(join(tmpdir(), 'guildhall-app-'));
const schema = `app_${randomBytes(5).toString('hex')}`;
const database =
  testDialect === 'postgres'
    ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
    : { databaseUrl: join(dir, 'guildhall.sqlite') };

function start(): Promise<RunningGuildhall> {
  return startGuildhall({
    configText: starterConfig(),
    ...database,
    port: 0,
    env: {},
    log: silentLogger(),
    runScheduler: true,
  });
}

describe(`guildhall start without a Discord token (${testDialect})`, () => {
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  let adaId = '';

  it('serves /healthz and runs the seeded sandbox: join → role + welcome, post → point, /rank', async () => {
    const app = await start();
    try {
      expect(await api(app, 'GET', '/healthz')).toEqual({
        status: 'ok',
        platform: 'sandbox',
        database: testDialect,
        role: 'all',
      });
      const channels = await api<Channel[]>(app, 'GET', '/api/sandbox/channels');
      const byName = (name: string) => channels.find((c) => c.name === name)?.id ?? '';
      const ada = await api<Member>(app, 'POST', '/api/sandbox/members', { username: 'ada' });
      adaId = ada.userId;
      const roles = await api<{ id: string; name: string }[]>(app, 'GET', '/api/sandbox/roles');
      const member = await api<Member>(app, 'GET', `/api/sandbox/members/${ada.userId}`);
      expect(member.roles).toEqual([roles.find((r) => r.name === 'New Member')?.id]);
      const welcome = await api<Message[]>(app, 'GET', `/api/sandbox/channels/${byName('welcome')}/messages`);
      expect(welcome.some((m) => m.authorBot && m.content.includes(`<@${ada.userId}>`))).toBe(true);

      await api(app, 'POST', `/api/sandbox/channels/${byName('general')}/messages`, {
        userId: ada.userId,
        content: 'hello everyone',
      });
      const answer = await api<{ reply: { content: string } }>(app, 'POST', '/api/sandbox/commands', {
        userId: ada.userId,
        channelId: byName('general'),
        name: 'rank',
        options: {},
      });
      expect(answer.reply.content.split('\n')[0]).toBe('You have 1 point: rank #1 of 1.');

      const metrics = await (await fetch(`${app.url}/metrics`)).text();
      expect(metrics).toContain('guildhall_events_handled_total{type="member.joined"} 1');
      expect(metrics).toContain('guildhall_events_handled_total{type="message.created"} 1');
      expect(metrics).toContain('guildhall_nodejs_eventloop_lag_seconds');
      expect(metrics).toContain('guildhall_job_lag_seconds');
    } finally {
      await app.stop();
    }
  });

  it('keeps the sandbox community and the points across a restart', async () => {
    const app = await start();
    try {
      const members = await api<Member[]>(app, 'GET', '/api/sandbox/members');
      expect(members.map((m) => m.userId)).toContain(adaId);
      const channels = await api<Channel[]>(app, 'GET', '/api/sandbox/channels');
      const answer = await api<{ reply: { content: string } }>(app, 'POST', '/api/sandbox/commands', {
        userId: adaId,
        channelId: channels.find((c) => c.name === 'general')?.id,
        name: 'rank',
        options: {},
      });
      expect(answer.reply.content.split('\n')[0]).toBe('You have 1 point: rank #1 of 1.');
    } finally {
      await app.stop();
    }
  });

  it("cuts the dashboard's boards with the community's own seasons", async () => {
    const seasonSchema = `${schema}_seasons`;
    const app = await startGuildhall({
      configText: `version: 1\ncommunity:\n  name: Seasons\nrecognition:\n  leaderboards:\n    seasonLengthDays: 7\n    seasonStart: '2026-01-05'\n`,
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: seasonSchema }
        : { databaseUrl: ':memory:' }),
      port: 0,
      env: {},
      log: silentLogger(),
      clock: new ManualClock(Date.UTC(2026, 2, 2, 12)),
      runScheduler: false,
    });
    try {
      // 2026-03-02 is day 56 after 2026-01-05: season 9 of 7 days (season 1 with the default 91).
      const board = await api<{ label: string; start: number }>(app, 'GET', '/api/v2/leaderboard?period=season');
      expect(board.label).toBe('season 9');
      expect(board.start).toBe(Date.UTC(2026, 2, 2));
    } finally {
      await app.stop();
      if (testDialect === 'postgres') await dropSchema(seasonSchema);
    }
  });

  it('refuses an invalid community.yaml with FILE:LINE errors and starts nothing', async () => {
    await expect(
      startGuildhall({
        configText: 'community:\n  name: 42\nrecognition:\n  points: {message: lots}\n',
        ...database,
        port: 0,
        env: {},
        log: silentLogger(),
      }),
    ).rejects.toThrow(/community\.yaml:2: community\.name: .*\ncommunity\.yaml:4: recognition\.points\.message: /);
  });

  it('needs community.guildId when DISCORD_TOKEN is set', async () => {
    await expect(
      startGuildhall({
        configText: starterConfig(),
        ...database,
        port: 0,
        env: { DISCORD_TOKEN: 'x' },
        log: silentLogger(),
      }),
    ).rejects.toThrow('community.guildId: required when DISCORD_TOKEN is set');
  });
});
