import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAndMigrate } from '../../src/app/openAndMigrate.js';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

const HOUR = 3_600_000;

/** One database for the whole file: each test is one stage of a life with downtimes. */
const dir = mkdtempSync(join(tmpdir(), 'guildhall-catch-up-'));
const schema = `catchup_${randomBytes(5).toString('hex')}`;
const database =
  testDialect === 'postgres'
    ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
    : { databaseUrl: join(dir, 'guildhall.sqlite') };
const clock = new ManualClock(Date.UTC(2026, 3, 1, 9));

/** Log lines of the catch-up, as JSON objects. */
const lines: { msg: string; component?: string }[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as { msg: string });
      done();
    },
  }),
);
const summaries = (): string[] => lines.filter((l) => l.msg.startsWith('caught up')).map((l) => l.msg);

async function start(): Promise<RunningGuildhall> {
  const app = await startGuildhall({
    configText: starterConfig(),
    ...database,
    port: 0,
    env: {},
    log,
    clock,
    runScheduler: false,
  });
  await app.engine.settle();
  return app;
}

/** The sandbox guild while Guildhall is down: members act, nobody listens. */
async function whileDown<T>(act: (sandbox: SandboxPlatform) => Promise<T>): Promise<T> {
  const store = await openAndMigrate(database.databaseUrl, 'databaseSchema' in database ? schema : undefined);
  try {
    return await act(new SandboxPlatform({ store, clock }));
  } finally {
    await store.destroy();
  }
}

/** The running sandbox guild. */
function sandboxOf(app: RunningGuildhall): SandboxPlatform {
  if (!(app.platform instanceof SandboxPlatform)) throw new Error('Guildhall runs on the sandbox here');
  return app.platform;
}

async function eventsOf(app: RunningGuildhall, type: string): Promise<{ id: string; payload: string }[]> {
  return app.store.db
    .selectFrom('event_log')
    .select(['id', 'payload'])
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
}

async function welcomesOf(app: RunningGuildhall, userId: string): Promise<number> {
  const sandbox = sandboxOf(app);
  const welcome = (await sandbox.listChannels()).find((c) => c.name === 'welcome');
  const messages = await sandbox.listMessages(welcome?.id ?? '', { limit: 100 });
  return messages.filter((m) => m.authorBot && m.content.includes(`<@${userId}>`)).length;
}

