import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, planHasChanges, summarisePlan } from '../../src/modules/server/index.js';
import { serverDb } from '../../src/modules/server/ServerTables.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, planText, type BlueprintSandbox } from './blueprintSandbox.js';
import { COMMUNITY_BLUEPRINT } from './blueprints.js';
import { wrapPlatform } from './wrapPlatform.js';

describe(`blueprint plan and apply on the sandbox (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
  });
  afterEach(async () => {
    await s.close();
  });

  it('plans a fresh sandbox as a readable diff grouped by roles, categories, channels and overwrites', async () => {
    const result = await s.plan(COMMUNITY_BLUEPRINT);
    expect(result.problems).toEqual([]);
    expect(planText(result)).toBe(
      [
        'Roles:',
        '  + @Staff',
        '      color: #e67e22',
        '      hoist: true',
        '      permissions: KickMembers, ManageMessages',
        '  + @Enterprise Customer',
        '      color: #9b59b6',
        '      permissions: (none)',
        '',
        'Categories:',
        '  + category "Enterprise"',
        '',
        'Channels:',
        '  ~ #general',
        '      slowmode: 0 → 5',
        '  ~ #help',
        '      tags: Solved (moderated), Setup, Bots, Billing → ✅ solved (moderated), question',
        '      defaultSort: (none) → creation_date',
        '  + #enterprise-support (text in "Enterprise", synced with its category)',
        '  + #Enterprise Call (voice in "Enterprise", synced with its category)',
        '      userLimit: 10',
        '      bitrate: 64000',
        '  + #staff-chat (text in "Staff")',
        '  + #Town Hall (stage in "Voice", synced with its category)',
        '      topic: "Monthly community call"',
        '      bitrate: 64000',
        '',
        'Overwrites:',
        '  + category "Start Here" › @everyone',
        '      deny: SendMessages, CreatePublicThreads',
        '  + category "Enterprise" › @everyone',
        '      deny: ViewChannel',
        '  + category "Enterprise" › @Enterprise Customer',
        '      allow: ViewChannel',
        '  + category "Enterprise" › @Staff',
        '      allow: ViewChannel, ManageMessages',
        '  + #staff-chat › @everyone',
        '      deny: ViewChannel',
        '  + #staff-chat › @Staff',
        '      allow: ViewChannel',
        '',
        'Plan: 13 to create, 2 to update, 0 to move, 0 to delete.',
      ].join('\n'),
    );
    // Planning changes nothing.
    expect(await serverDb(s.store.db).selectFrom('server_changes').selectAll().execute()).toEqual([]);
  });

  it('applies in dependency order with progress, then a second plan shows no changes', async () => {
    const progress: string[] = [];
    const result = await s.plan(COMMUNITY_BLUEPRINT);
    const applied = await applyPlan(result, {
      db: s.store.db,
      platform: s.sandbox,
      clock: s.clock,
      report: (line) => progress.push(line),
    });
    expect(progress).toEqual([
      '+ @Staff',
      '+ @Enterprise Customer',
      '+ category "Enterprise"',
      '~ #general: slowmode',
      '~ #help: tags, defaultSort',
      '+ #enterprise-support',
      '+ #Enterprise Call',
      '+ #staff-chat',
      '+ #Town Hall',
      '~ overwrites of category "Start Here"',
      '↕ positions of 5 categories and channels',
      '↕ positions of 1 role',
    ]);
    const again = await s.plan(COMMUNITY_BLUEPRINT);
    expect(planText(again)).toBe('No changes. The server matches community.yaml.');
    expect(planHasChanges(again.plan)).toBe(false);

    const guild = await s.guild();
    const roles = guild.roles.filter((r) => r.position > 0).sort((a, b) => b.position - a.position);
    expect(roles.map((r) => r.name)).toEqual([
      'Admin',
      'Guildhall',
      'Staff',
      'Moderator',
      'Member',
      'New Member',
      'Enterprise Customer',
    ]);
    const categories = guild.channels.filter((c) => c.kind === 'category').sort((a, b) => a.position - b.position);
    expect(categories.map((c) => c.name)).toEqual(['Start Here', 'Community', 'Enterprise', 'Staff', 'Voice']);
    const enterprise = categories[2]!;
    const inEnterprise = guild.channels.filter((c) => c.parentId === enterprise.id);
    expect(inEnterprise.map((c) => [c.name, c.kind])).toEqual([
      ['enterprise-support', 'text'],
      ['Enterprise Call', 'voice'],
    ]);
    // Created synced: exactly the category's overwrites, so the private area is never public.
    for (const channel of inEnterprise) expect(channel.permissionOverwrites).toEqual(enterprise.permissionOverwrites);
    const help = guild.channels.find((c) => c.name === 'help')!;
    expect(help.availableTags.map((t) => [t.name, t.moderated, t.emoji])).toEqual([
      ['solved', true, '✅'],
      ['question', false, null],
    ]);

    const changes = await serverDb(s.store.db)
      .selectFrom('server_changes')
      .select(['run_id', 'action', 'kind', 'target', 'reason'])
      .orderBy('id')
      .execute();
    expect(changes).toHaveLength(applied.changes);
    expect(new Set(changes.map((c) => c.run_id))).toEqual(new Set([applied.runId]));
    expect(changes.map((c) => [c.action, c.kind, c.target, c.reason])).toEqual([
      ['create', 'role', '@Staff', 'declared at server.roles[1]'],
      ['create', 'role', '@Enterprise Customer', 'declared at server.roles[5]'],
      ['create', 'category', 'category "Enterprise"', 'declared at server.categories[2]'],
      ['update', 'channel', '#general', 'declared at server.categories[1].channels[0]'],
      ['update', 'channel', '#help', 'declared at server.categories[1].channels[2]'],
      ['create', 'channel', '#enterprise-support', 'declared at server.categories[2].channels[0]'],
      ['create', 'channel', '#Enterprise Call', 'declared at server.categories[2].channels[1]'],
      ['create', 'channel', '#staff-chat', 'declared at server.categories[3].channels[1]'],
      ['create', 'channel', '#Town Hall', 'declared at server.categories[4].channels[1]'],
      ['update', 'overwrites', 'category "Start Here"', 'overwrites of server.categories[0]'],
      ...changes.slice(10).map((c) => ['move', 'position', c.target, 'order declared in community.yaml']),
    ]);
    const before = await serverDb(s.store.db)
      .selectFrom('server_changes')
      .select(['before', 'after'])
      .where('target', '=', '#general')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(before.before ?? 'null')).toMatchObject({ name: 'general', rateLimitPerUser: 0 });
    expect(JSON.parse(before.after ?? 'null')).toMatchObject({ name: 'general', rateLimitPerUser: 5 });
    const audit = await s.sandbox.listAuditLog({ limit: 200 });
    expect(audit.some((entry) => entry.reason === `Guildhall apply ${applied.runId}`)).toBe(true);
  });

  it('never deletes without --prune, lists what it would delete, and deletes it with --prune', async () => {
    const small = `
categories:
  - name: Community
    channels:
      - { type: text, name: general, topic: "Anything goes (within the rules)." }
roles:
  - { name: Member, color: "#2ecc71", mentionable: true }
`;
    const listed = await s.plan(small);
    const summary = summarisePlan(listed.plan);
    expect(summary.delete).toBe(0);
    expect(planText(listed)).toContain('  - @Moderator (would delete with --prune)');
    expect(planText(listed)).toContain('  - #introductions (text in "Community") (would delete with --prune)');
    expect(planText(listed)).toContain('  - category "Staff" (would delete with --prune)');
    expect(planText(listed)).toMatch(/kept \(listed above; deleted only with --prune\)\.$/);
    // Never @everyone, the bot's managed role, or Admin (above the bot).
    expect(planText(listed)).not.toMatch(/@everyone|@Guildhall|@Admin/);

    await s.apply(small);
    expect((await s.guild()).channels.some((c) => c.name === 'introductions')).toBe(true);

    const pruning = await s.plan(small, { prune: true });
    expect(planText(pruning)).toContain('  - #introductions (text in "Community")\n');
    expect(summarisePlan(pruning.plan)).toMatchObject({ delete: summary.wouldDelete, wouldDelete: 0 });
    await s.apply(small, { prune: true });
    const guild = await s.guild();
    expect(guild.channels.filter((c) => c.kind !== 'thread').map((c) => c.name)).toEqual(['Community', 'general']);
    expect(guild.roles.map((r) => r.name).sort()).toEqual(['@everyone', 'Admin', 'Guildhall', 'Member']);
    expect(planHasChanges((await s.plan(small, { prune: true })).plan)).toBe(false);
  });

  it('recognises a resource renamed by hand by its stored id and renames it back', async () => {
    await s.apply(COMMUNITY_BLUEPRINT);
    const guild = await s.guild();
    const general = guild.channels.find((c) => c.name === 'general')!;
    const staff = guild.roles.find((r) => r.name === 'Staff')!;
    await s.sandbox.editChannel(general.id, { name: 'chit-chat' });
    await s.sandbox.editRole(s.guildId, staff.id, { name: 'Team' });
    const result = await s.plan(COMMUNITY_BLUEPRINT);
    expect(planText(result)).toBe(
      [
        'Roles:',
        '  ~ @Team',
        '      name: "Team" → "Staff"',
        '',
        'Channels:',
        '  ~ #chit-chat',
        '      name: "chit-chat" → "general"',
        '',
        'Plan: 0 to create, 2 to update, 0 to move, 0 to delete.',
      ].join('\n'),
    );
    await s.apply(COMMUNITY_BLUEPRINT);
    const after = await s.guild();
    expect(after.channels.find((c) => c.id === general.id)?.name).toBe('general');
    expect(after.roles.find((r) => r.id === staff.id)?.name).toBe('Staff');
    expect(after.channels.filter((c) => c.name === 'general')).toHaveLength(1);
  });

  it('moves a channel to another category with lock_permissions when it stays synced', async () => {
    await s.apply(COMMUNITY_BLUEPRINT);
    const moved = COMMUNITY_BLUEPRINT.replace(
      '      - { type: text, name: showcase, topic: "Show what you made." }\n',
      '',
    ).replace(
      '      - { type: text, name: Enterprise Support }\n',
      '      - { type: text, name: Enterprise Support }\n      - { type: text, name: showcase, topic: "Show what you made." }\n',
    );
    const result = await s.plan(moved);
    expect(planText(result)).toBe(
      [
        'Overwrites:',
        '  + #showcase › @everyone (synced with "Enterprise")',
        '      deny: ViewChannel',
        '  + #showcase › @Enterprise Customer (synced with "Enterprise")',
        '      allow: ViewChannel',
        '  + #showcase › @Staff (synced with "Enterprise")',
        '      allow: ViewChannel, ManageMessages',
        '',
        'Positions:',
        '  ↕ #showcase: category "Community" → "Enterprise"',
        '',
        'Plan: 3 to create, 0 to update, 1 to move, 0 to delete.',
      ].join('\n'),
    );
    const calls: unknown[] = [];
    const platform = wrapPlatform(s.sandbox, {
      before: (method, args) => {
        if (method === 'setChannelPositions') calls.push(args[1]);
      },
    });
    await applyPlan(result, { db: s.store.db, platform, clock: s.clock });
    const guild = await s.guild();
    const enterprise = guild.channels.find((c) => c.name === 'Enterprise')!;
    const showcase = guild.channels.find((c) => c.name === 'showcase')!;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContainEqual({ id: showcase.id, position: 1, parentId: enterprise.id, lockPermissions: true });
    expect(showcase.parentId).toBe(enterprise.id);
    expect(showcase.permissionOverwrites).toEqual(enterprise.permissionOverwrites);
    expect(planHasChanges((await s.plan(moved)).plan)).toBe(false);
  });

  it('orders roles and channels with one bulk request each and shows only real moves', async () => {
    await s.apply(COMMUNITY_BLUEPRINT);
    const member = '  - name: Member\n    color: "#2ecc71"\n    mentionable: true\n';
    const newMember = '  - name: New Member\n    color: "#95a5a6"\n    mentionable: true\n';
    const welcome = '      - { type: text, name: welcome, topic: "Say hello: new members are greeted here." }\n';
    const rules = '      - { type: text, name: rules, topic: "Read these before posting." }\n';
    const reordered = COMMUNITY_BLUEPRINT.replace(member + newMember, newMember + member).replace(
      welcome + rules,
      rules + welcome,
    );
    expect(reordered).not.toBe(COMMUNITY_BLUEPRINT);
    const result = await s.plan(reordered);
    expect(planText(result)).toBe(
      [
        'Positions:',
        '  ↕ @Member: position 3 → 4',
        '  ↕ #welcome (in "Start Here"): position 1 → 2',
        '',
        'Plan: 0 to create, 0 to update, 2 to move, 0 to delete.',
      ].join('\n'),
    );
    const calls: string[] = [];
    const platform = wrapPlatform(s.sandbox, { before: (method) => calls.push(method) });
    await applyPlan(result, { db: s.store.db, platform, clock: s.clock });
    expect(calls).toEqual(['fetchGuild', 'setChannelPositions', 'setRolePositions']);
    expect(planHasChanges((await s.plan(reordered)).plan)).toBe(false);
  });
});
