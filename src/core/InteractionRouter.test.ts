import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { testMessage } from '../../test/testMessages.js';
import { Metrics } from '../metrics/Metrics.js';
import { DISCORD_ERROR_CODES } from '../platform/discordErrorCodes.js';
import type { DeferOptions, InteractionRef, InteractionReply, Platform } from '../platform/Platform.js';
import { InvalidRequest } from '../platform/PlatformError.js';
import { ManualClock } from './Clock.js';
import { defineModule, type AnyModule } from './defineModule.js';
import { domainEvent, type DomainEvent } from './DomainEvent.js';
import { Engine, type LoadedModule } from './Engine.js';
import { silentLogger } from './Logger.js';
import { DEFERRED_ANSWER_BELOW, INTERACTION_DEFER_AFTER_MS } from './outbox/index.js';
import { ManualTimers } from './Timers.js';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
const USER = '300000000000000001';

/** What the engine asked the platform, in order. */
type Call =
  | { call: 'respond'; id: string; reply: InteractionReply }
  | { call: 'defer'; id: string; options: DeferOptions | undefined }
  | { call: 'edit'; id: string; reply: InteractionReply }
  | { call: 'followUp'; id: string; reply: InteractionReply };

/**
 * A platform that records interaction answers. `acknowledged` holds the interactions answered
 * or deferred, as Discord refuses a second acknowledgement (40060).
 */
function answerPlatform(calls: Call[], acknowledged = new Set<string>()): Platform {
  const acknowledge = (ref: InteractionRef): void => {
    if (acknowledged.has(ref.interactionId)) {
      throw new InvalidRequest(
        'Interaction has already been acknowledged',
        DISCORD_ERROR_CODES.interactionAlreadyAcknowledged,
      );
    }
    acknowledged.add(ref.interactionId);
  };
  const methods: Partial<Platform> = {
    kind: 'sandbox',
    respondToInteraction: (ref, reply) => {
      acknowledge(ref);
      calls.push({ call: 'respond', id: ref.interactionId, reply });
      return Promise.resolve();
    },
    deferReply: (ref, options) => {
      acknowledge(ref);
      calls.push({ call: 'defer', id: ref.interactionId, options });
      return Promise.resolve();
    },
    editReply: (ref, reply) => {
      calls.push({ call: 'edit', id: ref.interactionId, reply });
      return Promise.resolve();
    },
    followUp: (ref, reply) => {
      calls.push({ call: 'followUp', id: ref.interactionId, reply });
      return Promise.resolve();
    },
  };
  return new Proxy(methods as Platform, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (value !== undefined) return value;
      return () => Promise.reject(new Error(`unexpected platform.${String(property)}`));
    },
  });
}

function command(name: string, id: string, occurredAt: number): DomainEvent {
  return domainEvent('interaction.command', {
    id: `test:interaction.command:${id}`,
    guildId: GUILD,
    occurredAt,
    source: 'test',
    payload: {
      interactionId: id,
      token: `token-${id}`,
      userId: USER,
      channelId: CHANNEL,
      memberRoles: [],
      commandName: name,
      options: {},
    },
  });
}

function message(n: number): DomainEvent {
  return testMessage(n, { guildId: GUILD, channelId: CHANNEL, authorId: USER });
}

/** A promise and the function that resolves it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Lets pending promise callbacks (and the database queries they wait on) run until `condition` holds. */
async function until(condition: () => boolean): Promise<void> {
  const giveUp = Date.now() + 20_000;
  while (!condition() && Date.now() < giveUp) await new Promise((resolve) => setTimeout(resolve, 2));
  if (!condition()) throw new Error('condition never held');
}