describe(`catch-up after downtime on the sandbox (${testDialect})`, () => {
  let ada = '';
  let bea = '';
  let cid = '';
  let general = '';
  let posted: string[] = [];

  beforeAll(async () => {
    // First start: the seeded members become known without welcomes; ada joins and posts live.
    const app = await start();
    try {
      const sandbox = sandboxOf(app);
      general = (await sandbox.listChannels()).find((c) => c.name === 'general')?.id ?? '';
      ada = (await sandbox.addMember({ username: 'ada' })).userId;
      await sandbox.postMessage({ userId: ada, channelId: general, content: 'hello, live' });
      await app.engine.settle();
    } finally {
      await app.stop();
    }
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('the first start makes up nothing: no caught-up join, no message read back', () => {
    expect(summaries()).toEqual([
      expect.stringMatching(
        /^caught up: 0 joined, 0 left, 0 messages in 0 channels, first run: \d+ members taken as known/,
      ),
    ]);
  });

  it('welcomes a member who joined while down, records the missed messages and the departure, each once', async () => {
    ({ bea, cid, posted } = await whileDown(async (sandbox) => {
      clock.advance(HOUR);
      const early = (await sandbox.addMember({ username: 'cid' })).userId;
      clock.advance(48 * HOUR);
      const late = (await sandbox.addMember({ username: 'bea' })).userId;
      clock.advance(60_000);
      const one = await sandbox.postMessage({ userId: late, channelId: general, content: 'anyone here?' });
      const two = await sandbox.postMessage({ userId: ada, channelId: general, content: 'bye all' });
      await sandbox.removeMember(ada);
      return { bea: late, cid: early, posted: [one.id, two.id] };
    }));
    clock.advance(60_000);

    const app = await start();
    try {
      expect(summaries().at(-1)).toBe('caught up: 2 joined, 1 left, 2 messages in 1 channels');
      // bea joined 2 minutes ago: welcomed; cid 49 hours ago, beyond the 24 h window: the role only.
      expect(await welcomesOf(app, bea)).toBe(1);
      expect(await welcomesOf(app, cid)).toBe(0);
      const newcomer = (await sandboxOf(app).listRoles()).find((r) => r.name === 'New Member');
      expect((await sandboxOf(app).getMember(cid))?.roles).toEqual([newcomer?.id]);

      const joins = (await eventsOf(app, 'member.joined')).map((e) => JSON.parse(e.payload) as Record<string, unknown>);
      expect(joins.filter((p) => p.caughtUp === true).map((p) => p.username)).toEqual(['cid', 'bea']);
      const departures = (await eventsOf(app, 'member.left')).map((e) => JSON.parse(e.payload) as unknown);
      expect(departures).toEqual([{ userId: ada, username: 'ada', caughtUp: true }]);
      const messages = await eventsOf(app, 'message.created');
      expect(messages.map((e) => e.id)).toEqual([
        expect.stringMatching(/^sandbox:message\.created:/),
        `sandbox:message.created:${posted[0]}`,
        `sandbox:message.created:${posted[1]}`,
      ]);
      expect(JSON.parse(messages[1]?.payload ?? '{}')).toMatchObject({ authorId: bea, content: 'anyone here?' });
    } finally {
      await app.stop();
    }
  });

  it('a restart with nothing missed records nothing new', async () => {
    clock.advance(HOUR);
    const app = await start();
    try {
      expect(summaries().at(-1)).toBe('caught up: 0 joined, 0 left, 0 messages in 0 channels');
      expect(await eventsOf(app, 'member.joined')).toHaveLength(3);
      expect(await eventsOf(app, 'member.left')).toHaveLength(1);
      expect(await eventsOf(app, 'message.created')).toHaveLength(3);
      expect(await welcomesOf(app, bea)).toBe(1);
    } finally {
      await app.stop();
    }
  });

  it('a member who joins and posts live after a restart is not caught up again at the next one', async () => {
    const app = await start();
    let dan: string;
    try {
      const sandbox = sandboxOf(app);
      dan = (await sandbox.addMember({ username: 'dan' })).userId;
      await sandbox.postMessage({ userId: dan, channelId: general, content: 'hi, live again' });
      await app.engine.settle();
    } finally {
      await app.stop();
    }
    clock.advance(HOUR);
    const again = await start();
    try {
      expect(summaries().at(-1)).toBe('caught up: 0 joined, 0 left, 0 messages in 0 channels');
      expect(await welcomesOf(again, dan)).toBe(1);
    } finally {
      await again.stop();
    }
  });

  it("a member's export shows their presence; once erased, a member still here is not caught up as a new join", async () => {
    const app = await start();
    try {
      expect((await app.engine.memberData.exportMember(app.guildId, bea)).core).toMatchObject({
        presence: { username: 'bea' },
      });
      await app.engine.memberData.eraseMember(app.guildId, bea, 'cli:test', { keepModerationRecords: false });
      expect((await app.engine.memberData.exportMember(app.guildId, bea)).core?.presence).toBeUndefined();
    } finally {
      await app.stop();
    }
    clock.advance(HOUR);
    const again = await start();
    try {
      expect(summaries().at(-1)).toBe('caught up: 0 joined, 0 left, 0 messages in 0 channels');
      const rows = await again.store.db.selectFrom('event_log').select('payload').execute();
      expect(rows.filter((r) => r.payload.includes(bea))).toEqual([]);
    } finally {
      await again.stop();
    }
  });
});
