import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { reorderRoles } from './rolePositions.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe('reorderRoles', () => {
  const roles = [
    { id: '10', position: 1 },
    { id: '11', position: 2 },
    { id: '12', position: 3 },
    { id: '13', position: 4 },
  ];

  it('puts each moved role where asked and keeps the others in order around it', () => {
    expect(reorderRoles(roles, new Map([['10', 3]]))).toEqual(['11', '12', '10', '13']);
    expect(reorderRoles(roles, new Map([['13', 1]]))).toEqual(['13', '10', '11', '12']);
    expect(
      reorderRoles(
        roles,
        new Map([
          ['10', 2],
          ['13', 1],
        ]),
      ),
    ).toEqual(['13', '10', '11', '12']);
  });

  it('clamps positions to 1…n and puts the lower id higher on a tie, as Discord sorts equal positions', () => {
    expect(reorderRoles(roles, new Map([['11', 99]]))).toEqual(['10', '12', '13', '11']);
    expect(
      reorderRoles(
        roles,
        new Map([
          ['13', 1],
          ['12', 1],
        ]),
      ),
    ).toEqual(['13', '12', '10', '11']);
  });
});

describe(`sandbox role moves (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  /** Admin (owner's, above the bot), the bot's Guildhall role, then Member, Helper, Mod (each created at 1). */
  async function setUp(): Promise<RecordingSandbox & { admin: string; botRole: string; ids: Record<string, string> }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const admin = await rec.sandbox.createRoleAsOwner({ name: 'Admin', position: 99 });
    const ids: Record<string, string> = {};
    for (const name of ['Member', 'Helper', 'Mod'])
      ids[name] = (await rec.sandbox.createRole(rec.guild.id, { name })).id;
    const botRole = rec.guild.roles.find((r) => r.name === 'Guildhall')?.id ?? '';
    return { ...rec, admin: admin.id, botRole, ids };
  }

  const order = async (rec: RecordingSandbox): Promise<[string, number][]> =>
    (await rec.sandbox.listRoles()).map((r) => [r.name, r.position]);

  it('moves several roles in one call below the bot; @everyone may be listed at 0', async () => {
    const rec = await setUp();
    expect(await order(rec)).toEqual([
      ['Admin', 5],
      ['Guildhall', 4],
      ['Member', 3],
      ['Helper', 2],
      ['Mod', 1],
      ['@everyone', 0],
    ]);
    await rec.sandbox.setRolePositions(rec.guild.id, [
      { id: rec.ids.Member ?? '', position: 1 },
      { id: rec.ids.Mod ?? '', position: 3 },
      { id: rec.guild.id, position: 0 },
    ]);
    expect(await order(rec)).toEqual([
      ['Admin', 5],
      ['Guildhall', 4],
      ['Mod', 3],
      ['Helper', 2],
      ['Member', 1],
      ['@everyone', 0],
    ]);
    expect((await rec.sandbox.fetchGuild(rec.guild.id)).botHighestRolePosition).toBe(4);
  });

  it("refuses moves to or above the bot's highest role, of roles at or above it, of @everyone, and bad entries", async () => {
    const rec = await setUp();
    const before = await order(rec);
    const member = rec.ids.Member ?? '';
    const refused = [
      [{ id: member, position: 4 }],
      [{ id: rec.botRole, position: 1 }],
      [{ id: rec.admin, position: 1 }],
      [{ id: rec.guild.id, position: 1 }],
      [{ id: member, position: 0 }],
      [
        { id: member, position: 2 },
        { id: member, position: 3 },
      ],
    ];
    for (const positions of refused) {
      await expect(rec.sandbox.setRolePositions(rec.guild.id, positions)).rejects.toThrow(
        /Missing Permissions|@everyone|position 0|listed twice/,
      );
    }
    await expect(rec.sandbox.setRolePositions(rec.guild.id, [{ id: '42', position: 1 }])).rejects.toThrow(
      SandboxNotFoundError,
    );
    expect(await order(rec)).toEqual(before);
  });

  it('accepts the whole order, as discord.js sends it: roles at or above the bot listed where they are', async () => {
    const rec = await setUp();
    const { Member: member = '', Helper: helper = '', Mod: mod = '' } = rec.ids;
    await rec.sandbox.setRolePositions(rec.guild.id, [
      { id: rec.admin, position: 5 },
      { id: rec.botRole, position: 4 },
      { id: helper, position: 3 },
      { id: mod, position: 2 },
      { id: member, position: 1 },
      { id: rec.guild.id, position: 0 },
    ]);
    expect(await order(rec)).toEqual([
      ['Admin', 5],
      ['Guildhall', 4],
      ['Helper', 3],
      ['Mod', 2],
      ['Member', 1],
      ['@everyone', 0],
    ]);
    // Only the roles whose place changed are in the audit log (not Admin or the bot's).
    expect((await rec.sandbox.listAuditLog({ limit: 10 })).filter((e) => e.action === 'role_update').length).toBe(3);
    // The same whole order with the bot's role swapped with Admin is refused, and changes nothing.
    await expect(
      rec.sandbox.setRolePositions(rec.guild.id, [
        { id: rec.botRole, position: 5 },
        { id: rec.admin, position: 4 },
      ]),
    ).rejects.toThrow(/Missing Permissions: cannot move role "Guildhall" \(position 4\)/);
    expect((await order(rec))[0]).toEqual(['Admin', 5]);
  });

  it('lets the owner move any role, the bot’s included (not in the bot’s audit log)', async () => {
    const rec = await setUp();
    const audited = (await rec.sandbox.listAuditLog({ limit: 50 })).length;
    await rec.sandbox.setRolePositionsAsOwner([{ id: rec.botRole, position: 5 }]);
    expect((await order(rec)).slice(0, 2)).toEqual([
      ['Guildhall', 5],
      ['Admin', 4],
    ]);
    expect((await rec.sandbox.fetchGuild(rec.guild.id)).botHighestRolePosition).toBe(5);
    expect((await rec.sandbox.listAuditLog({ limit: 50 })).length).toBe(audited);
    await expect(rec.sandbox.setRolePositionsAsOwner([{ id: rec.guild.id, position: 2 }])).rejects.toThrow(/@everyone/);
  });

  it('records each moved role with the reason in the audit log', async () => {
    const rec = await setUp();
    await rec.sandbox.setRolePositions(rec.guild.id, [{ id: rec.ids.Helper ?? '', position: 1 }], 'blueprint: order');
    expect((await rec.sandbox.listAuditLog({ limit: 1 })).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['role_update', rec.ids.Helper, 'blueprint: order'],
    ]);
  });
});