describe(`interactions answered on time (${testDialect})`, () => {
  let store: TestStore;
  let calls: Call[];
  let timers: ManualTimers;
  const clock = new ManualClock(Date.UTC(2026, 0, 1));

  beforeEach(async () => {
    store = await openTestStore();
    calls = [];
    timers = new ManualTimers();
  });
  afterEach(async () => {
    await store.destroy();
  });

  function engineWith(modules: AnyModule[], platform: Platform = answerPlatform(calls)): Engine {
    const loaded: LoadedModule[] = modules.map((definition) => ({ definition, config: {} }));
    return new Engine({
      store,
      platform,
      clock,
      log: silentLogger(),
      metrics: new Metrics(),
      community: { version: 1, community: { name: 'Test' } } as never,
      modules: loaded,
      scheduler: { schedule: () => Promise.resolve(true) },
      interactions: { timers },
    });
  }

  /** A module with `/slow` (waits for `slow.opened`, answers `reply`) and `/fast`. */
  function slowModule(slow: Promise<void>, reply: InteractionReply, seen: string[] = []): AnyModule {
    return defineModule({
      id: 'slowpoke',
      description: 'test module',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event) => {
          if (event.id.endsWith(':1')) await slow;
          seen.push(event.id);
        },
      },
      commands: [
        {
          definition: { name: 'slow', description: 'takes long' },
          handle: async (event) => {
            seen.push(event.id);
            await slow;
            return reply;
          },
        },
        {
          definition: { name: 'fast', description: 'answers at once' },
          handle: (event) => {
            seen.push(event.id);
            return Promise.resolve({ content: 'here you go', ephemeral: true });
          },
        },
      ],
    });
  }

  it('answers a fast handler with the interaction callback and never defers it', async () => {
    const engine = engineWith([slowModule(Promise.resolve(), {})]);
    await engine.ingest(command('fast', '11', clock.now()));
    await engine.settle();
    timers.advance(INTERACTION_DEFER_AFTER_MS * 2);
    await engine.settle();
    expect(calls).toEqual([{ call: 'respond', id: '11', reply: { content: 'here you go', ephemeral: true } }]);
    expect(timers.pending).toBe(0);
  });

  it('defers a handler that has not answered after 2 s, then sends its answer as an edit', async () => {
    const slow = gate();
    const engine = engineWith([slowModule(slow.opened, { content: 'done at last', ephemeral: true })]);
    await engine.ingest(command('slow', '12', clock.now()));
    await until(() => timers.pending > 0);
    timers.advance(INTERACTION_DEFER_AFTER_MS - 1);
    expect(calls).toEqual([]);
    timers.advance(1);
    await until(() => calls.length > 0);
    expect(calls).toEqual([{ call: 'defer', id: '12', options: { ephemeral: true } }]);
    slow.open();
    await engine.settle();
    expect(calls).toEqual([
      { call: 'defer', id: '12', options: { ephemeral: true } },
      { call: 'edit', id: '12', reply: { content: 'done at last', ephemeral: true } },
    ]);
  });

  it('counts the 2 s from when the interaction arrived, not from when its handler started', async () => {
    const [message1, answer] = [gate(), gate()];
    const engine = engineWith([
      defineModule({
        id: 'busy',
        description: 'test module',
        config: z.object({}).loose(),
        on: { 'message.created': () => message1.opened },
        commands: [
          {
            definition: { name: 'slow', description: 'takes long' },
            handle: async () => {
              await answer.opened;
              return { content: 'late', ephemeral: true };
            },
          },
        ],
      }),
    ]);
    // Message 1 is being handled when the command arrives; 1.5 s pass before its handler starts.
    const first = await engine.ingest(message(1));
    await engine.ingest(command('slow', '13', clock.now()));
    clock.advance(1_500);
    message1.open();
    await first.handled;
    await until(() => timers.pending > 0);
    timers.advance(499);
    expect(calls).toEqual([]);
    timers.advance(1);
    await until(() => calls.length > 0);
    expect(calls).toEqual([{ call: 'defer', id: '13', options: { ephemeral: true } }]);
    answer.open();
    await engine.settle();
    expect(calls[1]).toEqual({ call: 'edit', id: '13', reply: { content: 'late', ephemeral: true } });
  });

  it('closes an ephemeral deferral and posts a public answer as a follow-up', async () => {
    const slow = gate();
    const engine = engineWith([slowModule(slow.opened, { content: 'for everyone' })]);
    await engine.ingest(command('slow', '14', clock.now()));
    await until(() => timers.pending > 0);
    timers.advance(INTERACTION_DEFER_AFTER_MS);
    slow.open();
    await engine.settle();
    expect(calls).toEqual([
      { call: 'defer', id: '14', options: { ephemeral: true } },
      { call: 'edit', id: '14', reply: { content: DEFERRED_ANSWER_BELOW } },
      { call: 'followUp', id: '14', reply: { content: 'for everyone' } },
    ]);
  });

  it('lets a handler defer at once and show progress, its answer replacing it', async () => {
    const slow = gate();
    const engine = engineWith([
      defineModule({
        id: 'worker',
        description: 'test module',
        config: z.object({}).loose(),
        commands: [
          {
            definition: { name: 'work', description: 'long work' },
            handle: async (_event, _ctx, progress) => {
              progress.defer();
              progress.update({ content: 'half way', ephemeral: true });
              await slow.opened;
              return { content: 'all done', ephemeral: true };
            },
          },
        ],
      }),
    ]);
    await engine.ingest(command('work', '15', clock.now()));
    await until(() => calls.length === 2);
    expect(calls).toEqual([
      { call: 'defer', id: '15', options: { ephemeral: true } },
      { call: 'edit', id: '15', reply: { content: 'half way', ephemeral: true } },
    ]);
    slow.open();
    await engine.settle();
    expect(calls[2]).toEqual({ call: 'edit', id: '15', reply: { content: 'all done', ephemeral: true } });
    expect(calls).toHaveLength(3);
  });

  it('sends an answer as an edit when Discord says a process that crashed already deferred it', async () => {
    // The last process deferred interaction 16, then died before its handler committed: this
    // process knows nothing of that deferral, Discord does (40060 to the callback).
    const engine = engineWith([slowModule(Promise.resolve(), {})], answerPlatform(calls, new Set(['16'])));
    await engine.ingest(command('fast', '16', clock.now()));
    await engine.settle();
    expect(calls).toEqual([{ call: 'edit', id: '16', reply: { content: 'here you go', ephemeral: true } }]);
    const outbox = await store.db.selectFrom('outbox').select(['action', 'status']).execute();
    expect(outbox).toEqual([{ action: 'respondToInteraction', status: 'done' }]);
  });

  it('handles an interaction ahead of the messages queued before it in its guild', async () => {
    const slow = gate();
    const seen: string[] = [];
    const engine = engineWith([slowModule(slow.opened, {}, seen)]);
    // Message 1 is being handled (and waits); 2 and 3 wait behind it; then the command comes.
    const handled = [await engine.ingest(message(1)), await engine.ingest(message(2)), await engine.ingest(message(3))];
    await engine.ingest(command('fast', '17', clock.now()));
    slow.open();
    await Promise.all(handled.map((h) => h.handled));
    await engine.settle();
    expect(seen).toEqual([message(1).id, 'test:interaction.command:17', message(2).id, message(3).id]);
    // Still recorded first: the command's event is in the log after the messages.
    const logged = await store.db.selectFrom('event_log').select('id').orderBy('seq').execute();
    expect(logged.map((e) => e.id)).toEqual([
      message(1).id,
      message(2).id,
      message(3).id,
      'test:interaction.command:17',
    ]);
  });
});
