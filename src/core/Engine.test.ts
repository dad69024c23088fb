import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { testMessage } from '../../test/testMessages.js';
import { Metrics } from '../metrics/Metrics.js';
import type { InteractionRef, InteractionResponse, ModalSpec, Platform } from '../platform/Platform.js';
import { ManualClock } from './Clock.js';
import { defineJob } from './defineJob.js';
import { defineModule, type AnyModule } from './defineModule.js';
import { domainEvent, type DomainEvent } from './DomainEvent.js';
import type { Engine } from './Engine.js';
import type { JobRequest } from './Engine.js';
import { EventLog } from './EventLog.js';
import { engineOf } from '../../test/engineOf.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';

/** A platform that only answers interactions; the engine itself calls nothing else. */
function replyPlatform(replies: { ref: InteractionRef; reply: InteractionResponse }[]): Platform {
  return new Proxy({} as Platform, {
    get(_target, property) {
      if (property === 'kind') return 'sandbox';
      if (property === 'respondToInteraction') {
        return (ref: InteractionRef, reply: InteractionResponse) => {
          replies.push({ ref, reply });
          return Promise.resolve();
        };
      }
      if (property === 'showModal') {
        return (ref: InteractionRef, modal: ModalSpec) => {
          replies.push({ ref, reply: { modal } });
          return Promise.resolve();
        };
      }
      return () => Promise.reject(new Error(`the engine should not call platform.${String(property)}`));
    },
  });
}

function message(n: number, guildId = GUILD): DomainEvent {
  return testMessage(n, { guildId, channelId: '200000000000000001', authorId: '300000000000000001' });
}

