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
  userLimit: 0,
  bitrate: 0,
  availableTags: [],
  defaultSortOrder: null,
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
      verificationLevel: 'none',
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

  it("keeps the verification level from GUILD_CREATE and GUILD_UPDATE, and Guildhall's own change unless a GUILD_UPDATE came since", () => {
    connect(guildCreate({ verification_level: 1 }));
    expect(mirror.snapshot()?.verificationLevel).toBe('low');
    emit('GUILD_UPDATE', { id: G, name: 'Guild', owner_id: BOT, verification_level: 2 });
    expect(mirror.snapshot()?.verificationLevel).toBe('medium');
    let since = mirror.mark();
    mirror.noteVerificationLevel(G, 'high', since);
    expect(mirror.snapshot()?.verificationLevel).toBe('high');
    since = mirror.mark();
    emit('GUILD_UPDATE', { id: G, name: 'Guild', owner_id: BOT, verification_level: 4 });
    mirror.noteVerificationLevel(G, 'high', since);
    expect(mirror.snapshot()?.verificationLevel).toBe('very_high');
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

  it('notes a deleted channel at once, and a deleted category leaves its channels without parent', () => {
    const CATEGORY = '849000000000000100';
    const VOICE = '849000000000000103';
    connect(
      guildCreate({
        channels: [
          channel(CATEGORY, { type: 4 }),
          channel(TEXT, { parent_id: CATEGORY }),
          channel(VOICE, { type: 2, parent_id: CATEGORY, bitrate: 96_000, user_limit: 5 }),
        ],
      }),
    );
    const since = mirror.mark();
    emit('CHANNEL_UPDATE', channel(TEXT, { parent_id: CATEGORY, name: 'touched' }));
    mirror.noteChannelDeleted(CATEGORY);
    expect(mirror.snapshot()?.channels.map((c) => [c.id, c.name, c.parentId])).toEqual([
      [TEXT, 'touched', null],
      [VOICE, `channel ${VOICE}`, null],
    ]);
    expect(mirror.snapshot()?.channels[1]).toMatchObject({ kind: 'voice', bitrate: 96_000, userLimit: 5 });
    // An edit answered after the delete does not bring the channel back.
    mirror.noteChannel(null, { ...ownChannel('x'), id: CATEGORY, kind: 'category' }, since);
    mirror.noteChannelDeleted('849000000000000999');
    expect(mirror.snapshot()?.channels).toHaveLength(2);
  });

  it("orphans a deleted category's channels even when CHANNEL_DELETE arrived before the answer", () => {
    const CATEGORY = '849000000000000100';
    connect(guildCreate({ channels: [channel(CATEGORY, { type: 4 }), channel(TEXT, { parent_id: CATEGORY })] }));
    emit('CHANNEL_DELETE', channel(CATEGORY, { type: 4 }));
    mirror.noteChannelDeleted(CATEGORY);
    expect(mirror.snapshot()?.channels.map((c) => [c.id, c.parentId])).toEqual([[TEXT, null]]);
  });

  it('notes a bulk channel move for channels no dispatch touched; lock copies overwrites on a category change', () => {
    const A = '849000000000000100';
    const B = '849000000000000108';
    const OTHER = '849000000000000102';
    const overwrite = { id: G, type: 0, allow: '0', deny: '1024' };
    connect(
      guildCreate({
        channels: [
          channel(A, { type: 4, permission_overwrites: [overwrite] }),
          channel(B, { type: 4 }),
          channel(TEXT, { parent_id: A }),
          channel(OTHER, { parent_id: B }),
        ],
      }),
    );
    const since = mirror.mark();
    emit('CHANNEL_UPDATE', channel(OTHER, { parent_id: B, position: 9 }));
    mirror.noteChannelPositions(
      G,
      [
        { id: B, position: 0 },
        { id: TEXT, position: 4, parentId: B, lockPermissions: true },
        { id: OTHER, position: 1, parentId: A, lockPermissions: true },
      ],
      since,
    );
    const channels = mirror.snapshot()?.channels ?? [];
    expect(channels.map((c) => [c.id, c.position, c.parentId, c.permissionOverwrites.length])).toEqual([
      [A, 1, null, 1],
      [B, 0, null, 0],
      [TEXT, 4, B, 0],
      [OTHER, 9, B, 0],
    ]);
    // Locking into the category it is already in changes nothing (Discord syncs on a move only).
    mirror.noteChannelPositions(G, [{ id: OTHER, position: 2, parentId: B, lockPermissions: true }], mirror.mark());
    mirror.noteChannelPositions(G, [{ id: TEXT, position: 5, parentId: A, lockPermissions: true }], mirror.mark());
    expect(mirror.snapshot()?.channels.map((c) => [c.position, c.permissionOverwrites])).toEqual([
      [1, [{ id: G, type: 'role', allow: '0', deny: '1024' }]],
      [0, []],
      [5, [{ id: G, type: 'role', allow: '0', deny: '1024' }]],
      [2, []],
    ]);
    mirror.noteChannelPositions('849000000000000999', [{ id: TEXT, position: 0 }], mirror.mark());
    expect(mirror.snapshot()?.channels[2]?.position).toBe(5);
  });

  it('notes a deleted role of its guild', () => {
    connect(guildCreate({ roles: [role(G, 0), role('849000000000000201', 1), role(ROLE, 3)] }));
    mirror.noteRoleDeleted('849000000000000999', '849000000000000201');
    expect(mirror.snapshot()?.roles).toHaveLength(3);
    mirror.noteRoleDeleted(G, '849000000000000201');
    expect(mirror.snapshot()?.roles.map((r) => r.id)).toEqual([G, ROLE]);
  });

  it('does not share objects with callers', () => {
    connect();
    const written = ownChannel('mine');
    mirror.noteChannel(null, written, mirror.mark());
    written.permissionOverwrites.push({ id: G, type: 'role', allow: '0', deny: '0' });
    written.availableTags.push({ name: 'x', moderated: false, emoji: null });
    const read = mirror.snapshot();
    read?.channels[0]?.permissionOverwrites.push({ id: G, type: 'role', allow: '0', deny: '0' });
    if (read?.roles[0] !== undefined) read.roles[0].name = 'changed';
    expect(mirror.snapshot()?.channels[0]?.permissionOverwrites).toEqual([]);
    expect(mirror.snapshot()?.channels[0]?.availableTags).toEqual([]);
    expect(mirror.snapshot()?.roles[0]?.name).toBe(`role ${G}`);
  });
});
