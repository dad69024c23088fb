import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import type { DomainEvent } from '../../core/DomainEvent.js';
import { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../platform/sandbox/sandboxMigrations.js';
import { seedSandboxCommunity } from '../../platform/sandbox/seedSandboxCommunity.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { registerSandboxRoutes } from './registerSandboxRoutes.js';

describe(`sandbox API: tagged forum posts, thread state, message commands (${testDialect})`, () => {
  let store: TestStore | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await store?.destroy();
  });

  async function setUp() {
    store = await openTestStore([sandboxMigrationSet]);
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    const guild = await seedSandboxCommunity(sandbox, { name: 'API Guild' });
    await sandbox.registerCommands(guild.id, [
      { type: 'message', name: 'Mark as solution', description: 'Marks the answer' },
    ]);
    const help = guild.channels.find((c) => c.name === 'help');
    const tag = (name: string): string => help?.availableTags.find((t) => t.name === name)?.id ?? '';
    const members = await sandbox.listMembers();
    const user = (username: string): string => members.find((m) => m.username === username)?.userId ?? '';
    const handled: DomainEvent[] = [];
    const pending: DomainEvent[] = [];
    await sandbox.start((event) => Promise.resolve(void pending.push(event)));
    app = Fastify();
    await registerSandboxRoutes(app, {
      sandbox,
      settle: async () => {
        for (const event of pending.splice(0)) {
          handled.push(event);
          if (event.type === 'interaction.command' && event.payload.targetMessage !== undefined) {
            await sandbox.respondToInteraction(event.payload, {
              content: `Marked ${event.payload.targetMessage.messageId}`,
              ephemeral: true,
            });
          }
        }
      },
    });
    return { app, sandbox, help: help?.id ?? '', tag, user, handled };
  }

  it('posts in a forum with tags, reads the thread, and marks a message with a message command', async () => {
    const { app, help, tag, user, handled } = await setUp();
    expect(['Solved', 'Setup', 'Bots', 'Billing'].map(tag).every((id) => id !== '')).toBe(true);
    const posted = await app.inject({
      method: 'POST',
      url: `/api/sandbox/channels/${help}/threads`,
      payload: { userId: user('kenji'), name: 'Bot offline', content: 'It will not start', appliedTags: [tag('Bots')] },
    });
    expect(posted.statusCode).toBe(201);
    const threadId = posted.json<{ id: string }>().id;
    expect(handled.find((e) => e.type === 'thread.created')?.payload).toMatchObject({ appliedTags: [tag('Bots')] });

    const thread = await app.inject({ url: `/api/sandbox/threads/${threadId}` });
    expect(thread.statusCode).toBe(200);
    expect(thread.json()).toMatchObject({
      id: threadId,
      kind: 'thread',
      parentId: help,
      appliedTags: [tag('Bots')],
      archived: false,
      locked: false,
    });
    expect((await app.inject({ url: `/api/sandbox/threads/${help}` })).statusCode).toBe(404);

    const answer = await app.inject({
      method: 'POST',
      url: `/api/sandbox/channels/${threadId}/messages`,
      payload: { userId: user('sam'), content: 'Update to Node 20.' },
    });
    const answerId = answer.json<{ id: string }>().id;
    const marked = await app.inject({
      method: 'POST',
      url: '/api/sandbox/commands',
      payload: { userId: user('kenji'), channelId: threadId, name: 'Mark as solution', targetMessageId: answerId },
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({ reply: { content: `Marked ${answerId}` } });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/sandbox/commands',
      payload: { userId: user('kenji'), channelId: threadId, name: 'Mark as solution' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: string }>().error).toMatch(/message command/);

    const badTag = await app.inject({
      method: 'POST',
      url: `/api/sandbox/channels/${help}/threads`,
      payload: { userId: user('kenji'), name: 'Q', content: 'x', appliedTags: ['1'] },
    });
    expect(badTag.statusCode).toBe(422);
  });
});
