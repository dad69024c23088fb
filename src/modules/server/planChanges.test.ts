import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ChannelSnapshot, GuildSnapshot, RoleSnapshot } from '../../platform/Platform.js';
import { PERMISSION_FLAGS } from '../../platform/permissionFlags.js';
import { formatPlan } from './formatPlan.js';
import { planChanges } from './planChanges.js';
import { ServerConfig } from './ServerConfig.js';

const GUILD = '100';
const BOT_ROLE = '190';

function role(id: string, name: string, position: number, extra: Partial<RoleSnapshot> = {}): RoleSnapshot {
  return { id, name, position, color: 0, hoist: false, mentionable: false, permissions: '0', managed: false, ...extra };
}

function channel(
  id: string,
  name: string,
  kind: ChannelSnapshot['kind'],
  parentId: string | null,
  position: number,
  extra: Partial<ChannelSnapshot> = {},
): ChannelSnapshot {
  return {
    id,
    name,
    kind,
    parentId,
    position,
    topic: null,
    rateLimitPerUser: 0,
    nsfw: false,
    permissionOverwrites: [],
    userLimit: kind === 'voice' ? 0 : 0,
    bitrate: kind === 'voice' || kind === 'stage' ? 64_000 : 0,
    availableTags: [],
    defaultSortOrder: null,
    ...extra,
  };
}

function guild(roles: RoleSnapshot[], channels: ChannelSnapshot[], botHighestRolePosition = 10): GuildSnapshot {
  return {
    id: GUILD,
    name: 'Unit',
    ownerId: '1',
    memberCount: 2,
    botHighestRolePosition,
    verificationLevel: 'none',
    roles: [
      role(GUILD, '@everyone', 0, { permissions: PERMISSION_FLAGS.ViewChannel.toString() }),
      role(BOT_ROLE, 'Bot', botHighestRolePosition, {
        managed: true,
        permissions: PERMISSION_FLAGS.Administrator.toString(),
      }),
      ...roles,
    ],
    channels,
  };
}

const config = (text: string): ServerConfig => ServerConfig.parse(parse(text) ?? {});
const planText = (text: string, live: GuildSnapshot, prune = false): string =>
  formatPlan(planChanges({ config: config(text), guild: live, prune }).plan);

