import { Writable } from 'node:stream';
import { Client } from 'discord.js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/Logger.js';
import type { ChannelSnapshot, RoleSnapshot } from '../Platform.js';
import { GuildSnapshotMirror } from './GuildSnapshotMirror.js';

const G = '849000000000000001';
const BOT = '849000000000000010';
const TEXT = '849000000000000101';
const ROLE = '849000000000000203';

const role = (id: string, position: number, extra: Record<string, unknown> = {}) => ({
  id,
  name: `role ${id}`,
  position,
  permissions: '0',
  ...extra,
});
const channel = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 0,
  name: `channel ${id}`,
  position: 1,
  guild_id: G,
  ...extra,
});
const guildCreate = (extra: Record<string, unknown> = {}) => ({
  id: G,
  name: 'Guild',
  owner_id: '849000000000000012',
  roles: [role(G, 0), role(ROLE, 3)],
  channels: [channel(TEXT)],
  members: [{ user: { id: BOT }, roles: [ROLE] }],
  member_count: 2,
  ...extra,
});
const ownChannel = (name: string): ChannelSnapshot => ({
  id: TEXT,
  name,
  kind: 'text',
  parentId: null,
  position: 1,
  topic: null,
  rateLimitPerUser: 0,
  nsfw: false,
  permissionOverwrites: [],
});
const ownRole = (name: string): RoleSnapshot => ({
  id: ROLE,
  name,
  color: 0,
  hoist: false,
  mentionable: false,
  permissions: '0',
  position: 3,
  managed: false,
});

