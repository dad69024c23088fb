import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';
import { allMigrationSets } from '../../src/app/openAndMigrate.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import type { Platform } from '../../src/platform/Platform.js';
import { Forbidden, RateLimited } from '../../src/platform/PlatformError.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../../src/platform/sandbox/seedSandboxCommunity.js';
import { ManualClock } from '../../src/core/Clock.js';
import { defineModule } from '../../src/core/defineModule.js';
import { Engine } from '../../src/core/Engine.js';
import { silentLogger } from '../../src/core/Logger.js';

/** A module that echoes posts to #mod-log (then a note), retracts the echo of "retract", amends that of "amend", fails on "boom". */
const echo = defineModule({
  id: 'echo',
  description: 'echoes posts to the mod-log',
  config: z.object({}).loose(),
  on: {
    'message.created': async (event, ctx) => {
      if (event.payload.authorBot) return;
      const guild = await ctx.platform.fetchGuild(event.guildId);
      const modLog = guild.channels.find((c) => c.name === 'mod-log');
      if (modLog === undefined) throw new Error('no mod-log');
      const sent = await ctx.platform.sendMessage(modLog.id, { content: `echo: ${event.payload.content}` });
      await ctx.platform.sendMessage(modLog.id, { content: 'echoed' });
      // A later action names the queued message by its stand-in id.
      if (event.payload.content === 'retract') await ctx.platform.deleteMessage(modLog.id, sent.id, 'retracted');
      if (event.payload.content === 'amend') {
        await ctx.platform.editMessage(modLog.id, sent.id, { content: 'echo: amended' });
      }
      if (event.payload.content === 'boom') throw new Error('boom after queueing');
    },
  },
});

