import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { engineOf } from '../../../test/engineOf.js';
import { testMessage } from '../../../test/testMessages.js';
import type { Platform } from '../../platform/Platform.js';
import { currentUnit, type Unit } from '../../store/unitOfWork/index.js';
import { ManualClock } from '../Clock.js';
import { defineModule, type AnyModule } from '../defineModule.js';
import type { DomainEvent } from '../DomainEvent.js';
import type { Engine } from '../Engine.js';
import { EventLog } from '../EventLog.js';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';

const message = (n: number): DomainEvent =>
  testMessage(n, { guildId: GUILD, channelId: CHANNEL, authorId: '300000000000000001' });

/** Sends succeed (the outbox carries them out); anything else is a test error. */
function sendingPlatform(sent: string[]): Platform {
  return new Proxy({} as Platform, {
    get(_target, property) {
      if (property === 'kind') return 'sandbox';
      if (property === 'sendMessage') {
        return (channelId: string, msg: { content?: string }) => {
          sent.push(msg.content ?? '');
          return Promise.resolve({ id: `sent-${sent.length}`, channelId });
        };
      }
      return () => Promise.reject(new Error(`unexpected platform.${String(property)}`));
    },
  });
}

/** A gate the first event's handler waits on, so the next events queue up behind it. */
function gate(): { wait: () => Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}