describe('GuildSnapshotMirror', () => {
  const client = new Client({ intents: [] });
  let mirror: GuildSnapshotMirror;
  /** A raw dispatch, as discord.js emits it on `client.ws` (the event name is the gateway's `t`). */
  const emit = (name: string, data: unknown) => client.ws.emit(name, data, 0);
  const connect = (guild: unknown = guildCreate()) => {
    emit('READY', { user: { id: BOT } });
    emit('GUILD_CREATE', guild);
  };

  beforeEach(() => {
    mirror = new GuildSnapshotMirror(client, { guildId: G, log: silentLogger() });
    mirror.attach();
  });
  afterEach(() => {
    mirror.detach();
    client.ws.removeAllListeners();
  });

  it('knows the guild from GUILD_CREATE, parsed as the REST answers are', () => {
    expect(mirror.snapshot()).toBeNull();
    emit('READY', { user: { id: BOT } });
    emit('GUILD_CREATE', guildCreate({ id: '849000000000000999' }));
    expect(mirror.snapshot()).toBeNull();
    emit('GUILD_CREATE', guildCreate());
    expect(mirror.snapshot()).toEqual({
      id: G,
      name: 'Guild',
      ownerId: '849000000000000012',
      channels: [ownChannel(`channel ${TEXT}`)],
      roles: [
        { ...ownRole(`role ${G}`), id: G, position: 0 },
        { ...ownRole(`role ${ROLE}`), position: 3 },
      ],
      botHighestRolePosition: 3,
    });
  });

  it("has no snapshot when GUILD_CREATE lacks the bot's member, until it is updated", () => {
    connect(guildCreate({ members: [] }));
    expect(mirror.snapshot()).toBeNull();
    emit('GUILD_MEMBER_UPDATE', { guild_id: G, user: { id: BOT }, roles: [] });
    expect(mirror.snapshot()?.botHighestRolePosition).toBe(0);
  });

  it('forgets the guild on a new session (READY), GUILD_DELETE and detach, until the next GUILD_CREATE', () => {
    connect();
    emit('READY', { user: { id: BOT } });
    expect(mirror.snapshot()).toBeNull();
    emit('GUILD_CREATE', guildCreate());
    emit('GUILD_DELETE', { id: '849000000000000999', unavailable: true });
    expect(mirror.snapshot()).not.toBeNull();
    emit('GUILD_DELETE', { id: G, unavailable: true });
    expect(mirror.snapshot()).toBeNull();
    connect();
    mirror.detach();
    expect(mirror.snapshot()).toBeNull();
    emit('GUILD_CREATE', guildCreate());
    expect(mirror.snapshot()).toBeNull();
  });

  it('leaves out threads and channel types Guildhall does not manage, as Get Guild Channels does', () => {
    connect(guildCreate({ channels: [channel(TEXT), channel('849000000000000107', { type: 14 })] }));
    expect(mirror.snapshot()?.channels.map((c) => c.id)).toEqual([TEXT]);
    emit('CHANNEL_CREATE', channel('849000000000000300', { type: 11 }));
    emit('CHANNEL_UPDATE', channel(TEXT, { type: 14 }));
    expect(mirror.snapshot()?.channels).toEqual([]);
  });

  it('takes the roles of a GUILD_UPDATE that has them', () => {
    connect();
    emit('GUILD_UPDATE', { id: G, name: 'Renamed', owner_id: BOT, roles: [role(G, 0), role(ROLE, 1)] });
    expect(mirror.snapshot()).toMatchObject({ name: 'Renamed', ownerId: BOT, botHighestRolePosition: 1 });
  });

  it('logs an unreadable payload and forgets the guild until the next GUILD_CREATE', () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    mirror.detach();
    mirror = new GuildSnapshotMirror(client, { guildId: G, log });
    mirror.attach();
    connect();
    emit('GUILD_ROLE_UPDATE', { guild_id: G, role: { id: ROLE } });
    expect(mirror.snapshot()).toBeNull();
    expect(lines.join('')).toContain('unreadable gateway payload');
    emit('GUILD_CREATE', guildCreate());
    expect(mirror.snapshot()).not.toBeNull();
  });

  it('notes its own writes when no dispatch touched the object since the request was sent', () => {
    connect();
    const since = mirror.mark();
    emit('CHANNEL_UPDATE', channel('849000000000000102')); // another channel
    mirror.noteChannel(null, ownChannel('edited'), since);
    mirror.noteRoles(G, [ownRole('edited')], since);
    expect(mirror.snapshot()?.channels.find((c) => c.id === TEXT)?.name).toBe('edited');
    expect(mirror.snapshot()?.roles.find((r) => r.id === ROLE)?.name).toBe('edited');
  });

  it('keeps what the gateway said after the request was sent: it is at least as new', () => {
    connect();
    const since = mirror.mark();
    emit('CHANNEL_UPDATE', channel(TEXT, { name: 'newer' }));
    emit('GUILD_ROLE_UPDATE', { guild_id: G, role: role(ROLE, 3, { name: 'newer' }) });
    mirror.noteChannel(null, ownChannel('older'), since);
    mirror.noteRoles(G, [ownRole('older')], since);
    expect(mirror.snapshot()?.channels[0]?.name).toBe('newer');
    expect(mirror.snapshot()?.roles.find((r) => r.id === ROLE)?.name).toBe('newer');

    const beforeReconnect = mirror.mark();
    emit('GUILD_CREATE', guildCreate());
    mirror.noteChannel(null, ownChannel('older'), beforeReconnect);
    expect(mirror.snapshot()?.channels[0]?.name).toBe(`channel ${TEXT}`);
  });

  it('ignores writes to other guilds, edits of channels it does not know, and threads', () => {
    connect();
    const since = mirror.mark();
    const before = mirror.snapshot();
    mirror.noteChannel('849000000000000999', { ...ownChannel('x'), id: '849000000000000110' }, since);
    mirror.noteChannel(null, { ...ownChannel('x'), id: '849000000000000111' }, since);
    mirror.noteChannel(G, { ...ownChannel('x'), id: '849000000000000112', kind: 'thread' }, since);
    mirror.noteRoles('849000000000000999', [ownRole('x')], since);
    expect(mirror.snapshot()).toEqual(before);
    mirror.noteChannel(G, { ...ownChannel('new'), id: '849000000000000113' }, since);
    expect(mirror.snapshot()?.channels.map((c) => c.name)).toEqual([`channel ${TEXT}`, 'new']);
  });

  it('does not share objects with callers', () => {
    connect();
    const written = ownChannel('mine');
    mirror.noteChannel(null, written, mirror.mark());
    written.permissionOverwrites.push({ id: G, type: 'role', allow: '0', deny: '0' });
    const read = mirror.snapshot();
    read?.channels[0]?.permissionOverwrites.push({ id: G, type: 'role', allow: '0', deny: '0' });
    if (read?.roles[0] !== undefined) read.roles[0].name = 'changed';
    expect(mirror.snapshot()?.channels[0]?.permissionOverwrites).toEqual([]);
    expect(mirror.snapshot()?.roles[0]?.name).toBe(`role ${G}`);
  });
});
