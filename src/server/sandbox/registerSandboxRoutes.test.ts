import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import type { DomainEvent } from '../../core/DomainEvent.js';
import { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../platform/sandbox/sandboxMigrations.js';
import { seedSandboxCommunity } from '../../platform/sandbox/seedSandboxCommunity.js';
import type { GuildSnapshot, SlashCommandDefinition } from '../../platform/Platform.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { registerSandboxRoutes } from './registerSandboxRoutes.js';

/** A seeded sandbox behind the API, and a stand-in engine that handles events only in settle(). */
interface Harness {
  app: FastifyInstance;
  sandbox: SandboxPlatform;
  guild: GuildSnapshot;
  handled: DomainEvent[];
  settleCalls: () => number;
  channel(name: string): string;
  user(username: string): Promise<string>;
}

/** A command with subcommands whose answer carries a file and a button. */
const DATA_COMMAND: SlashCommandDefinition = {
  name: 'data',
  description: 'Your data',
  options: [{ type: 'subcommand', name: 'export', description: 'As a file' }],
};

async function harness(store: TestStore): Promise<Harness> {
  const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
  const guild = await seedSandboxCommunity(sandbox, { name: 'API Guild' });
  const memberRole = guild.roles.find((r) => r.name === 'Member')?.id ?? '';
  const channel = (name: string): string => guild.channels.find((c) => c.name === name)?.id ?? '';
  await sandbox.registerCommands(guild.id, [
    {
      name: 'ping',
      description: 'Answers pong',
      options: [{ name: 'times', description: 'How often', type: 'integer' }],
      defaultMemberPermissions: ['ManageGuild'],
    },
    DATA_COMMAND,
  ]);
  const pending: DomainEvent[] = [];
  const handled: DomainEvent[] = [];
  let calls = 0;
  const handle = async (event: DomainEvent): Promise<void> => {
    if (event.type === 'member.joined' && !event.payload.bot) {
      await sandbox.addRole(guild.id, event.payload.userId, memberRole, 'onboarding');
      await sandbox.sendDirectMessage(guild.id, event.payload.userId, { content: 'Welcome!' }, channel('welcome'));
    }
    if (event.type === 'message.created' && event.payload.content.includes('spam')) {
      await sandbox.deleteMessage(event.payload.channelId, event.payload.messageId, 'automod');
    }
    if (event.type === 'interaction.command' && event.payload.commandName === 'data') {
      await sandbox.respondToInteraction(event.payload, {
        content: `Your data (${event.payload.subcommand ?? ''})`,
        ephemeral: true,
        files: [{ name: 'data é.json', data: '{"points":3}', contentType: 'application/json' }],
        components: [{ components: [{ kind: 'button', customId: 'data:confirm', label: 'OK', style: 'primary' }] }],
      });
      return;
    }
    if (
      event.type === 'interaction.command' ||
      event.type === 'interaction.button' ||
      event.type === 'interaction.select'
    ) {
      const what =
        event.type === 'interaction.command'
          ? `pong x${String(event.payload.options.times ?? 1)}`
          : `clicked ${event.payload.customId}`;
      await sandbox.respondToInteraction(event.payload, { content: what, ephemeral: true });
    }
  };
  await sandbox.start((event) => Promise.resolve(void pending.push(event)));
  const settle = async (): Promise<void> => {
    calls += 1;
    // Handling takes a while: a route that did not await settle would answer before it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (let event = pending.shift(); event !== undefined; event = pending.shift()) {
      handled.push(event);
      await handle(event);
    }
  };
  const app = Fastify();
  await app.register(registerSandboxRoutes, { prefix: '/api/sandbox', sandbox, settle });
  const user = async (username: string): Promise<string> =>
    (await sandbox.listMembers()).find((m) => m.username === username)?.userId ?? '';
  return { app, sandbox, guild, handled, settleCalls: () => calls, channel, user };
}

