import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import {
  ApplyInterruptedError,
  applyPlan,
  blueprintYaml,
  exportBlueprint,
  formatPlan,
  planHasChanges,
  type PlanResult,
  planServer,
} from '../../src/modules/server/index.js';
import { serverMigrations } from '../../src/modules/server/serverMigrations.js';
import type { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { unstartedDiscordPlatform } from '../discord/connectDiscordPlatform.js';
import {
  discordError,
  startDiscordTestServer,
  TEST_IDS,
  type DiscordTestServer,
} from '../discord/DiscordTestServer.js';
import { loadFixture, type FixtureObject } from '../discord/fixtures.js';
import { testBotUser } from '../discord/testGuild.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';
import { serverConfig, serverSection } from './blueprintSandbox.js';

/** A blueprint for the test guild (roles Member, Moderator, Guildhall (bot, 3), Admin; Community with general, welcome, Lounge, Study room; announcements and help outside). */
const BLUEPRINT = `
roles:
  - { name: Moderator, permissions: [KickMembers, ManageMessages] }
  - { name: Event Host, color: "#f1c40f", hoist: true, permissions: [ManageEvents] }
  - { name: Member }
categories:
  - name: Community
    channels:
      - { type: text, name: welcome }
      - { type: text, name: general, topic: "Chat" }
      - { type: voice, name: Lounge }
      - { type: voice, name: Study room, userLimit: 4 }
  - name: Events
    overwrites:
      - { role: "@everyone", deny: [SendMessages] }
      - { role: Event Host, allow: [SendMessages, ManageMessages] }
    channels:
      - { type: announcement, name: announcements }
      - { type: stage, name: Stage }
channels:
  - type: forum
    name: help
    tags: [{ name: Solved, moderated: true, emoji: "✅" }, { name: Question }]
    overwrites:
      - { role: "@everyone", deny: [CreatePublicThreads] }
`;

const G = TEST_IDS.guildId;

/** Get Guild as a server that leaves `roles` out answers it (counts present). */
function guildAnswerWithoutRoles(): object {
  return {
    id: G,
    name: 'Guildhall Test',
    owner_id: TEST_IDS.ownerId,
    verification_level: 1,
    approximate_member_count: 3,
  };
}
const C = TEST_IDS.channels;
const R = TEST_IDS.roles;

describe(`blueprint through discord.js, REST only (${testDialect})`, () => {
  let discord: DiscordTestServer;
  let store: TestStore;
  let platform: DiscordPlatform;
  const clock = new ManualClock(Date.UTC(2026, 2, 1));

  async function open(guild?: FixtureObject): Promise<void> {
    discord = await startDiscordTestServer({
      transport: 'mock-agent',
      ...(guild === undefined ? {} : { guild, guildId: String(guild.id) }),
    });
    platform = unstartedDiscordPlatform(discord, clock);
  }
  const plan = (text: string, options: { prune?: boolean; section?: boolean } = {}): Promise<PlanResult> =>
    planServer(
      { db: store.db, platform },
      {
        guildId: discord.guildId,
        config: options.section === true ? serverSection(text) : serverConfig(text),
        prune: options.prune === true,
      },
    );
  const writes = () =>
    discord.requests.filter((q) => q.method !== 'GET').map((q) => ({ method: q.method, path: q.path, body: q.body }));

  beforeEach(async () => {
    store = await openTestStore([{ owner: 'server', migrations: serverMigrations }]);
  });
  afterEach(async () => {
    await platform.stop();
    await discord.close();
    await store.destroy();
  });

  it('applies with the exact REST requests, in dependency order, then plans no changes', async () => {
    await open();
    const result = await plan(BLUEPRINT);
    expect(result.problems).toEqual([]);
    expect(formatPlan(result.plan)).toContain('Plan: 8 to create, 3 to update, 2 to move, 0 to delete.');
    expect(writes()).toEqual([]);
    discord.clearRequests();
    const applied = await applyPlan(result, { db: store.db, platform, clock });

    const eventHost = discord.requestsTo('POST', `/guilds/${G}/roles`)[0];
    const [events, stage] = discord.requestsTo('POST', `/guilds/${G}/channels`);
    const eventHostId = (await platform.fetchGuild(G)).roles.find((r) => r.name === 'Event Host')!.id;
    const channelIds = new Map((await platform.fetchGuild(G)).channels.map((c) => [c.name, c.id]));
    const eventsOverwrites = [
      { id: G, type: 0, allow: '0', deny: '2048' },
      { id: eventHostId, type: 0, allow: '10240', deny: '0' },
    ];
    expect(eventHost).toBeDefined();
    expect(events).toBeDefined();
    expect(stage).toBeDefined();
    expect(writes()).toEqual([
      { method: 'PATCH', path: `/guilds/${G}/roles/${R.moderator}`, body: { permissions: '8194' } },
      {
        method: 'POST',
        path: `/guilds/${G}/roles`,
        body: { name: 'Event Host', color: 0xf1c40f, hoist: true, mentionable: false, permissions: '8589934592' },
      },
      {
        method: 'POST',
        path: `/guilds/${G}/channels`,
        body: { name: 'Events', type: 4, permission_overwrites: eventsOverwrites },
      },
      { method: 'PATCH', path: `/channels/${C.general}`, body: { topic: 'Chat' } },
      { method: 'PATCH', path: `/channels/${C.voice2}`, body: { user_limit: 4 } },
      {
        method: 'POST',
        path: `/guilds/${G}/channels`,
        body: {
          name: 'Stage',
          type: 13,
          parent_id: channelIds.get('Events'),
          topic: null,
          user_limit: 0,
          bitrate: 64000,
          permission_overwrites: eventsOverwrites,
        },
      },
      { method: 'PATCH', path: `/channels/${C.announcements}`, body: { permission_overwrites: eventsOverwrites } },
      {
        method: 'PATCH',
        path: `/channels/${C.forum}`,
        body: { permission_overwrites: [{ id: G, type: 0, allow: '0', deny: '34359738368' }] },
      },
      {
        method: 'PATCH',
        path: `/guilds/${G}/channels`,
        // Every channel of each category whose order changes, at its index (not only those
        // whose number differs): the order does not depend on positions left out.
        body: [
          { id: C.welcome, position: 0 },
          { id: C.general, position: 1 },
          { id: C.voice, position: 2 },
          { id: C.voice2, position: 3 },
          { id: channelIds.get('Stage'), position: 1 },
          { id: C.announcements, position: 0, parent_id: channelIds.get('Events'), lock_permissions: true },
        ],
      },
      {
        method: 'PATCH',
        path: `/guilds/${G}/roles`,
        // Every role top to bottom at its index, @everyone 0, as discord.js's Role.setPosition sends them.
        body: [
          { id: R.admin, position: 5 },
          { id: R.bot, position: 4 },
          { id: R.moderator, position: 3 },
          { id: eventHostId, position: 2 },
          { id: R.member, position: 1 },
          { id: G, position: 0 },
        ],
      },
    ]);
    for (const q of discord.requests.filter((r) => r.method !== 'GET')) {
      expect(q.auditLogReason).toBe(`Guildhall apply ${applied.runId}`);
    }

    discord.clearRequests();
    expect(formatPlan((await plan(BLUEPRINT)).plan)).toBe('No changes. The server matches community.yaml.');
    expect(writes()).toEqual([]);
  });

  it('orders new roles above existing ones although Discord creates them at a shared position 1', async () => {
    await open();
    const roles = 'roles:\n  - { name: Top }\n  - { name: Moderator }\n  - { name: Second }\n  - { name: Member }\n';
    const result = await plan(roles);
    discord.clearRequests();
    await applyPlan(result, { db: store.db, platform, clock });
    const moves = discord.requestsTo('PATCH', `/guilds/${G}/roles`).map((q) => q.body);
    const guild = await platform.fetchGuild(G);
    const id = (name: string): string => guild.roles.find((r) => r.name === name)?.id ?? name;
    // One request with every role at its index: the fake Discord, like a server that does
    // not renumber what a request leaves out, keeps the shared position 1 of the others.
    expect(moves).toEqual([
      ['Admin', 'Guildhall', 'Top', 'Moderator', 'Second', 'Member', '@everyone'].map((name, index) => ({
        id: id(name),
        position: 6 - index,
      })),
    ]);
    const order = guild.roles.filter((r) => r.position > 0).sort((a, b) => b.position - a.position);
    expect(order.map((r) => r.name)).toEqual(['Admin', 'Guildhall', 'Top', 'Moderator', 'Second', 'Member']);
    expect(order.map((r) => r.position)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(planHasChanges((await plan(roles)).plan)).toBe(false);
  });

  it('a server whose Get Guild has no roles gets a plan error saying so, not "the bot lacks Manage Roles"', async () => {
    await open();
    const guild = guildAnswerWithoutRoles();
    discord.route('GET', new RegExp(`^/guilds/${G}$`), () => ({ status: 200, body: guild }));
    const planned = plan(BLUEPRINT);
    await expect(planned).rejects.toThrow(/answered Get Guild \(GET \/guilds\/\d+\?with_counts=true\) without "roles"/);
    await expect(planned).rejects.not.toThrow(/Manage Roles/);
    expect(writes()).toEqual([]);
  });

  it('prunes with DELETE requests only when asked, never the bot’s role or one above it', async () => {
    await open();
    const small = `
categories:
  - name: Community
    channels:
      - { type: text, name: general }
      - { type: text, name: welcome }
      - { type: voice, name: Lounge }
      - { type: voice, name: Study room }
channels:
  - { type: announcement, name: announcements }
roles:
  - { name: Moderator }
`;
    await applyPlan(await plan(small), { db: store.db, platform, clock });
    expect(writes().filter((w) => w.method === 'DELETE')).toEqual([]);
    discord.clearRequests();
    const pruning = await plan(small, { prune: true });
    expect(formatPlan(pruning.plan)).toBe(
      [
        'Roles:',
        '  - @Member',
        '',
        'Channels:',
        '  - #help (forum outside any category)',
        '',
        'Plan: 0 to create, 0 to update, 0 to move, 2 to delete.',
      ].join('\n'),
    );
    await applyPlan(pruning, { db: store.db, platform, clock });
    expect(writes()).toEqual([
      { method: 'DELETE', path: `/guilds/${G}/roles/${R.member}`, body: undefined },
      { method: 'DELETE', path: `/channels/${C.forum}`, body: undefined },
    ]);
  });

  it('an apply stopped by a Discord error completes when run again, without duplicates', async () => {
    await open();
    discord.replyOnce('POST', `/guilds/${G}/channels`, 403, discordError(50013, 'Missing Permissions'));
    const error: unknown = await applyPlan(await plan(BLUEPRINT), { db: store.db, platform, clock }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApplyInterruptedError);
    expect((error as ApplyInterruptedError).changes).toBe(2);
    const again = await plan(BLUEPRINT);
    expect(formatPlan(again.plan)).not.toContain('+ @Event Host');
    await applyPlan(again, { db: store.db, platform, clock });
    expect(planHasChanges((await plan(BLUEPRINT)).plan)).toBe(false);
    const guild = await platform.fetchGuild(G);
    expect(guild.roles.filter((r) => r.name === 'Event Host')).toHaveLength(1);
    expect(guild.channels.filter((c) => c.name === 'Events')).toHaveLength(1);
  });

  it('exports the captured 53-channel guild, and its export plans no changes against it', async () => {
    const capture = loadFixture('guild_create_1');
    // The bot joins as a member with the "Mod Bots" role (position 42: Manage Roles and Channels, no Administrator).
    capture.members = [
      ...(capture.members as FixtureObject[]),
      {
        user: testBotUser(),
        roles: ['81793792671232000'],
        joined_at: '2021-06-01T00:00:00+00:00',
        deaf: false,
        mute: false,
      },
    ];
    await open(capture);
    const guild = await platform.fetchGuild(discord.guildId);
    expect(guild.channels).toHaveLength(53);
    const exported = exportBlueprint(guild);
    const yaml = blueprintYaml(exported);
    const config = serverSection(yaml);
    expect(config.roles).toHaveLength(51);
    expect(config.channels).toHaveLength(53);
    expect(config.categories).toEqual([]);
    expect(yaml).toContain('    - name: Mod Bots\n      color: "#8ab4f5"\n');
    // The old default channel shares the guild's id; member overwrites are kept by user id.
    expect(yaml).toMatch(/- type: text\n {6}name: general\n {6}topic: Welcome! Check <#120705758286315522>/);
    expect(yaml).toContain('        - member: "80528701850124288"\n          allow: [SendMessages, EmbedLinks]\n');
    expect(yaml).toContain('    - type: voice\n      name: Music\n      bitrate: 96000\n');
    discord.clearRequests();
    const result = await plan(yaml, { section: true, prune: true });
    expect(result.problems).toEqual([]);
    expect(formatPlan(result.plan)).toBe('No changes. The server matches community.yaml.');
    expect(writes()).toEqual([]);
  });
});
