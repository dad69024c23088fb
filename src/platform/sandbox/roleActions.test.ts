import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox roles (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  /** A guild with Admin above the bot's role, Member below it, and member ada. */
  async function setUp(): Promise<RecordingSandbox & { admin: string; member: string; ada: string; botRole: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const admin = await rec.sandbox.createRoleAsOwner({ name: 'Admin', position: 99 });
    const member = await rec.sandbox.createRole(rec.guild.id, { name: 'Member' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    const botRole = rec.guild.roles.find((r) => r.name === 'Guildhall')?.id ?? '';
    rec.events.length = 0;
    return { ...rec, admin: admin.id, member: member.id, ada: ada.userId, botRole };
  }

  it('places roles like Discord: new ones just above @everyone, positions unique, Admin above the bot', async () => {
    const { sandbox } = await setUp();
    expect((await sandbox.listRoles()).map((r) => [r.name, r.position])).toEqual([
      ['Admin', 3],
      ['Guildhall', 2],
      ['Member', 1],
      ['@everyone', 0],
    ]);
  });

  it('gives and takes a role below the bot, emitting member.updated with the roles before and after', async () => {
    const { sandbox, guild, member, ada, eventsOf } = await setUp();
    await sandbox.addRole(guild.id, ada, member, 'welcome');
    expect((await sandbox.fetchMember(guild.id, ada))?.roles).toEqual([member]);
    await sandbox.removeRole(guild.id, ada, member, 'cleanup');
    expect((await sandbox.fetchMember(guild.id, ada))?.roles).toEqual([]);
    const updates = eventsOf('member.updated');
    expect(updates.map((e) => e.payload)).toEqual([
      { userId: ada, roles: [member], previousRoles: [], nickname: null },
      { userId: ada, roles: [], previousRoles: [member], nickname: null },
    ]);
    expect(updates[0]?.id).toMatch(new RegExp(`^sandbox:member\\.updated:${ada}:\\d+$`));
    expect(new Set(updates.map((e) => e.id)).size).toBe(2);
  });

  it('adding a role the member has, or removing one they lack, changes nothing and emits nothing', async () => {
    const { sandbox, guild, member, ada, events } = await setUp();
    await sandbox.removeRole(guild.id, ada, member, 'noop');
    await sandbox.addRole(guild.id, ada, member, 'once');
    await sandbox.addRole(guild.id, ada, member, 'twice');
    expect(events.map((e) => e.type)).toEqual(['member.updated']);
  });

  it("refuses to give, take or edit a role at or above the bot's highest, changing nothing", async () => {
    const { sandbox, guild, admin, ada, botRole, events } = await setUp();
    await expect(sandbox.addRole(guild.id, ada, admin, 'x')).rejects.toThrow(/Missing Permissions/);
    await sandbox.addRoleAsOwner(ada, admin);
    events.length = 0;
    await expect(sandbox.removeRole(guild.id, ada, admin, 'x')).rejects.toThrow(PlatformRuleError);
    await expect(sandbox.editRole(guild.id, admin, { name: 'Boss' })).rejects.toThrow(/Missing Permissions/);
    await expect(sandbox.editRole(guild.id, botRole, { color: 1 })).rejects.toThrow(/Missing Permissions/);
    await expect(sandbox.addRole(guild.id, ada, botRole, 'x')).rejects.toThrow(/Missing Permissions/);
    expect((await sandbox.fetchMember(guild.id, ada))?.roles).toEqual([admin]);
    expect((await sandbox.listRoles()).find((r) => r.id === admin)?.name).toBe('Admin');
    expect(events).toEqual([]);
  });

  it('refuses to create or move a role above the bot, but creates at its position (just below it)', async () => {
    const { sandbox, guild, member } = await setUp();
    const before = await sandbox.listRoles();
    await expect(sandbox.createRole(guild.id, { name: 'Top', position: 3 })).rejects.toThrow(/Missing Permissions/);
    await expect(sandbox.editRole(guild.id, member, { position: 2 })).rejects.toThrow(/Missing Permissions/);
    expect(await sandbox.listRoles()).toEqual(before);
    const mod = await sandbox.createRole(guild.id, { name: 'Moderator', position: 2, hoist: true, color: 0x3498db });
    expect(mod).toMatchObject({ position: 2, hoist: true, color: 0x3498db, managed: false, permissions: '0' });
    const snapshot = await sandbox.fetchGuild(guild.id);
    expect(snapshot.botHighestRolePosition).toBe(3);
    expect(snapshot.roles.map((r) => r.name)).toEqual(['Admin', 'Guildhall', 'Moderator', 'Member', '@everyone']);
  });

  it('edits a role below the bot and moves it among the lower roles', async () => {
    const { sandbox, guild, member } = await setUp();
    const mod = await sandbox.createRole(guild.id, { name: 'Moderator' });
    const edited = await sandbox.editRole(guild.id, member, {
      name: 'Regular',
      mentionable: true,
      permissions: '2048',
      position: 2,
    });
    expect(edited).toMatchObject({ name: 'Regular', mentionable: true, permissions: '2048', position: 2 });
    expect((await sandbox.listRoles()).find((r) => r.id === mod.id)?.position).toBe(1);
  });

  it('deletes a role below the bot: members lose it without an event, the roles above move down', async () => {
    const { sandbox, guild, member, ada, events } = await setUp();
    await sandbox.addRole(guild.id, ada, member, 'welcome');
    events.length = 0;
    await sandbox.deleteRole(guild.id, member, 'blueprint: role removed');
    expect((await sandbox.fetchMember(guild.id, ada))?.roles).toEqual([]);
    expect((await sandbox.listRoles()).map((r) => [r.name, r.position])).toEqual([
      ['Admin', 2],
      ['Guildhall', 1],
      ['@everyone', 0],
    ]);
    expect((await sandbox.listAuditLog({ limit: 1 })).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['role_delete', member, 'blueprint: role removed'],
    ]);
    expect(events).toEqual([]);
    await expect(sandbox.deleteRole(guild.id, member, 'again')).rejects.toThrow(SandboxNotFoundError);
  });

  it('refuses to delete @everyone, the managed bot role, or a role above the bot', async () => {
    const { sandbox, guild, admin, botRole } = await setUp();
    const before = await sandbox.listRoles();
    await expect(sandbox.deleteRole(guild.id, guild.id, 'x')).rejects.toThrow(/@everyone/);
    await expect(sandbox.deleteRole(guild.id, botRole, 'x')).rejects.toThrow(/Missing Permissions/);
    await expect(sandbox.deleteRole(guild.id, admin, 'x')).rejects.toThrow(/Missing Permissions/);
    expect(await sandbox.listRoles()).toEqual(before);
  });

  it('records role creation and edits with the reason given, else "Guildhall"', async () => {
    const { sandbox, guild, member } = await setUp();
    const helper = await sandbox.createRole(guild.id, { name: 'Helper' }, 'blueprint: create');
    await sandbox.editRole(guild.id, member, { color: 1 });
    expect((await sandbox.listAuditLog({ limit: 3 })).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['role_update', member, 'Guildhall'],
      ['role_create', helper.id, 'blueprint: create'],
      ['role_create', member, 'Guildhall'],
    ]);
  });

  it('refuses @everyone as a member role and unknown roles or members', async () => {
    const { sandbox, guild, member, ada } = await setUp();
    await expect(sandbox.addRole(guild.id, ada, guild.id, 'x')).rejects.toThrow(/@everyone/);
    await expect(sandbox.addRole(guild.id, ada, '42', 'x')).rejects.toThrow(SandboxNotFoundError);
    await expect(sandbox.addRole(guild.id, '42', member, 'x')).rejects.toThrow(/Unknown Member/);
    await expect(sandbox.editRole(guild.id, guild.id, { position: 1 })).rejects.toThrow(PlatformRuleError);
  });
});