describe(`batched handling (${testDialect})`, () => {
  let store: TestStore;
  let sent: string[];
  const clock = new ManualClock(Date.UTC(2026, 0, 1));

  beforeEach(async () => {
    store = await openTestStore();
    sent = [];
  });
  afterEach(async () => {
    await store.destroy();
  });

  function engineWith(modules: AnyModule[], batchSize?: number): Engine {
    return engineOf({
      store,
      platform: sendingPlatform(sent),
      clock,
      modules,
      ...(batchSize === undefined ? {} : { batchSize }),
    });
  }

  /** A module that notes, per event, the unit of work it ran in, and writes an audit entry. */
  function noting(
    id: string,
    seen: { event: string; unit: Unit | undefined }[],
    options: { hold?: Promise<void>; failOn?: number } = {},
  ): AnyModule {
    return defineModule({
      id,
      description: 'test module',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          if (event.payload.messageId === '1' && options.hold !== undefined) await options.hold;
          await ctx.audit({
            guildId: event.guildId,
            actor: 'test',
            action: `${id}.saw`,
            target: event.payload.messageId,
          });
          if (Number(event.payload.messageId) === options.failOn) throw new Error(`boom on ${event.payload.messageId}`);
          seen.push({ event: event.payload.messageId, unit: currentUnit() });
        },
      },
    });
  }

  async function audited(action: string): Promise<string[]> {
    const rows = await store.db
      .selectFrom('audit_log')
      .select('target')
      .where('action', '=', action)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.target ?? '');
  }

  it('handles the events that waited while the guild was busy in one unit of work per module, in order', async () => {
    const held = gate();
    const a: { event: string; unit: Unit | undefined }[] = [];
    const b: { event: string; unit: Unit | undefined }[] = [];
    const engine = engineWith([noting('first', a, { hold: held.wait() }), noting('second', b)]);
    for (let n = 1; n <= 11; n += 1) await engine.ingest(message(n));
    held.open();
    await engine.settle();
    const numbers = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];
    for (const seen of [a, b]) {
      expect(seen.map((s) => s.event)).toEqual(numbers);
      // Event 1 alone (the guild was idle), then 2..11 together in one unit.
      expect(new Set(seen.slice(1).map((s) => s.unit)).size).toBe(1);
      expect(seen[1]?.unit).not.toBe(seen[0]?.unit);
    }
    expect(a[1]?.unit).not.toBe(b[1]?.unit);
    expect(await audited('first.saw')).toEqual(numbers);
    expect(await audited('second.saw')).toEqual(numbers);
    const handlings = await store.db.selectFrom('event_handlings').select(['event_id', 'handler']).execute();
    expect(handlings).toHaveLength(22);
    const unhandled = await store.db.selectFrom('event_log').select('id').where('handled_at', 'is', null).execute();
    expect(unhandled).toEqual([]);
  });

  it('takes at most batchSize events per unit, the rest in the next batch', async () => {
    const held = gate();
    const seen: { event: string; unit: Unit | undefined }[] = [];
    const engine = engineWith([noting('sized', seen, { hold: held.wait() })], 4);
    for (let n = 1; n <= 10; n += 1) await engine.ingest(message(n));
    held.open();
    await engine.settle();
    expect(seen.map((s) => s.event)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const units = seen.map((s) => s.unit);
    const sizes: number[] = [];
    for (let i = 0; i < units.length; i += 1) {
      if (i > 0 && units[i] === units[i - 1]) sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + 1;
      else sizes.push(1);
    }
    expect(sizes).toEqual([1, 4, 4, 1]);
  });

  it('runs a failing batch again one event per unit: only the failing handler fails, the rest commit once', async () => {
    const held = gate();
    const flaky: { event: string; unit: Unit | undefined }[] = [];
    const healthy: { event: string; unit: Unit | undefined }[] = [];
    const engine = engineWith([noting('flaky', flaky, { hold: held.wait(), failOn: 5 }), noting('healthy', healthy)]);
    for (let n = 1; n <= 8; n += 1) await engine.ingest(message(n));
    held.open();
    await engine.settle();
    // The batch 2..8 rolled back at 5 and ran again alone: nothing written twice, 5 never.
    expect(await audited('flaky.saw')).toEqual(['1', '2', '3', '4', '6', '7', '8']);
    expect(await audited('healthy.saw')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const failures = await store.db.selectFrom('handler_failures').select(['event_id', 'module', 'error']).execute();
    expect(failures).toEqual([{ event_id: message(5).id, module: 'flaky', error: 'boom on 5' }]);
    const marks = await store.db
      .selectFrom('event_handlings')
      .select('event_id')
      .where('handler', '=', 'flaky')
      .execute();
    expect(marks.map((m) => m.event_id).sort()).toEqual([1, 2, 3, 4, 6, 7, 8].map((n) => message(n).id).sort());
    const unhandled = await store.db.selectFrom('event_log').select('id').where('handled_at', 'is', null).execute();
    expect(unhandled).toEqual([]);
  });

  it("queues each event's effects under its own idempotency key, as when handled alone", async () => {
    const held = gate();
    const speaker = defineModule({
      id: 'speaker',
      description: 'sends two messages per event',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          if (event.payload.messageId === '1') await held.wait();
          await ctx.platform.sendMessage(CHANNEL, { content: `a${event.payload.messageId}` });
          await ctx.platform.sendMessage(CHANNEL, { content: `b${event.payload.messageId}` });
        },
      },
    });
    const engine = engineWith([speaker]);
    for (let n = 1; n <= 3; n += 1) await engine.ingest(message(n));
    held.open();
    await engine.settle();
    const keys = await store.db.selectFrom('outbox').select('key').orderBy('key').execute();
    expect(keys.map((k) => k.key)).toEqual(
      [1, 2, 3].flatMap((n) => [`${message(n).id}:speaker#0`, `${message(n).id}:speaker#1`]).sort(),
    );
    expect(sent).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
  });

  it('after a crash, handles the recovered events together, skipping handlers that had committed', async () => {
    const log = new EventLog(store.db, clock);
    for (let n = 1; n <= 5; n += 1) await log.record(message(n));
    // Before the crash, module "early" committed for events 1 and 2.
    await store.db
      .insertInto('event_handlings')
      .values([1, 2].map((n) => ({ event_id: message(n).id, handler: 'early', handled_at: 1 })))
      .execute();
    const early: { event: string; unit: Unit | undefined }[] = [];
    const late: { event: string; unit: Unit | undefined }[] = [];
    const engine = engineWith([noting('early', early), noting('late', late)]);
    expect(await engine.recover()).toBe(5);
    expect(early.map((s) => s.event)).toEqual(['3', '4', '5']);
    expect(late.map((s) => s.event)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(late.map((s) => s.unit)).size).toBe(1);
  });

  it("gives a module's onBatch the batch's events in one call, and falls back to `on` when it acts on the platform", async () => {
    const held = gate();
    const calls: string[][] = [];
    const perEvent: string[] = [];
    const folding = defineModule({
      id: 'folding',
      description: 'folds batches',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          if (event.payload.messageId === '1') await held.wait();
          await ctx.audit({ guildId: GUILD, actor: 'test', action: 'folding.on', target: event.payload.messageId });
        },
      },
      onBatch: async (events, ctx) => {
        calls.push(events.map((e) => e.id));
        for (const e of events) {
          await ctx.audit({ guildId: GUILD, actor: 'test', action: 'folding.batch', target: e.id });
        }
      },
    });
    const acting = defineModule({
      id: 'acting',
      description: 'acts on the platform in its onBatch (not allowed)',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          perEvent.push(event.payload.messageId);
          await ctx.platform.sendMessage(CHANNEL, { content: `on ${event.payload.messageId}` });
        },
      },
      onBatch: async (_events, ctx) => {
        await ctx.platform.sendMessage(CHANNEL, { content: 'from a batch' });
      },
    });
    const engine = engineWith([folding, acting]);
    for (let n = 1; n <= 4; n += 1) await engine.ingest(message(n));
    held.open();
    await engine.settle();
    expect(calls).toEqual([[2, 3, 4].map((n) => message(n).id)]);
    expect(await audited('folding.on')).toEqual(['1']);
    expect(perEvent).toEqual(['1', '2', '3', '4']);
    expect(sent).toEqual(['on 1', 'on 2', 'on 3', 'on 4']);
    const failures = await store.db.selectFrom('handler_failures').select('module').execute();
    expect(failures).toEqual([]);
  });
});
