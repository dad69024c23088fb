// Manual UI development only: serves web/dist, the real dashboard routes and a fake sandbox
// API backed by plain arrays. Not used by any test. Run: npx tsx test/e2e/stubServer.ts 5174
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { registerDashboardRoutes } from '../../src/server/dashboard/registerDashboardRoutes.js';
import type { GuildSnapshot } from '../../src/platform/Platform.js';
import type { SandboxDirectMessage, SandboxMember, SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { openTestStore } from '../testStore.js';

const port = Number(process.argv[2] ?? 5174);
const GUILD = '900000000000000001';
const BOT = '900000000000000099';
let nextId = 900000000000001000n;
const id = (): string => String(nextId++);
const channel = (name: string, kind: 'category' | 'text', parentId: string | null, position: number) => ({
  id: id(),
  name,
  kind,
  parentId,
  position,
  topic: null,
  rateLimitPerUser: 0,
  nsfw: false,
  permissionOverwrites: [],
});
const start = channel('Start here', 'category', null, 0);
const talk = channel('Community', 'category', null, 1);
const guild: GuildSnapshot = {
  id: GUILD,
  name: 'Stub Guild',
  ownerId: BOT,
  botHighestRolePosition: 10,
  channels: [
    start,
    talk,
    channel('welcome', 'text', start.id, 0),
    channel('rules', 'text', start.id, 1),
    channel('general', 'text', talk.id, 2),
    channel('introductions', 'text', talk.id, 3),
  ],
  roles: [
    {
      id: GUILD,
      name: '@everyone',
      color: 0,
      hoist: false,
      mentionable: false,
      permissions: '0',
      position: 0,
      managed: false,
    },
    {
      id: id(),
      name: 'New Member',
      color: 0x57f287,
      hoist: false,
      mentionable: false,
      permissions: '0',
      position: 1,
      managed: false,
    },
    {
      id: id(),
      name: 'Moderator',
      color: 0xed4245,
      hoist: true,
      mentionable: true,
      permissions: '0',
      position: 2,
      managed: false,
    },
  ],
};
const channelByName = (name: string) => guild.channels.find((c) => c.name === name)!;
const members: SandboxMember[] = [
  {
    userId: BOT,
    username: 'guildhall',
    displayName: 'Guildhall',
    bot: true,
    roles: [],
    joinedAt: Date.now(),
    timeoutUntil: null,
    dmsOpen: false,
    accountCreatedAt: 0,
    voice: null,
  },
];
const messages: SandboxMessage[] = [];
const dms: SandboxDirectMessage[] = [];
const store = await openTestStore();
await store.db.schema
  .createTable('recognition_members')
  .addColumn('guild_id', 'text')
  .addColumn('user_id', 'text')
  .addColumn('points', 'integer')
  .addColumn('messages', 'integer')
  .addColumn('last_message_award_at', 'bigint')
  .addColumn('updated_at', 'bigint')
  .execute();
const rec = store.db.withTables<{
  recognition_members: {
    guild_id: string;
    user_id: string;
    points: number;
    messages: number;
    last_message_award_at: number | null;
    updated_at: number;
  };
}>();

async function record(type: string, payload: object): Promise<void> {
  const now = Date.now();
  await store.db
    .insertInto('event_log')
    .values({
      id: id(),
      guild_id: GUILD,
      type,
      source: 'sandbox',
      occurred_at: now,
      recorded_at: now,
      payload: JSON.stringify(payload),
      handled_at: now,
    })
    .execute();
}
function post(channelId: string, authorId: string, content: string): SandboxMessage {
  const author = members.find((m) => m.userId === authorId)!;
  const message: SandboxMessage = {
    id: id(),
    channelId,
    authorId,
    authorUsername: author.username,
    authorBot: author.bot,
    content,
    embeds: [],
    components: [],
    replyTo: null,
    createdAt: Date.now(),
    editedAt: null,
    reactions: [],
  };
  messages.push(message);
  return message;
}

const app = Fastify();
await app.register(fastifyStatic, { root: fileURLToPath(new URL('../../web/dist', import.meta.url)) });
registerDashboardRoutes(app, {
  store,
  community: { version: 1, community: { name: 'Stub Community', guildId: GUILD } },
  platformKind: 'sandbox',
  guildId: GUILD,
  now: () => Date.now(),
  fetchGuild: () => Promise.resolve(guild),
});
app.get('/api/sandbox/guild', () => guild);
app.get('/api/sandbox/channels', () => guild.channels);
app.get('/api/sandbox/roles', () => guild.roles);
app.get('/api/sandbox/members', () => members);
app.get<{ Params: { userId: string } }>('/api/sandbox/members/:userId/dms', (req) =>
  dms.filter((d) => d.userId === req.params.userId),
);
app.get<{ Params: { channelId: string } }>('/api/sandbox/channels/:channelId/messages', (req) =>
  messages.filter((m) => m.channelId === req.params.channelId),
);
app.post<{ Body: { username: string } }>('/api/sandbox/members', async (req) => {
  const member: SandboxMember = {
    userId: id(),
    username: req.body.username,
    displayName: req.body.username,
    bot: false,
    roles: [guild.roles[1]!.id],
    joinedAt: Date.now(),
    timeoutUntil: null,
    dmsOpen: true,
    accountCreatedAt: 0,
    voice: null,
  };
  members.push(member);
  await record('member.joined', { ...member, roles: [] });
  post(
    channelByName('welcome').id,
    BOT,
    `Welcome to Stub Community, <@${member.userId}>! Say hello and tell us what brings you here.`,
  );
  dms.push({
    id: id(),
    userId: member.userId,
    content: 'Glad you are here! Start in <#' + channelByName('general').id + '>.',
    embeds: [],
    components: [],
    createdAt: Date.now(),
  });
  await record('onboarding.member_welcomed', {
    userId: member.userId,
    channelId: channelByName('welcome').id,
    roleId: guild.roles[1]!.id,
  });
  return member;
});
app.post<{ Params: { channelId: string }; Body: { userId: string; content: string } }>(
  '/api/sandbox/channels/:channelId/messages',
  async (req) => {
    const message = post(req.params.channelId, req.body.userId, req.body.content);
    await record('message.created', {
      messageId: message.id,
      channelId: message.channelId,
      authorId: message.authorId,
      authorBot: false,
      content: message.content,
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: 0,
    });
    const row = await rec
      .selectFrom('recognition_members')
      .selectAll()
      .where('user_id', '=', req.body.userId)
      .executeTakeFirst();
    const total = (row?.points ?? 0) + 1;
    if (row === undefined)
      await rec
        .insertInto('recognition_members')
        .values({
          guild_id: GUILD,
          user_id: req.body.userId,
          points: 1,
          messages: 1,
          last_message_award_at: null,
          updated_at: 0,
        })
        .execute();
    else
      await rec
        .updateTable('recognition_members')
        .set({ points: total, messages: row.messages + 1 })
        .where('user_id', '=', req.body.userId)
        .execute();
    await record('recognition.points_awarded', {
      userId: req.body.userId,
      points: 1,
      reason: 'message',
      total,
      sourceEventId: message.id,
    });
    return message;
  },
);
app.post<{ Body: { userId: string; channelId: string; name: string } }>('/api/sandbox/commands', async (req) => {
  await record('interaction.command', {
    interactionId: id(),
    token: 't',
    userId: req.body.userId,
    channelId: req.body.channelId,
    memberRoles: [],
    commandName: req.body.name,
    options: {},
  });
  const row = await rec
    .selectFrom('recognition_members')
    .selectAll()
    .where('user_id', '=', req.body.userId)
    .executeTakeFirst();
  const points = row?.points ?? 0;
  return {
    reply: { content: `You have ${points} ${points === 1 ? 'point' : 'points'}: rank #1 of 1.`, ephemeral: true },
  };
});
console.log(await app.listen({ port, host: '127.0.0.1' }));