describe('planChanges', () => {
  it('compares relative order: positions with gaps and ties are no move', () => {
    const live = guild(
      [role('201', 'A', 7), role('202', 'B', 3), role('204', 'C', 3)],
      [
        channel('300', 'Cat', 'category', null, 5),
        channel('301', 'one', 'text', '300', 9),
        channel('302', 'two', 'text', '300', 9),
        channel('303', 'three', 'text', '300', 40),
      ],
    );
    const text = `
roles: [{ name: A }, { name: B }, { name: C }]
categories:
  - name: Cat
    channels: [{ type: text, name: one }, { type: text, name: two }, { type: text, name: three }]
`;
    expect(planText(text, live)).toBe('No changes. The server matches community.yaml.');
  });

  it('lists voice channels after text ones whatever the file order, as Discord shows them', () => {
    const live = guild(
      [],
      [
        channel('300', 'Cat', 'category', null, 0),
        channel('301', 'chat', 'text', '300', 0),
        channel('302', 'Room', 'voice', '300', 0),
      ],
    );
    const text = `
categories:
  - name: Cat
    channels: [{ type: voice, name: Room }, { type: text, name: chat }]
`;
    expect(planText(text, live)).toBe('No changes. The server matches community.yaml.');
  });

  it('treats an empty topic as none and keeps permission bits it has no name for', () => {
    const unnamed = 1n << 52n;
    const live = guild(
      [role('201', 'A', 2, { permissions: (PERMISSION_FLAGS.SendMessages | unnamed).toString() })],
      [channel('301', 'chat', 'text', null, 0, { topic: '' })],
    );
    const text = `
roles: [{ name: A, permissions: [SendMessages] }]
channels: [{ type: text, name: chat }]
`;
    expect(planText(text, live)).toBe('No changes. The server matches community.yaml.');
    const result = planChanges({ config: config('roles: [{ name: A }]'), guild: live });
    expect(result.plan.roles[0]?.operation).toEqual({
      type: 'update',
      key: 'A',
      id: '201',
      patch: { permissions: unnamed.toString() },
    });
  });

  it('changes text ↔ announcement in place; another kind is a new channel and the old one is listed', () => {
    const live = guild([], [channel('301', 'news', 'text', null, 0), channel('302', 'talk', 'text', null, 1)]);
    const text = `
channels: [{ type: announcement, name: news }, { type: forum, name: talk }]
`;
    expect(planText(text, live)).toBe(
      [
        'Channels:',
        '  ~ #news',
        '      type: text → announcement',
        '  + #talk (forum outside any category)',
        '  - #talk (text outside any category) (would delete with --prune)',
        '',
        'Plan: 1 to create, 1 to update, 0 to move, 0 to delete.',
        '1 on the server but not in community.yaml: kept (listed above; deleted only with --prune).',
      ].join('\n'),
    );
  });

  it('never lists @everyone, managed roles or roles at or above the bot for deletion', () => {
    const live = guild(
      [
        role('201', 'Owner', 12),
        role('202', 'OtherBot', 5, { managed: true }),
        role('203', 'Old', 4),
        role('204', 'Same', 10),
      ],
      [],
    );
    expect(planText('roles: []', live, true)).toBe(
      ['Roles:', '  - @Old', '', 'Plan: 0 to create, 0 to update, 0 to move, 1 to delete.'].join('\n'),
    );
  });

  it('keeps the bot’s own role overwrite; reports another bot’s once, on the category its channel is synced with', () => {
    const extra = { id: '205', type: 'role' as const, allow: PERMISSION_FLAGS.ViewChannel.toString(), deny: '0' };
    const bot = { id: BOT_ROLE, type: 'role' as const, allow: PERMISSION_FLAGS.ViewChannel.toString(), deny: '0' };
    const live = guild(
      [role('205', 'OtherBot', 3, { managed: true })],
      [
        channel('300', 'Cat', 'category', null, 0, { permissionOverwrites: [extra, bot] }),
        channel('301', 'chat', 'text', '300', 0, { permissionOverwrites: [extra, bot] }),
      ],
    );
    const text = `
categories:
  - name: Cat
    channels: [{ type: text, name: chat }]
`;
    expect(planText(text, live)).toBe(
      [
        'Overwrites:',
        '  - category "Cat" › @OtherBot (would delete with --prune)',
        '      allow: ViewChannel',
        '',
        'Plan: 0 to create, 0 to update, 0 to move, 0 to delete.',
        '1 on the server but not in community.yaml: kept (listed above; deleted only with --prune).',
      ].join('\n'),
    );
    expect(planText(text, live, true)).toBe(
      [
        'Overwrites:',
        '  - category "Cat" › @OtherBot',
        '      allow: ViewChannel',
        '  - #chat › @OtherBot (synced with "Cat")',
        '      allow: ViewChannel',
        '',
        'Plan: 0 to create, 0 to update, 0 to move, 2 to delete.',
      ].join('\n'),
    );
  });

  it('recognises a channel moved to another category by its unique name', () => {
    const live = guild(
      [],
      [
        channel('300', 'A', 'category', null, 0),
        channel('301', 'B', 'category', null, 1),
        channel('302', 'chat', 'text', '300', 0),
      ],
    );
    const text = `
categories:
  - { name: A }
  - name: B
    channels: [{ type: text, name: chat }]
`;
    expect(planText(text, live)).toBe(
      [
        'Positions:',
        '  ↕ #chat: category "A" → "B"',
        '',
        'Plan: 0 to create, 0 to update, 1 to move, 0 to delete.',
      ].join('\n'),
    );
  });

  it('matches by stored id before name, so a category renamed by hand is renamed back', () => {
    const live = guild(
      [],
      [channel('300', 'Renamed', 'category', null, 0), channel('301', 'Cat', 'category', null, 1)],
    );
    const stored = { role: new Map(), category: new Map([['Cat', '300']]), channel: new Map() };
    const result = planChanges({ config: config('categories: [{ name: Cat }]'), guild: live, stored });
    expect(formatPlan(result.plan)).toBe(
      [
        'Categories:',
        '  ~ category "Renamed"',
        '      name: "Renamed" → "Cat"',
        '  - category "Cat" (would delete with --prune)',
        '',
        'Plan: 0 to create, 1 to update, 0 to move, 0 to delete.',
        '1 on the server but not in community.yaml: kept (listed above; deleted only with --prune).',
      ].join('\n'),
    );
  });
});