function command(name: string, id: string): DomainEvent {
  return domainEvent('interaction.command', {
    id: `test:interaction.command:${id}`,
    guildId: GUILD,
    occurredAt: 5_000,
    source: 'test',
    payload: {
      interactionId: id,
      token: `token-${id}`,
      userId: '300000000000000001',
      channelId: '200000000000000001',
      memberRoles: [],
      commandName: name,
      options: {},
    },
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`Engine (${testDialect})`, () => {
  let store: TestStore;
  let metrics: Metrics;
  let replies: { ref: InteractionRef; reply: InteractionResponse }[];
  let scheduled: { module: string; job: JobRequest }[];
  const clock = new ManualClock(Date.UTC(2026, 0, 1));

  beforeEach(async () => {
    store = await openTestStore();
    metrics = new Metrics();
    replies = [];
    scheduled = [];
  });
  afterEach(async () => {
    await store.destroy();
  });

  function engineWith(modules: AnyModule[], configs: Record<string, unknown> = {}): Engine {
    const scheduler = {
      schedule: (module: string, job: JobRequest) => {
        scheduled.push({ module, job });
        return Promise.resolve(true);
      },
    };
    return engineOf({ store, platform: replyPlatform(replies), clock, modules, configs, metrics, scheduler });
  }

  function recorder(
    id: string,
    seen: string[],
    options: { delay?: (e: DomainEvent) => number; fail?: boolean } = {},
  ): AnyModule {
    return defineModule({
      id,
      description: 'test module',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event) => {
          const delay = options.delay?.(event) ?? 0;
          if (delay > 0) await sleep(delay);
          if (options.fail === true) throw new Error(`boom in ${id}`);
          seen.push(event.id);
        },
      },
    });
  }

  it('records and handles an event delivered twice only once', async () => {
    const seen: string[] = [];
    const engine = engineWith([recorder('counter', seen)]);
    const first = await engine.ingest(message(1));
    const second = await engine.ingest(message(1));
    await engine.settle();
    expect(first.recorded).toBe(true);
    expect(second.recorded).toBe(false);
    expect(seen).toEqual([message(1).id]);
    const rows = await store.db.selectFrom('event_log').select(['id', 'handled_at']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.handled_at).toBe(clock.now());
    expect((await metrics.eventsDuplicate.get()).values[0]?.value).toBe(1);
  });

  it('handles the events of one guild in order, even when handlers take different times', async () => {
    const seen: string[] = [];
    const engine = engineWith([
      recorder('ordered', seen, { delay: (e) => (e.id.endsWith(':1') ? 30 : e.id.endsWith(':3') ? 15 : 0) }),
    ]);
    for (let n = 1; n <= 6; n += 1) await engine.ingest(message(n));
    await engine.settle();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((n) => message(n).id));
  });

  it('handles events recorded by concurrent units of work in the order of the log', async () => {
    const seen: string[] = [];
    const engine = engineWith([recorder('order', seen)]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Unit A records first, then holds its transaction open; unit B records and commits.
    const a = store.unitOfWork(async () => {
      await engine.ingest(message(1));
      await held;
    });
    await sleep(50);
    const b = store.unitOfWork(async () => {
      await engine.ingest(message(2));
    });
    await sleep(50);
    release();
    await Promise.all([a, b]);
    await engine.settle();
    const logged = await store.db.selectFrom('event_log').select('id').orderBy('seq').execute();
    expect(seen).toHaveLength(2);
    expect(seen).toEqual(logged.map((e) => e.id));
  });

  it('runs another guild while one guild waits on a slow handler', async () => {
    const seen: string[] = [];
    const engine = engineWith([recorder('guilds', seen, { delay: (e) => (e.guildId === GUILD ? 40 : 0) })]);
    await engine.ingest(message(1, GUILD));
    await engine.ingest(message(1, OTHER_GUILD));
    await engine.settle();
    expect(seen).toEqual([message(1, OTHER_GUILD).id, message(1, GUILD).id]);
  });

  it('isolates a throwing handler: logged with the event id, counted, others still run', async () => {
    const seen: string[] = [];
    const engine = engineWith([recorder('broken', [], { fail: true }), recorder('healthy', seen)]);
    await engine.ingest(message(7));
    await engine.settle();
    expect(seen).toEqual([message(7).id]);
    const failures = await store.db.selectFrom('handler_failures').selectAll().execute();
    expect(failures).toMatchObject([{ event_id: message(7).id, module: 'broken', error: 'boom in broken' }]);
    const counted = (await metrics.handlerErrors.get()).values;
    expect(counted).toEqual([
      expect.objectContaining({ value: 1, labels: { module: 'broken', type: 'message.created' } }),
    ]);
    const row = await store.db.selectFrom('event_log').select('handled_at').executeTakeFirstOrThrow();
    expect(row.handled_at).not.toBeNull();
  });

  it('commits the event before any module acts on it', async () => {
    let stateDuringHandling: { handled_at: number | null } | undefined;
    const probe = defineModule({
      id: 'probe',
      description: 'reads the log while handling',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          stateDuringHandling = await ctx.db
            .selectFrom('event_log')
            .select('handled_at')
            .where('id', '=', event.id)
            .executeTakeFirst();
        },
      },
    });
    const engine = engineWith([probe]);
    await engine.ingest(message(2));
    await engine.settle();
    expect(stateDuringHandling).toEqual({ handled_at: null });
  });

  it('handles at the next start the events recorded but not handled before a crash', async () => {
    // The crash: events reached the log, the process died before handling them.
    const log = new EventLog(store.db, clock);
    await log.record(message(1));
    await log.record(message(2));
    await log.record(message(3, OTHER_GUILD));
    const seen: string[] = [];
    const engine = engineWith([recorder('after_restart', seen)]);
    expect(await engine.recover([GUILD])).toBe(2);
    expect(seen).toEqual([message(1).id, message(2).id]);
    expect(await engine.recover([GUILD])).toBe(0);
    expect(await engine.recover()).toBe(1);
  });

  it('records an event no module subscribes to as already handled', async () => {
    const engine = engineWith([recorder('counter', [])]);
    const reaction = domainEvent('reaction.added', {
      id: 'test:reaction.added:1',
      guildId: GUILD,
      occurredAt: 10,
      source: 'test',
      payload: { messageId: '1', channelId: '2', userId: '3', emoji: { id: null, name: '👍' }, messageAuthorId: null },
    });
    expect((await engine.ingest(reaction)).recorded).toBe(true);
    const row = await store.db.selectFrom('event_log').select(['type', 'handled_at']).executeTakeFirstOrThrow();
    expect(row).toEqual({ type: 'reaction.added', handled_at: clock.now() });
    expect(await engine.recover()).toBe(0);
  });

  it('skips disabled modules', async () => {
    const seen: string[] = [];
    const engine = engineWith([recorder('off', seen)], { off: { enabled: false } });
    await engine.ingest(message(1));
    await engine.settle();
    expect(seen).toEqual([]);
  });

  it('answers a command with its module, and an unknown or failing command ephemerally', async () => {
    const commands = defineModule({
      id: 'commands',
      description: 'two commands',
      config: z.object({}).loose(),
      commands: [
        {
          definition: { name: 'hello', description: 'says hello' },
          handle: (i) => Promise.resolve({ content: `hello <@${i.payload.userId}>` }),
        },
        { definition: { name: 'broken', description: 'fails' }, handle: () => Promise.reject(new Error('no')) },
      ],
    });
    const engine = engineWith([commands]);
    expect(engine.commandDefinitions().map((c) => c.name)).toEqual(['hello', 'broken']);
    await engine.ingest(command('hello', '900000000000000001'));
    await engine.ingest(command('nope', '900000000000000002'));
    await engine.ingest(command('broken', '900000000000000003'));
    await engine.settle();
    expect(replies.map((r) => [r.ref.interactionId, r.reply])).toEqual([
      ['900000000000000001', { content: 'hello <@300000000000000001>' }],
      ['900000000000000002', { content: '/nope is not available in this community.', ephemeral: true }],
      [
        '900000000000000003',
        { content: 'Something went wrong running that command; the team has been told.', ephemeral: true },
      ],
    ]);
    const failures = await store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
    expect(failures).toEqual([{ module: 'commands', error: 'no' }]);
  });

  it('refuses two modules declaring the same command', () => {
    const make = (id: string) =>
      defineModule({
        id,
        description: '',
        config: z.object({}),
        commands: [{ definition: { name: 'rank', description: '' }, handle: () => Promise.resolve({}) }],
      });
    expect(() => engineWith([make('a'), make('b')])).toThrow('command /rank is declared by a and b');
  });

  it('routes buttons and modals to the module owning the custom id prefix; answers unowned ones and failures privately', async () => {
    const form: ModalSpec = {
      customId: 'forms:form:7',
      title: 'Tell us',
      inputs: [{ customId: 'why', label: 'Why?', style: 'short' }],
    };
    const forms = defineModule({
      id: 'forms',
      description: 'a button opening a form',
      config: z.object({}).loose(),
      components: [
        { customIdPrefix: 'forms:open:', handle: () => Promise.resolve({ modal: form }) },
        {
          customIdPrefix: 'forms:form:',
          handle: (i) =>
            Promise.resolve({
              content: i.type === 'interaction.modal' ? `got ${i.payload.fields.why ?? ''}` : 'not a form',
              ephemeral: true,
            }),
        },
        { customIdPrefix: 'forms:broken', handle: () => Promise.reject(new Error('form failed')) },
      ],
    });
    const engine = engineWith([forms]);
    const base = (id: string) => ({
      interactionId: id,
      token: `token-${id}`,
      userId: '300000000000000001',
      channelId: '200000000000000001',
      memberRoles: [],
    });
    const button = (id: string, customId: string) =>
      domainEvent('interaction.button', {
        id: `test:interaction.button:${id}`,
        guildId: GUILD,
        occurredAt: 5_000,
        source: 'test',
        payload: { ...base(id), customId },
      });
    await engine.ingest(button('900000000000000011', 'forms:open:7'));
    await engine.ingest(
      domainEvent('interaction.modal', {
        id: 'test:interaction.modal:900000000000000012',
        guildId: GUILD,
        occurredAt: 5_001,
        source: 'test',
        payload: { ...base('900000000000000012'), customId: 'forms:form:7', fields: { why: 'because' } },
      }),
    );
    await engine.ingest(button('900000000000000013', 'gone:button'));
    await engine.ingest(button('900000000000000014', 'forms:broken'));
    await engine.settle();
    expect(replies.map((r) => [r.ref.interactionId, r.reply])).toEqual([
      ['900000000000000011', { modal: form }],
      ['900000000000000012', { content: 'got because', ephemeral: true }],
      ['900000000000000013', { content: 'This is no longer available.', ephemeral: true }],
      [
        '900000000000000014',
        { content: 'Something went wrong running that command; the team has been told.', ephemeral: true },
      ],
    ]);
    const failures = await store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
    expect(failures).toEqual([{ module: 'forms', error: 'form failed' }]);
  });

  it("refuses a component prefix outside the module's namespace", () => {
    const stray = defineModule({
      id: 'stray',
      description: '',
      config: z.object({}),
      components: [{ customIdPrefix: 'other:', handle: () => Promise.resolve({}) }],
    });
    expect(() => engineWith([stray])).toThrow('component prefix "other:" of stray must start with "stray:"');
  });

  it('records an emitted event once and hands it to subscribers after the current event', async () => {
    const order: string[] = [];
    const emitter = defineModule({
      id: 'emitter',
      description: 'emits on every message',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          order.push(`message ${event.payload.messageId}`);
          const payload = { userId: event.payload.authorId, kind: 'feedback' as const, sourceId: event.id };
          await ctx.emit('contribution.recorded', payload, { key: event.id, guildId: event.guildId });
          await ctx.emit('contribution.recorded', payload, { key: event.id, guildId: event.guildId });
        },
      },
    });
    const listener = defineModule({
      id: 'listener',
      description: 'hears emitted events',
      config: z.object({}).loose(),
      on: {
        'contribution.recorded': (event) => {
          order.push(`${event.type} ${event.payload.kind} from ${event.source}`);
          return Promise.resolve();
        },
      },
    });
    const engine = engineWith([emitter, listener]);
    await engine.ingest(message(1));
    await engine.settle();
    // Emitted twice with the same key: recorded and handled once, after its cause.
    expect(order).toEqual(['message 1', 'contribution.recorded feedback from emitter']);
    const ids = await store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'contribution.recorded')
      .execute();
    expect(ids.map((r) => r.id)).toEqual([`emitter:contribution.recorded:${message(1).id}`]);
  });

  it("refuses, at compile time and at run time, to emit another module's event", async () => {
    const intruder = defineModule({
      id: 'intruder',
      description: 'tries to speak for recognition',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          const payload = { userId: 'u', points: 1, reason: 'message', total: 1, sourceEventId: event.id };
          // @ts-expect-error -- recognition.* is the recognition module's namespace, not intruder's
          await ctx.emit('recognition.points_awarded', payload, { key: event.id, guildId: event.guildId });
        },
      },
    });
    const engine = engineWith([intruder]);
    await engine.ingest(message(1));
    await engine.settle();
    const failures = await store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
    expect(failures).toEqual([
      {
        module: 'intruder',
        error: 'module intruder may not emit recognition.points_awarded: only its own declared events and shared ones',
      },
    ]);
    expect(await store.db.selectFrom('event_log').select('type').execute()).toEqual([{ type: 'message.created' }]);
  });

  it('builds module state once per engine with setup, reached as ctx.state by every handler', async () => {
    let setups = 0;
    const counted = defineModule({
      id: 'counted',
      description: 'counts messages in its state',
      config: z.object({ step: z.number().default(2) }),
      setup: (base) => {
        setups += 1;
        return { seen: 0, step: base.config.step };
      },
      on: {
        'message.created': (_event, ctx) => {
          ctx.state.seen += ctx.state.step;
          return Promise.resolve();
        },
      },
      commands: [
        {
          definition: { name: 'seen', description: 'how many' },
          handle: (_i, ctx) => Promise.resolve({ content: `seen ${ctx.state.seen}` }),
        },
      ],
    });
    const engine = engineWith([counted], { counted: { step: 2 } });
    for (let n = 1; n <= 3; n += 1) await engine.ingest(message(n));
    // Interactions go ahead of queued messages: let the messages be handled first.
    await engine.settle();
    await engine.ingest(command('seen', '900000000000000021'));
    await engine.settle();
    expect(setups).toBe(1);
    expect(replies.map((r) => r.reply)).toEqual([{ content: 'seen 6' }]);
    // A second engine (a restart) builds fresh state.
    const again = engineWith([counted], { counted: { step: 2 } });
    await again.ingest(command('seen', '900000000000000022'));
    await again.settle();
    expect(setups).toBe(2);
    expect(replies.map((r) => r.reply)).toEqual([{ content: 'seen 6' }, { content: 'seen 0' }]);
  });

  it('runs each module start hook once per start, isolating a failing one', async () => {
    const started: string[] = [];
    const hook = (id: string, fail = false) =>
      defineModule({
        id,
        description: 'has a start hook',
        config: z.object({}).loose(),
        start: (_ctx, guildId) => {
          if (fail) return Promise.reject(new Error(`cannot start ${id}`));
          started.push(`${id}@${guildId}`);
          return Promise.resolve();
        },
      });
    const engine = engineWith([hook('broken_start', true), hook('fine')]);
    await engine.startModules(GUILD);
    expect(started).toEqual([`fine@${GUILD}`]);
    const failures = await store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
    expect(failures).toEqual([{ module: 'broken_start', error: 'cannot start broken_start' }]);
  });

  it('runs a due job with its module handler, parsing its payload once, and refuses unknown jobs', async () => {
    const ran: string[] = [];
    const remind = defineJob({
      name: 'remind',
      payload: z.object({ id: z.string() }),
      run: (payload, _ctx: unknown, job) => {
        ran.push(`${payload.id} ${job.key} #${job.attempt}`);
        return Promise.resolve();
      },
    });
    const jobs = defineModule({
      id: 'jobs',
      description: 'has a job',
      config: z.object({}).loose(),
      on: {
        'message.created': async (event, ctx) => {
          await ctx.schedule(remind, {
            key: `remind:${event.id}`,
            runAt: event.occurredAt + 1000,
            payload: { id: event.id },
          });
          // @ts-expect-error -- the payload does not match the job's schema
          await ctx.schedule(remind, { key: 'bad', runAt: 0, payload: { id: 7 } }).catch(() => undefined);
        },
      },
      jobs: [remind],
    });
    const engine = engineWith([jobs]);
    await engine.ingest(message(1));
    await engine.settle();
    expect(scheduled[0]).toEqual({
      module: 'jobs',
      job: { name: 'remind', key: `remind:${message(1).id}`, runAt: 2001, payload: { id: message(1).id } },
    });
    await engine.runJob({ module: 'jobs', name: 'remind', key: 'k', payload: { id: 'a' }, attempt: 2 });
    expect(ran).toEqual(['a k #2']);
    await expect(
      engine.runJob({ module: 'jobs', name: 'remind', key: 'k2', payload: { id: 3 }, attempt: 1 }),
    ).rejects.toThrow('job jobs.remind (k2) has an invalid payload');
    await expect(
      engine.runJob({ module: 'jobs', name: 'missing', key: 'k', payload: null, attempt: 1 }),
    ).rejects.toThrow('no job handler jobs.missing');
  });

  it("refuses to schedule a job that is not in the module's jobs list", async () => {
    const stray = defineJob({ name: 'stray', payload: z.object({}), run: () => Promise.resolve() });
    const failures: string[] = [];
    const jobs = defineModule({
      id: 'jobs',
      description: 'schedules a job it did not declare',
      config: z.object({}).loose(),
      on: {
        'message.created': async (_event, ctx) => {
          await ctx.schedule(stray, { key: 'k', runAt: 0, payload: {} }).catch((e: unknown) => {
            failures.push(String(e));
          });
        },
      },
    });
    const engine = engineWith([jobs]);
    await engine.ingest(message(1));
    await engine.settle();
    expect(failures).toEqual(['Error: module jobs has no job "stray" in its jobs list']);
    expect(scheduled).toEqual([]);
  });
});
