import { describe, expect, it } from 'vitest';
import type { ChannelSnapshot, GuildSnapshot, PermissionOverwrite, RoleSnapshot } from '../../platform/Platform.js';
import { blueprintYaml } from './blueprintYaml.js';
import { exportBlueprint } from './exportBlueprint.js';

const role = (id: string, name: string, position: number, managed = false): RoleSnapshot => ({
  id,
  name,
  position,
  managed,
  color: 0,
  hoist: false,
  mentionable: false,
  permissions: '0',
});

const channel = (
  id: string,
  name: string,
  kind: ChannelSnapshot['kind'],
  parentId: string | null,
  permissionOverwrites: PermissionOverwrite[] = [],
): ChannelSnapshot => ({
  id,
  name,
  kind,
  parentId,
  position: Number(id) % 100,
  topic: null,
  rateLimitPerUser: 0,
  nsfw: false,
  permissionOverwrites,
  userLimit: 0,
  bitrate: kind === 'voice' ? 64_000 : 0,
  availableTags: [],
  defaultSortOrder: null,
});

const deny = (id: string): PermissionOverwrite => ({ id, type: 'role', allow: '0', deny: '1024' });

const guild: GuildSnapshot = {
  id: '100',
  name: 'Export',
  ownerId: '1',
  memberCount: 1,
  botHighestRolePosition: 5,
  verificationLevel: 'none',
  roles: [role('100', '@everyone', 0), role('190', 'Bot', 5, true), role('201', 'Team', 3), role('202', 'Team', 2)],
  channels: [
    channel('300', 'Private', 'category', null, [deny('100')]),
    channel('301', 'synced', 'text', '300', [deny('100')]),
    channel('302', 'open', 'text', '300'),
    channel('303', 'ghost', 'text', null, [deny('999'), deny('201')]),
    channel('304', 'a-thread', 'thread', '301'),
  ],
};

describe('exportBlueprint', () => {
  const exported = exportBlueprint(guild);
  const yaml = blueprintYaml(exported);

  it('leaves out synced overwrites, writes an empty list for a channel that is not synced', () => {
    expect(yaml).toContain(
      [
        '    - name: Private',
        '      overwrites:',
        '        - role: "@everyone"',
        '          deny: [ViewChannel]',
        '      channels:',
        '        - type: text',
        '          name: synced',
        '        - type: text',
        '          name: open',
        '          overwrites: []',
      ].join('\n'),
    );
  });

  it('lists what it cannot write as comments: duplicate names, deleted roles, ambiguous names, threads', () => {
    expect(exported.skipped).toEqual([
      'role "Team" (202): another role has the same name',
      'overwrite for role 999 on #ghost: the role no longer exists',
      'overwrite for role 201 on #ghost: its role name is ambiguous',
      '1 thread(s) and forum post(s): content, not part of the layout',
    ]);
    expect(yaml).toContain('#   - role "Team" (202): another role has the same name\n');
    expect(yaml).not.toContain('name: Bot');
  });
});
