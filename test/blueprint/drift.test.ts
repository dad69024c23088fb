import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PERMISSION_FLAGS } from '../../src/platform/permissionFlags.js';
import { planHasChanges, summarisePlan } from '../../src/modules/server/index.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, planText, type BlueprintSandbox } from './blueprintSandbox.js';
import { COMMUNITY_BLUEPRINT } from './blueprints.js';

describe(`drift made by hand shows in the plan (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
    await s.apply(COMMUNITY_BLUEPRINT);
  });
  afterEach(async () => {
    await s.close();
  });

  const channel = async (name: string) => (await s.guild()).channels.find((c) => c.name === name)!;
  const role = async (name: string) => (await s.guild()).roles.find((r) => r.name === name)!;

  it('a topic changed by hand is an update back to the file', async () => {
    await s.sandbox.editChannel((await channel('general')).id, { topic: 'Edited by hand' });
    expect(planText(await s.plan(COMMUNITY_BLUEPRINT))).toBe(
      [
        'Channels:',
        '  ~ #general',
        '      topic: "Edited by hand" → "Anything goes (within the rules)."',
        '',
        'Plan: 0 to create, 1 to update, 0 to move, 0 to delete.',
      ].join('\n'),
    );
  });

  it('a channel moved by hand, within or out of its category, is a move back', async () => {
    const guild = await s.guild();
    const startHere = guild.channels.find((c) => c.name === 'Start Here')!;
    const announcements = await channel('announcements');
    const introductions = await channel('introductions');
    await s.sandbox.setChannelPositions(s.guildId, [
      { id: announcements.id, position: -1 },
      { id: introductions.id, position: 0, parentId: startHere.id },
    ]);
    const result = await s.plan(COMMUNITY_BLUEPRINT);
    expect(planText(result)).toBe(
      [
        'Positions:',
        '  ↕ #announcements (in "Start Here"): position 1 → 3',
        '  ↕ #introductions: category "Start Here" → "Community"',
        '',
        'Plan: 0 to create, 0 to update, 2 to move, 0 to delete.',
      ].join('\n'),
    );
    await s.apply(COMMUNITY_BLUEPRINT);
    expect(planHasChanges((await s.plan(COMMUNITY_BLUEPRINT)).plan)).toBe(false);
    expect((await channel('introductions')).parentId).toBe(
      (await s.guild()).channels.find((c) => c.name === 'Community')!.id,
    );
  });

  it('an overwrite added by hand is reported and removed only with --prune', async () => {
    const general = await channel('general');
    const member = await role('Member');
    await s.sandbox.editChannel(general.id, {
      permissionOverwrites: [
        { id: member.id, type: 'role', allow: PERMISSION_FLAGS.AttachFiles.toString(), deny: '0' },
      ],
    });
    const listed = await s.plan(COMMUNITY_BLUEPRINT);
    expect(planText(listed)).toBe(
      [
        'Overwrites:',
        '  - #general › @Member (synced with "Community") (would delete with --prune)',
        '      allow: AttachFiles',
        '',
        'Plan: 0 to create, 0 to update, 0 to move, 0 to delete.',
        '1 on the server but not in community.yaml: kept (listed above; deleted only with --prune).',
      ].join('\n'),
    );
    expect(planHasChanges(listed.plan)).toBe(false);
    await s.apply(COMMUNITY_BLUEPRINT);
    expect((await channel('general')).permissionOverwrites).toHaveLength(1);

    const pruning = await s.plan(COMMUNITY_BLUEPRINT, { prune: true });
    expect(summarisePlan(pruning.plan)).toMatchObject({ delete: 1, wouldDelete: 0 });
    await s.apply(COMMUNITY_BLUEPRINT, { prune: true });
    expect((await channel('general')).permissionOverwrites).toEqual([]);
  });

  it('an overwrite changed by hand on a declared role is an update', async () => {
    const staffChat = await channel('staff-chat');
    const everyone = s.guildId;
    await s.sandbox.editChannel(staffChat.id, {
      permissionOverwrites: staffChat.permissionOverwrites.map((o) =>
        o.id === everyone ? { ...o, deny: '0', allow: PERMISSION_FLAGS.ViewChannel.toString() } : o,
      ),
    });
    expect(planText(await s.plan(COMMUNITY_BLUEPRINT))).toBe(
      [
        'Overwrites:',
        '  ~ #staff-chat › @everyone',
        '      allow: ViewChannel → (none)',
        '      deny: (none) → ViewChannel',
        '',
        'Plan: 0 to create, 1 to update, 0 to move, 0 to delete.',
      ].join('\n'),
    );
  });

  it('a role deleted by hand is created again, with the overwrites that name it', async () => {
    await s.sandbox.deleteRole(s.guildId, (await role('Enterprise Customer')).id, 'by hand');
    const text = planText(await s.plan(COMMUNITY_BLUEPRINT));
    expect(text).toContain('Roles:\n  + @Enterprise Customer\n');
    expect(text).toContain('  + category "Enterprise" › @Enterprise Customer\n      allow: ViewChannel');
    await s.apply(COMMUNITY_BLUEPRINT);
    expect(planHasChanges((await s.plan(COMMUNITY_BLUEPRINT)).plan)).toBe(false);
  });

  it('a permission granted by hand to a role is an update; bits Guildhall has no name for are kept', async () => {
    const member = await role('Member');
    const unnamed = 1n << 52n;
    await s.sandbox.editRole(s.guildId, member.id, {
      permissions: (PERMISSION_FLAGS.MentionEveryone | unnamed).toString(),
    });
    expect(planText(await s.plan(COMMUNITY_BLUEPRINT))).toBe(
      [
        'Roles:',
        '  ~ @Member',
        '      permissions: −MentionEveryone',
        '',
        'Plan: 0 to create, 1 to update, 0 to move, 0 to delete.',
      ].join('\n'),
    );
    await s.apply(COMMUNITY_BLUEPRINT);
    expect((await role('Member')).permissions).toBe(unnamed.toString());
    expect(planHasChanges((await s.plan(COMMUNITY_BLUEPRINT)).plan)).toBe(false);
  });
});