describe(`sandbox HTTP API (${testDialect})`, () => {
  let store: TestStore | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await store?.destroy();
  });
  async function setUp(): Promise<Harness> {
    store = await openTestStore([sandboxMigrationSet]);
    const h = await harness(store);
    app = h.app;
    return h;
  }

  it('reads the guild, channels, roles, members, one member, commands and bans without settling', async () => {
    const h = await setUp();
    const get = async (url: string): Promise<unknown> => (await h.app.inject({ url: `/api/sandbox/${url}` })).json();
    expect(await get('guild')).toEqual(h.guild);
    expect((await get('channels')) as unknown[]).toHaveLength(h.guild.channels.length + 1);
    expect(await get('roles')).toEqual(h.guild.roles);
    expect(((await get('members')) as { username: string }[]).map((m) => m.username)).toContain('noor');
    const tomas = await h.user('tomas');
    expect(await get(`members/${tomas}`)).toMatchObject({
      userId: tomas,
      dmsOpen: false,
      timeoutUntil: null,
      roles: [expect.any(String)],
    });
    expect(await get('commands')).toEqual([
      {
        name: 'ping',
        description: 'Answers pong',
        options: [{ name: 'times', description: 'How often', type: 'integer' }],
        defaultMemberPermissions: ['ManageGuild'],
      },
      DATA_COMMAND,
    ]);
    expect(await get('bans')).toEqual([]);
    expect(await get('audit-log?limit=5')).toEqual([]);
    expect(h.settleCalls()).toBe(0);
  });

  it('POST members answers after settle, showing the role and DM the modules gave', async () => {
    const h = await setUp();
    const response = await h.app.inject({ method: 'POST', url: '/api/sandbox/members', payload: { username: 'zoe' } });
    expect(response.statusCode).toBe(201);
    const member = response.json<{ userId: string; roles: string[] }>();
    expect(member.roles).toEqual([h.guild.roles.find((r) => r.name === 'Member')?.id]);
    expect(h.settleCalls()).toBe(1);
    expect(h.handled.map((e) => e.type)).toEqual(['member.joined', 'member.updated']);
    expect((await h.app.inject({ url: '/api/sandbox/audit-log' })).json()).toMatchObject([
      { action: 'member_role_add', targetId: member.userId, reason: 'onboarding' },
    ]);
    const dms = await h.app.inject({ url: `/api/sandbox/members/${member.userId}/dms` });
    expect(dms.json()).toMatchObject([{ content: 'Welcome!' }]);
  });

  it('refuses bad input with 400 and issues, changing nothing and not settling', async () => {
    const h = await setUp();
    const before = (await h.sandbox.listMembers()).length;
    const cases = [
      { method: 'POST' as const, url: '/api/sandbox/members', payload: { username: 'Not Valid!' } },
      { method: 'POST' as const, url: '/api/sandbox/members', payload: { username: 'zoe', userId: '1' } },
      { method: 'POST' as const, url: '/api/sandbox/members', payload: { username: 'zoe', admin: true } },
      {
        method: 'POST' as const,
        url: `/api/sandbox/channels/${h.channel('general')}/messages`,
        payload: { content: 'no author' },
      },
      { method: 'POST' as const, url: '/api/sandbox/voice', payload: { userId: '1' } },
      {
        method: 'POST' as const,
        url: '/api/sandbox/commands',
        payload: { userId: '1', channelId: '2', name: 'ping', options: { times: [1] } },
      },
      { method: 'GET' as const, url: `/api/sandbox/channels/${h.channel('general')}/messages?limit=1000` },
    ];
    for (const request of cases) {
      const response = await h.app.inject(request);
      expect(response.statusCode, request.url).toBe(400);
      const body = response.json<{ error: string; issues: { path: string; message: string }[] }>();
      expect(body.error).toMatch(/^invalid (body|query)/);
      expect(body.issues.length).toBeGreaterThan(0);
    }
    const invalidJson = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/members',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(invalidJson.statusCode).toBe(400);
    expect(invalidJson.json<{ error: string }>().error).toEqual(expect.any(String));
    expect((await h.sandbox.listMembers()).length).toBe(before);
    expect(h.settleCalls()).toBe(0);
  });

  it('answers unknown ids with 404 and Discord rule breaks with 422', async () => {
    const h = await setUp();
    const sam = await h.user('sam');
    const expectStatus = async (status: number, request: InjectOptions, error: RegExp): Promise<void> => {
      const response = await h.app.inject(request);
      expect(response.statusCode).toBe(status);
      expect(response.json<{ error: string }>().error).toMatch(error);
    };
    await expectStatus(404, { url: '/api/sandbox/members/123' }, /Unknown Member: 123/);
    await expectStatus(404, { url: '/api/sandbox/members/123/dms' }, /Unknown User/);
    await expectStatus(404, { url: '/api/sandbox/channels/123/messages' }, /Unknown Channel/);
    await expectStatus(404, { method: 'DELETE', url: '/api/sandbox/members/123' }, /Unknown Member/);
    await expectStatus(
      404,
      { method: 'POST', url: '/api/sandbox/channels/123/messages', payload: { userId: sam, content: 'hi' } },
      /Unknown Channel/,
    );
    await expectStatus(422, { method: 'POST', url: '/api/sandbox/members', payload: { username: 'sam' } }, /taken/);
    await expectStatus(
      422,
      {
        method: 'POST',
        url: `/api/sandbox/channels/${h.channel('general')}/messages`,
        payload: { userId: sam, content: 'x'.repeat(2001) },
      },
      /2000/,
    );
    await expectStatus(
      422,
      {
        method: 'POST',
        url: `/api/sandbox/channels/${h.channel('rules')}/messages`,
        payload: { userId: sam, content: 'hi' },
      },
      /Missing Permissions/,
    );
    await expectStatus(422, { method: 'DELETE', url: `/api/sandbox/members/${h.guild.ownerId}` }, /owner/);
    await expectStatus(
      400,
      {
        method: 'POST',
        url: '/api/sandbox/commands',
        payload: { userId: sam, channelId: h.channel('general'), name: 'nope', options: {} },
      },
      /unknown command \/nope/,
    );
    expect(h.settleCalls()).toBe(0);
  });

  it('posts, edits, reacts and deletes messages as members; a module deleting a post shows as deleted', async () => {
    const h = await setUp();
    const sam = await h.user('sam');
    const url = `/api/sandbox/channels/${h.channel('general')}/messages`;
    const posted = await h.app.inject({ method: 'POST', url, payload: { userId: sam, content: 'hello' } });
    expect(posted.statusCode).toBe(201);
    const message = posted.json<{ id: string; deleted: boolean; authorId: string }>();
    expect(message).toMatchObject({ authorId: sam, deleted: false });
    const spam = await h.app.inject({ method: 'POST', url, payload: { userId: sam, content: 'buy spam now' } });
    expect(spam.json()).toMatchObject({ content: 'buy spam now', deleted: true });
    const edited = await h.app.inject({
      method: 'PATCH',
      url: `${url}/${message.id}`,
      payload: { content: 'hello there' },
    });
    expect(edited.json()).toMatchObject({ content: 'hello there', editedAt: expect.any(Number) as number });
    const reacted = await h.app.inject({
      method: 'POST',
      url: `${url}/${message.id}/reactions`,
      payload: { userId: sam, emoji: '👋' },
    });
    expect(reacted.json()).toMatchObject({ reactions: [{ emoji: { name: '👋' }, count: 1 }] });
    const unreacted = await h.app.inject({
      method: 'DELETE',
      url: `${url}/${message.id}/reactions?userId=${sam}&emoji=${encodeURIComponent('👋')}`,
    });
    expect(unreacted.json()).toMatchObject({ reactions: [] });
    expect((await h.app.inject({ method: 'DELETE', url: `${url}/${message.id}` })).statusCode).toBe(204);
    const history = await h.app.inject({ url: `${url}?limit=10` });
    expect(history.json<{ content: string }[]>().map((m) => m.content)).not.toContain('hello there');
    expect(h.settleCalls()).toBe(6);
    expect(h.handled.map((e) => e.type)).toEqual([
      'message.created',
      'message.created',
      'message.edited',
      'reaction.added',
      'reaction.removed',
      'message.deleted',
    ]);
  });

  it("runs a command and a component and answers with the module's reply", async () => {
    const h = await setUp();
    const sam = await h.user('sam');
    const general = h.channel('general');
    const command = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/commands',
      payload: { userId: sam, channelId: general, name: 'ping', options: { times: 2 } },
    });
    expect(command.statusCode).toBe(200);
    expect(command.json()).toEqual({
      interactionId: expect.any(String) as string,
      reply: { content: 'pong x2', ephemeral: true },
      modal: null,
      thinking: false,
    });
    const sent = await h.sandbox.sendMessage(general, {
      content: 'Rules?',
      components: [{ components: [{ kind: 'button', customId: 'accept', label: 'OK', style: 'primary' }] }],
    });
    const click = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/components',
      payload: { userId: sam, channelId: general, messageId: sent.id, customId: 'accept' },
    });
    expect(click.json()).toMatchObject({ reply: { content: 'clicked accept' } });
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/components',
      payload: { userId: sam, channelId: general, messageId: sent.id, customId: 'accept', values: ['x'] },
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('runs a subcommand, shows the files of the answer for download, and presses a button on the ephemeral answer', async () => {
    const h = await setUp();
    const [sam, noor] = [await h.user('sam'), await h.user('noor')];
    const general = h.channel('general');
    const command = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/commands',
      payload: { userId: sam, channelId: general, name: 'data', subcommand: 'export' },
    });
    expect(command.statusCode).toBe(200);
    const { interactionId, reply } = command.json<{
      interactionId: string;
      reply: { content: string; attachments: { id: string; url: string }[] };
    }>();
    const attachmentId = reply.attachments[0]?.id ?? '';
    const url = `/api/sandbox/interactions/${interactionId}/attachments/${attachmentId}`;
    expect(reply).toMatchObject({
      content: 'Your data (export)',
      attachments: [{ id: attachmentId, name: 'data é.json', size: 12, contentType: 'application/json', url }],
    });
    const read = await h.app.inject({ url: `/api/sandbox/interactions/${interactionId}` });
    expect(read.json()).toMatchObject({
      interactionId,
      kind: 'command',
      name: 'data export',
      userId: sam,
      reply: { attachments: [{ url }] },
      modal: null,
    });
    const file = await h.app.inject({ url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/json');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="data _.json"; filename*=UTF-8''data%20%C3%A9.json`,
    );
    expect(file.body).toBe('{"points":3}');
    expect((await h.app.inject({ url: `/api/sandbox/interactions/${interactionId}/attachments/1` })).statusCode).toBe(
      404,
    );
    expect((await h.app.inject({ url: '/api/sandbox/interactions/1' })).statusCode).toBe(404);
    const noSub = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/commands',
      payload: { userId: sam, channelId: general, name: 'data' },
    });
    expect(noSub.statusCode).toBe(400);
    expect(noSub.json()).toEqual({ error: '/data: choose a subcommand (export)' });

    const press = (userId: string, customId: string) =>
      h.app.inject({
        method: 'POST',
        url: `/api/sandbox/interactions/${interactionId}/components`,
        payload: { userId, customId },
      });
    const pressed = await press(sam, 'data:confirm');
    expect(pressed.statusCode).toBe(200);
    expect(pressed.json()).toMatchObject({ reply: { content: 'clicked data:confirm' } });
    expect(h.handled.at(-1)).toMatchObject({
      type: 'interaction.button',
      payload: { userId: sam, customId: 'data:confirm' },
    });
    expect((await press(noor, 'data:confirm')).statusCode).toBe(400);
    expect((await press(sam, 'data:other')).statusCode).toBe(400);
  });

  it('voice, threads, invites, DM setting and leaving go through the API', async () => {
    const h = await setUp();
    const sam = await h.user('sam');
    const lounge = h.channel('Lounge');
    const joined = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/voice',
      payload: { userId: sam, channelId: lounge, muted: true },
    });
    expect(joined.json()).toMatchObject({ voice: { channelId: lounge, muted: true } });
    const left = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/voice',
      payload: { userId: sam, channelId: null },
    });
    expect(left.json()).toEqual({ voice: null });
    const post = await h.app.inject({
      method: 'POST',
      url: `/api/sandbox/channels/${h.channel('help')}/threads`,
      payload: { userId: sam, name: 'Stuck', content: 'Help?' },
    });
    expect(post.statusCode).toBe(201);
    expect(post.json()).toMatchObject({ kind: 'thread', name: 'Stuck' });
    const invite = await h.app.inject({
      method: 'POST',
      url: '/api/sandbox/invites',
      payload: { userId: sam, channelId: h.channel('welcome'), maxUses: 5 },
    });
    expect(invite.statusCode).toBe(201);
    expect((await h.app.inject({ url: '/api/sandbox/invites' })).json()).toMatchObject([
      { maxUses: 5, inviterId: sam },
    ]);
    const closed = await h.app.inject({
      method: 'PATCH',
      url: `/api/sandbox/members/${sam}`,
      payload: { dmsOpen: false },
    });
    expect(closed.json()).toMatchObject({ dmsOpen: false });
    expect((await h.app.inject({ method: 'DELETE', url: `/api/sandbox/members/${sam}` })).statusCode).toBe(204);
    expect((await h.app.inject({ url: `/api/sandbox/members/${sam}` })).statusCode).toBe(404);
    await h.sandbox.banMember(h.guild.id, sam, { reason: 'left angry' });
    expect((await h.app.inject({ url: '/api/sandbox/bans' })).json()).toMatchObject([
      { userId: sam, username: 'sam', reason: 'left angry' },
    ]);
    expect(h.handled.map((e) => e.type)).toEqual([
      'voice.joined',
      'voice.left',
      'thread.created',
      'message.created',
      'invite.created',
      'member.left',
    ]);
  });

  it('also works called directly on the root app, scoping its error handler to its routes', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    await sandbox.ensureGuild('Direct');
    app = Fastify();
    await registerSandboxRoutes(app, { sandbox, settle: () => Promise.resolve() });
    app.get('/other', () => {
      throw new Error('not ours');
    });
    expect((await app.inject({ url: '/api/sandbox/guild' })).json()).toMatchObject({ name: 'Direct' });
    const other = await app.inject({ url: '/other' });
    expect(other.statusCode).toBe(500);
    expect(other.json<{ message: string }>().message).toBe('not ours');
  });
});