describe(`the outbox (${testDialect})`, () => {
  let store: TestStore;
  let clock: ManualClock;
  let sandbox: SandboxPlatform;
  let failures: { count: number; error: () => Error };

  async function open(): Promise<{
    engine: Engine;
    post: (content: string) => Promise<void>;
    modLog: () => Promise<string[]>;
  }> {
    const guild = await seedSandboxCommunity(sandbox, { name: 'Outbox' });
    // The platform as the engine reaches it: sendMessage fails while `failures.count` > 0.
    const platform = new Proxy(sandbox, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
        if (property !== 'sendMessage') return method;
        return async (...args: unknown[]) => {
          if (failures.count > 0) {
            failures.count -= 1;
            throw failures.error();
          }
          return method(...args);
        };
      },
    }) as Platform;
    const engine = new Engine({
      store,
      platform,
      clock,
      log: silentLogger(),
      metrics: new Metrics(),
      community: { version: 1, community: { name: 'Outbox' } },
      modules: [{ definition: echo, config: {} }],
      scheduler: { schedule: () => Promise.resolve(true) },
    });
    await sandbox.start(async (event) => {
      await engine.ingest(event);
    });
    const channel = (name: string): string => guild.channels.find((c) => c.name === name)?.id ?? '';
    const sam = (await sandbox.listMembers()).find((m) => m.username === 'sam')?.userId ?? '';
    return {
      engine,
      post: async (content) => {
        await sandbox.postMessage({ userId: sam, channelId: channel('general'), content });
        await engine.settle();
      },
      modLog: async () => (await sandbox.listMessages(channel('mod-log'))).map((m) => m.content).reverse(),
    };
  }

  beforeEach(async () => {
    store = await openTestStore(allMigrationSets());
    clock = new ManualClock(Date.UTC(2026, 5, 1));
    sandbox = new SandboxPlatform({ store, clock });
    failures = { count: 0, error: () => new Error('network down') };
  });
  afterEach(async () => {
    await sandbox.stop();
    await store.destroy();
  });

  it('carries out a handler’s actions after it commits, in order; a stand-in id becomes the real one', async () => {
    const { engine, post, modLog } = await open();
    await post('hello');
    expect(await modLog()).toEqual(['echo: hello', 'echoed']);
    const rows = await store.db.selectFrom('outbox').select(['key', 'action', 'status']).orderBy('id').execute();
    expect(rows.map((r) => `${r.action} ${r.status}`)).toEqual(['sendMessage done', 'sendMessage done']);
    // Keys: the event, the handler, the position.
    expect(rows[0]?.key).toMatch(/^sandbox:message\.created:\d+:echo#0$/);
    const resolved = await engine.outbox.resolveRef(`outbox:${rows[0]?.key ?? ''}`);
    const echo = (await sandbox.listMessages(modLogId(await sandbox.fetchGuild((await sandbox.guild()).id)))).at(-1);
    expect(resolved).toEqual({ status: 'done', id: echo?.id });

    await post('retract');
    // The delete named the echo by its stand-in; the dispatcher used the real id.
    expect(await modLog()).toEqual(['echo: hello', 'echoed', 'echoed']);
  });

  it('queues an edit of a message queued in the same unit, naming it by its stand-in id', async () => {
    const { engine, post, modLog } = await open();
    await post('amend');
    expect(await modLog()).toEqual(['echo: amended', 'echoed']);
    const rows = await store.db
      .selectFrom('outbox')
      .select(['key', 'action', 'status', 'args'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => `${r.action} ${r.status}`)).toEqual([
      'sendMessage done',
      'sendMessage done',
      'editMessage done',
    ]);
    const [, messageId] = JSON.parse(rows[2]?.args ?? '[]') as unknown[];
    expect(messageId).toBe(`outbox:${rows[0]?.key ?? ''}`);
    const echoed = await engine.outbox.resolveRef(`outbox:${rows[0]?.key ?? ''}`);
    const edited = (await sandbox.listMessages(modLogId(await sandbox.fetchGuild((await sandbox.guild()).id)))).at(-1);
    expect(echoed).toEqual({ status: 'done', id: edited?.id });
    expect(edited?.editedAt).toBe(clock.now());
  });

  it('sends nothing a handler queued when it throws: its writes and actions roll back together', async () => {
    const { post, modLog } = await open();
    await post('boom');
    expect(await modLog()).toEqual([]);
    expect(await store.db.selectFrom('outbox').select('key').execute()).toEqual([]);
    const failed = await store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
    expect(failed).toEqual([{ module: 'echo', error: 'boom after queueing' }]);
  });

  it('retries a failed action with backoff, holding the guild’s later actions behind it', async () => {
    const { engine, post, modLog } = await open();
    failures.count = 2;
    await post('hello');
    expect(await modLog()).toEqual([]);
    const waiting = await store.db
      .selectFrom('outbox')
      .select(['status', 'attempts', 'next_at', 'last_error'])
      .orderBy('id')
      .execute();
    expect(waiting[0]).toMatchObject({ status: 'pending', attempts: 1, last_error: 'network down' });
    expect(waiting[0]?.next_at).toBe(clock.now() + 1_000);
    // Not due yet: nothing moves.
    await engine.startOutbox(60_000);
    expect(await modLog()).toEqual([]);
    clock.advance(1_000);
    await engine.startOutbox(60_000);
    await engine.settle();
    // The second failure doubled the delay.
    expect((await store.db.selectFrom('outbox').select('next_at').orderBy('id').executeTakeFirst())?.next_at).toBe(
      clock.now() + 2_000,
    );
    clock.advance(2_000);
    await engine.startOutbox(60_000);
    await engine.settle();
    expect(await modLog()).toEqual(['echo: hello', 'echoed']);
    await engine.stop();
  });

  it('gives up at once on a refusal (retrying cannot change it), and waits as long as a rate limit says', async () => {
    const { engine, post, modLog } = await open();
    failures.count = 1;
    failures.error = () => new Forbidden('Missing Permissions', 50013);
    await post('one');
    expect(await modLog()).toEqual(['echoed']);
    const rows = await store.db.selectFrom('outbox').select(['status', 'last_error']).orderBy('id').execute();
    expect(rows).toEqual([
      { status: 'failed', last_error: 'Missing Permissions' },
      { status: 'done', last_error: null },
    ]);
    failures.count = 1;
    failures.error = () => new RateLimited('slow down', 7_500);
    await post('two');
    const limited = await store.db
      .selectFrom('outbox')
      .select(['attempts', 'next_at'])
      .where('status', '=', 'pending')
      .orderBy('id')
      .execute();
    // The rate-limited one waits as long as Discord said; the next one waits behind it.
    expect(limited).toEqual([
      { attempts: 1, next_at: clock.now() + 7_500 },
      { attempts: 0, next_at: clock.now() },
    ]);
    await engine.stop();
  });
});

function modLogId(guild: { channels: { id: string; name: string }[] }): string {
  return guild.channels.find((c) => c.name === 'mod-log')?.id ?? '';
}
