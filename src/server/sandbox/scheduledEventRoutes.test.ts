import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import type { DomainEvent } from '../../core/DomainEvent.js';
import { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../platform/sandbox/sandboxMigrations.js';
import type { ScheduledEventSnapshot } from '../../platform/Platform.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { registerSandboxRoutes } from './registerSandboxRoutes.js';

describe(`sandbox API: scheduled events (${testDialect})`, () => {
  let store: TestStore | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await store?.destroy();
  });

  async function setUp() {
    store = await openTestStore([sandboxMigrationSet]);
    const clock = new ManualClock();
    const sandbox = new SandboxPlatform({ store, clock });
    const guild = await sandbox.ensureGuild('API Guild');
    const lounge = await sandbox.createChannel(guild.id, { name: 'Lounge', kind: 'voice' });
    const ada = (await sandbox.addMember({ username: 'ada' })).userId;
    const handled: DomainEvent[] = [];
    const pending: DomainEvent[] = [];
    await sandbox.start((event) => Promise.resolve(void pending.push(event)));
    app = Fastify();
    await registerSandboxRoutes(app, {
      sandbox,
      settle: () => Promise.resolve(void handled.push(...pending.splice(0))),
    });
    const event = await sandbox.createScheduledEvent(
      guild.id,
      {
        name: 'Study hall',
        description: null,
        startAt: clock.now() + 3_600_000,
        endAt: null,
        entityType: 'voice',
        channelId: lounge.id,
        location: null,
        recurrence: null,
      },
      'test',
    );
    return { app, sandbox, guild, ada, event, handled, owner: guild.ownerId };
  }

  it('lists events, marks and unmarks interest, lists who is interested, answering after settle', async () => {
    const { app, ada, event, handled } = await setUp();
    const listed = await app.inject({ url: '/api/sandbox/scheduled-events' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json<ScheduledEventSnapshot[]>().map((e) => [e.id, e.userCount])).toEqual([[event.id, 0]]);
    const marked = await app.inject({
      method: 'POST',
      url: `/api/sandbox/scheduled-events/${event.id}/interest`,
      payload: { userId: ada, interested: true },
    });
    expect(marked.json()).toMatchObject({ id: event.id, userCount: 1 });
    expect(handled.map((e) => e.type)).toEqual(['scheduled_event.created', 'scheduled_event.user_added']);
    const users = await app.inject({ url: `/api/sandbox/scheduled-events/${event.id}/users` });
    expect(users.json()).toEqual({ userIds: [ada] });
    const unmarked = await app.inject({
      method: 'POST',
      url: `/api/sandbox/scheduled-events/${event.id}/interest`,
      payload: { userId: ada, interested: false },
    });
    expect(unmarked.json()).toMatchObject({ userCount: 0 });
    expect(handled.at(-1)?.type).toBe('scheduled_event.user_removed');
  });

  it('staff start and end an event; a member without Manage Events gets 422; unknown ids 404; bad bodies 400', async () => {
    const { app, ada, owner, event, handled } = await setUp();
    const status = (userId: string, value: string, id = event.id) =>
      app.inject({
        method: 'POST',
        url: `/api/sandbox/scheduled-events/${id}/status`,
        payload: { userId, status: value },
      });
    expect((await status(ada, 'active')).statusCode).toBe(422);
    expect((await status(owner, 'active')).json()).toMatchObject({ status: 'active' });
    expect((await status(owner, 'completed')).json()).toMatchObject({ status: 'completed' });
    expect((await status(owner, 'scheduled')).statusCode).toBe(400);
    expect((await status(owner, 'active', '849000000000000999')).statusCode).toBe(404);
    expect(handled.filter((e) => e.type === 'scheduled_event.updated').map((e) => e.payload)).toMatchObject([
      { status: 'active' },
      { status: 'completed' },
    ]);
    const listed = await app.inject({ url: '/api/sandbox/scheduled-events' });
    expect(listed.json()).toEqual([]);
  });
});
