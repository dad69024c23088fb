import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/modules/server/index.js';
import { serverDb } from '../../src/modules/server/ServerTables.js';
import { PERMISSION_FLAGS } from '../../src/platform/permissionFlags.js';
import type { SandboxTables } from '../../src/platform/sandbox/SandboxTables.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, serverConfig, type BlueprintSandbox } from './blueprintSandbox.js';
import { COMMUNITY_BLUEPRINT } from './blueprints.js';
import { wrapPlatform, WRITES } from './wrapPlatform.js';

describe(`what Discord would refuse is caught before any change (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
  });
  afterEach(async () => {
    await s.close();
  });

  /** Plans, expects problems, and checks that applying anyway changes nothing. */
  async function expectRefused(blueprint: string): Promise<{ path: string; message: string }[]> {
    const before = await s.guild();
    const result = await s.plan(blueprint);
    const writes: string[] = [];
    const platform = wrapPlatform(s.sandbox, { before: (method) => WRITES.has(method) && writes.push(method) });
    await expect(applyPlan(result, { db: s.store.db, platform, clock: s.clock })).rejects.toThrow(
      /nothing was changed/,
    );
    expect(writes).toEqual([]);
    expect(await s.guild()).toEqual(before);
    expect(await serverDb(s.store.db).selectFrom('server_changes').selectAll().execute()).toEqual([]);
    return result.problems.map((p) => ({ path: p.path.join('.'), message: p.message }));
  }

  async function setBotPermissions(bits: bigint): Promise<void> {
    await s.store.db
      .withTables<SandboxTables>()
      .updateTable('sandbox_roles')
      .set({ permissions: bits.toString() })
      .where('name', '=', 'Guildhall')
      .execute();
  }

  it('refuses to edit a role at or above the bot’s highest role', async () => {
    const problems = await expectRefused(`
roles:
  - { name: Admin, color: "#000001", permissions: [Administrator] }
`);
    expect(problems).toEqual([
      {
        path: 'server.roles.0',
        message: expect.stringMatching(
          /^role "Admin" is at or above the bot's highest role \(position \d+ ≥ \d+\): the bot cannot edit it \(the file changes color, hoist, mentionable\)/,
        ) as string,
      },
    ]);
  });

  it('refuses an order that would put a role above one at or above the bot', async () => {
    const problems = await expectRefused(`
roles:
  - { name: Moderator, color: "#3498db", hoist: true, mentionable: true, permissions: [KickMembers, BanMembers, ManageMessages, ManageThreads, ModerateMembers] }
  - { name: Admin, color: "#e74c3c", hoist: true, mentionable: true, permissions: [Administrator] }
`);
    expect(problems).toEqual([
      {
        path: 'server.roles.1',
        message: expect.stringContaining(
          'the bot cannot place "Moderator" above it; list the roles above the bot first',
        ) as string,
      },
    ]);
  });

  it('refuses to grant, in a role or an overwrite, a permission the bot does not have', async () => {
    // The bot's own role; @everyone's permissions (SendMessages …) count too.
    await setBotPermissions(PERMISSION_FLAGS.ManageRoles | PERMISSION_FLAGS.ManageChannels);
    const problems = await expectRefused(`
roles:
  - { name: Event Host, permissions: [ManageEvents, ViewChannel] }
categories:
  - name: Events
    overwrites:
      - { role: "@everyone", deny: [SendMessages, MentionEveryone] }
    channels:
      - { type: text, name: schedule }
`);
    expect(problems).toEqual([
      {
        path: 'server.roles.0.permissions',
        message: 'the bot cannot grant permissions it does not have: ManageEvents',
      },
      {
        path: 'server.categories.0.overwrites.0',
        message: 'the bot cannot allow or deny permissions it does not have: MentionEveryone',
      },
    ]);
  });

  it('refuses changes to roles and channels without Manage Roles and Manage Channels', async () => {
    await setBotPermissions(PERMISSION_FLAGS.ViewChannel);
    const problems = await expectRefused(`
roles:
  - { name: Helper }
categories:
  - { name: Events }
`);
    expect(problems.map((p) => p.message)).toEqual([
      'the bot lacks the Manage Roles permission, which creating, editing and ordering roles and permission overwrites needs',
      'the bot lacks the Manage Channels permission, which creating, editing and ordering channels needs',
    ]);
  });

  it('refuses an overwrite for a role that neither exists nor is declared, and accepts an existing undeclared one', async () => {
    const problems = await expectRefused(`
categories:
  - name: Events
    overwrites:
      - { role: Event Team, allow: [ViewChannel] }
      - { role: Guildhall, allow: [ViewChannel] }
`);
    expect(problems).toEqual([
      {
        path: 'server.categories.0.overwrites.0.role',
        message: 'role "Event Team" neither exists on the server nor is declared under server.roles',
      },
    ]);
  });

  it('refuses duplicate names within a category, as Discord stores them', async () => {
    const problems = await expectRefused(`
categories:
  - name: Events
    channels:
      - { type: text, name: Event Chat }
      - { type: text, name: event-chat }
  - name: Events
`);
    expect(problems).toEqual([
      { path: 'server.categories.1.name', message: 'category "Events" is declared twice' },
      {
        path: 'server.categories.0.channels.1.name',
        message: 'category "Events" already has a channel named "event-chat" (as Discord stores it)',
      },
    ]);
  });

  it('counts the channels the server keeps: 50 per category without --prune', async () => {
    const community = Array.from({ length: 47 }, (_, i) => `      - { type: text, name: room-${i} }`).join('\n');
    const blueprint = `
roles: [{ name: Moderator }]
categories:
  - name: Community
    channels:
${community}
`;
    const problems = await expectRefused(blueprint);
    expect(problems).toEqual([
      {
        path: 'server.categories.0.channels',
        message:
          '51 channels: Discord allows 50 per category (47 declared, 4 on the server not in the file: remove them or use --prune)',
      },
    ]);
    expect((await s.plan(blueprint, { prune: true })).problems).toEqual([]);
  });

  it('refuses more than 500 channels in the server', async () => {
    const categories = Array.from(
      { length: 10 },
      (_, c) =>
        `  - name: Area ${c}\n    channels:\n${Array.from({ length: 50 }, (_, i) => `      - { type: text, name: room-${i} }`).join('\n')}`,
    ).join('\n');
    const result = await s.plan(`roles: [{ name: Moderator }]\ncategories:\n${categories}\n`, { prune: true });
    expect(result.problems).toEqual([
      { path: ['server'], message: '510 channels and categories: Discord allows 500 per server' },
    ]);
  });

  it('rejects names and limits the schema knows about while parsing', () => {
    expect(() => serverConfig('roles: [{ name: "" }]')).toThrow();
    expect(() => serverConfig(`roles: [{ name: "${'x'.repeat(101)}" }]`)).toThrow();
    expect(() => serverConfig('channels: [{ type: text, name: a, topic: "' + 'x'.repeat(1025) + '" }]')).toThrow();
    expect(() =>
      serverConfig('categories: [{ name: A, overwrites: [{ role: X, member: "123456789012345678" }] }]'),
    ).toThrow(/exactly one/);
    expect(() =>
      serverConfig('categories: [{ name: A, overwrites: [{ role: X, allow: [ViewChannel], deny: [ViewChannel] }] }]'),
    ).toThrow(/both allowed and denied/);
  });

  it('refuses --prune when the file declares no channels or no roles: it would wipe the server', async () => {
    const before = await s.guild();
    const result = await s.plan('roles: [{ name: "@everyone", permissions: [ViewChannel] }]', { prune: true });
    expect(result.problems).toEqual([
      {
        path: ['server'],
        message:
          'declares no categories or channels: --prune would delete every channel of the server (declare the layout first, e.g. from "guildhall export")',
      },
      {
        path: ['server', 'roles'],
        message:
          'declares no roles: --prune would delete every role the bot can manage (declare them first, e.g. from "guildhall export")',
      },
    ]);
    await expect(applyPlan(result, { db: s.store.db, platform: s.sandbox, clock: s.clock })).rejects.toThrow();
    expect(await s.guild()).toEqual(before);
  });

  it('the full community blueprint has no problems on the seeded sandbox', async () => {
    expect((await s.plan(COMMUNITY_BLUEPRINT)).problems).toEqual([]);
  });
});
