import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/testStore.js';
import { ManualClock } from '../Clock.js';
import { defineModule, type AnyModule } from '../defineModule.js';
import { domainEvent, type DomainEvent } from '../DomainEvent.js';
import { Engine } from '../Engine.js';
import { silentLogger } from '../Logger.js';
import { Metrics } from '../../metrics/Metrics.js';
import type { Platform } from '../../platform/Platform.js';
import type { Store } from '../../store/Store.js';

const GUILD = '100';

function message(n: number): DomainEvent {
  return domainEvent('message.created', {
    id: `discord:message.created:${n}`,
    guildId: GUILD,
    occurredAt: Date.UTC(2024, 0, 1) + n,
    source: 'import',
    payload: {
      messageId: String(n),
      channelId: '5',
      authorId: '7',
      authorBot: false,
      content: `m${n}`,
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: 0,
    },
  });
}

/** A platform whose every call is written down (nothing should reach it in a replay). */
function recordingPlatform(calls: string[]): Platform {
  return new Proxy({} as Platform, {
    get: (_target, property) => {
      if (property === 'kind') return 'sandbox';
      if (property === 'then') return undefined;
      return () => {
        calls.push(String(property));
        return Promise.resolve({ id: 'real', channelId: '5' });
      };
    },
  });
}

describe('Engine.replay', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => {
    await store.destroy();
  });

  function engineWith(modules: AnyModule[], calls: string[]): Engine {
    return new Engine({
      store,
      platform: recordingPlatform(calls),
      clock: new ManualClock(Date.UTC(2026, 0, 1)),
      log: silentLogger(),
      metrics: new Metrics(),
      community: { version: 1, community: { name: 'Test' } },
      modules: modules.map((definition) => ({ definition, config: {} })),
      scheduler: { schedule: () => Promise.resolve(true) },
    });
  }

  it('runs only the named modules, discards their platform effects and records the batch handled', async () => {
    const seen: string[] = [];
    const calls: string[] = [];
    const poster = defineModule({
      id: 'poster',
      description: 'posts on every message',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          seen.push(`poster:${event.payload.messageId}`);
          await ctx.platform.sendMessage('5', { content: 'hi' });
          await ctx.platformNow.addRole(GUILD, '7', '9', 'history');
        },
      },
    });
    const other = defineModule({
      id: 'other',
      description: 'not replayed',
      config: z.object({}).loose(),
      on: {
        'message.created': (event) => {
          seen.push(`other:${event.payload.messageId}`);
          return Promise.resolve();
        },
      },
    });
    const engine = engineWith([poster, other], calls);
    const result = await engine.replay([message(1), message(2), message(1)], { modules: ['poster'] });
    expect(result).toEqual({ recorded: 2, known: 1, emitted: 0, failures: 0 });
    expect(seen).toEqual(['poster:1', 'poster:2']);
    expect(calls).toEqual([]);
    expect(Object.fromEntries(engine.replayer?.discardedEffects ?? [])).toEqual({ sendMessage: 2, addRole: 2 });
    const rows = await store.db.selectFrom('event_log').select(['id', 'handled_at']).orderBy('seq').execute();
    expect(rows).toEqual([
      { id: 'discord:message.created:1', handled_at: Date.UTC(2026, 0, 1) },
      { id: 'discord:message.created:2', handled_at: Date.UTC(2026, 0, 1) },
    ]);
    expect(await engine.recover()).toBe(0);
    expect(await store.db.selectFrom('outbox').select('key').execute()).toEqual([]);
  });

  it('keeps the batch when a handler throws: one event per unit, the failure recorded, the rest handled', async () => {
    const kept: string[] = [];
    const flaky = defineModule({
      id: 'flaky',
      description: 'fails on message 2',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          await ctx.db
            .insertInto('handler_failures')
            .values({ event_id: `probe:${event.payload.messageId}`, module: 'probe', error: '', failed_at: 0 })
            .execute();
          if (event.payload.messageId === '2') throw new Error('boom on 2');
          kept.push(event.payload.messageId);
        },
      },
    });
    const engine = engineWith([flaky], []);
    const result = await engine.replay([message(1), message(2), message(3)], { modules: ['flaky'] });
    expect(result).toEqual({ recorded: 3, known: 0, emitted: 0, failures: 1 });
    expect((await store.db.selectFrom('event_log').select('id').execute()).length).toBe(3);
    const failures = await store.db
      .selectFrom('handler_failures')
      .select(['event_id', 'module', 'error'])
      .orderBy('event_id')
      .execute();
    // The failing run's own write rolled back with it; the failure is recorded.
    expect(failures).toEqual([
      { event_id: 'discord:message.created:2', module: 'flaky', error: 'boom on 2' },
      { event_id: 'probe:1', module: 'probe', error: '' },
      { event_id: 'probe:3', module: 'probe', error: '' },
    ]);
    // Replayed events are recorded handled in their unit: no per-handler marks are needed.
    expect(await store.db.selectFrom('event_handlings').selectAll().execute()).toEqual([]);
  });

  it('handles what a replayed handler emits with the replayed modules only, recorded handled', async () => {
    const seen: string[] = [];
    const emitter = defineModule({
      id: 'emitter',
      description: 'reports a contribution for every message',
      config: z.object({}).loose(),
      on: {
        'message.created': (event, ctx) =>
          ctx.emit(
            'contribution.recorded',
            { userId: event.payload.authorId, kind: 'feedback', sourceId: event.payload.messageId },
            { key: event.payload.messageId, guildId: event.guildId },
          ),
        'contribution.recorded': (event) => {
          seen.push(`emitter:${event.payload.sourceId}`);
          return Promise.resolve();
        },
      },
    });
    const bystander = defineModule({
      id: 'bystander',
      description: 'not replayed',
      config: z.object({}).loose(),
      on: {
        'contribution.recorded': (event) => {
          seen.push(`bystander:${event.payload.sourceId}`);
          return Promise.resolve();
        },
      },
    });
    const engine = engineWith([emitter, bystander], []);
    const result = await engine.replay([message(1)], { modules: ['emitter'] });
    expect(result).toEqual({ recorded: 1, known: 0, emitted: 1, failures: 0 });
    expect(seen).toEqual(['emitter:1']);
    const emitted = await store.db
      .selectFrom('event_log')
      .select(['id', 'handled_at'])
      .where('type', '=', 'contribution.recorded')
      .execute();
    expect(emitted).toEqual([{ id: 'emitter:contribution.recorded:1', handled_at: Date.UTC(2026, 0, 1) }]);
    expect(await engine.recover()).toBe(0);
    expect(seen).toEqual(['emitter:1']);
  });
});
