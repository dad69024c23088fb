import { createTestEngine } from '../createTestEngine.js';
import { describe, expect, it } from 'vitest';
import { loadModules } from '../../src/app/loadModules.js';
import { allMigrationSets } from '../../src/app/openAndMigrate.js';
import { defaultTemplatesDir, readTemplate } from '../../src/config/configTemplates.js';
import { parseConfig } from '../../src/config/parseConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { moduleList } from '../../src/modules/moduleList.js';
import {
  applyPlan,
  formatPlan,
  planHasChanges,
  summarisePlan,
  planChanges,
  type PlanResult,
  loadResourceIds,
  type ServerConfig,
} from '../../src/modules/server/index.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { openTestStore, type TestStore } from '../testStore.js';

interface Sandbox {
  store: TestStore;
  sandbox: SandboxPlatform;
  clock: ManualClock;
  guildId: string;
  plan(server: ServerConfig): Promise<PlanResult>;
}

/** A fresh sandbox guild (only @everyone, the bot and its role, the owner) on the test database. */
async function freshSandbox(name: string): Promise<Sandbox> {
  const store = await openTestStore(allMigrationSets());
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  const sandbox = new SandboxPlatform({ store, clock });
  const guild = await sandbox.ensureGuild(name, { ownerUsername: 'mira' });
  return {
    store,
    sandbox,
    clock,
    guildId: guild.id,
    plan: async (server) =>
      planChanges({
        config: server,
        guild: await sandbox.fetchGuild(guild.id),
        stored: await loadResourceIds(store.db, guild.id),
      }),
  };
}

function templateText(name: string): Promise<string> {
  return readTemplate(name, { templatesDir: defaultTemplatesDir(), modules: moduleList });
}

async function templateServer(name: string): Promise<ServerConfig> {
  const text = await templateText(name);
  const result = parseConfig(text, name, moduleList);
  if (!result.ok) throw new Error(`template ${name} does not validate`);
  return result.sections.server as ServerConfig;
}

describe.each(['miktos', 'miyabi', 'tixl'])('applying template %s to a fresh sandbox guild', (name) => {
  it('creates everything, and a second plan shows no changes', async () => {
    const server = await templateServer(name);
    const box = await freshSandbox(name);
    try {
      const first = await box.plan(server);
      expect(first.problems).toEqual([]);
      const categories = server.categories.length;
      const channels = server.categories.reduce((n, c) => n + c.channels.length, 0) + server.channels.length;
      // Every declared role but @everyone (which exists), category and channel is created.
      const creates = (entries: readonly { action: string }[]): number =>
        entries.filter((e) => e.action === 'create').length;
      expect(creates(first.plan.roles)).toBe(server.roles.length - 1);
      expect(creates(first.plan.categories)).toBe(categories);
      expect(creates(first.plan.channels)).toBe(channels);
      expect(summarisePlan(first.plan)).toMatchObject({ delete: 0, wouldDelete: 0 });
      const applied = await applyPlan(first, { db: box.store.db, platform: box.sandbox, clock: box.clock });
      expect(applied.changes).toBeGreaterThan(0);

      const second = await box.plan(server);
      expect(second.problems).toEqual([]);
      expect(planHasChanges(second.plan), formatPlan(second.plan)).toBe(false);

      // The live order is the file's order.
      const live = await box.sandbox.fetchGuild(box.guildId);
      const liveCategories = live.channels
        .filter((c) => c.kind === 'category')
        .sort((a, b) => a.position - b.position)
        .map((c) => c.name);
      expect(liveCategories).toEqual(server.categories.map((c) => c.name));
      const liveRoles = live.roles
        .filter((r) => server.roles.some((d) => d.name === r.name) && r.name !== '@everyone')
        .sort((a, b) => b.position - a.position)
        .map((r) => r.name);
      expect(liveRoles).toEqual(server.roles.filter((r) => r.name !== '@everyone').map((r) => r.name));
    } finally {
      await box.store.destroy();
    }
  });
});

describe('the applied miyabi template, as members meet it', () => {
  it('lets New Members post only in welcome areas and keeps enterprise channels to Enterprise Customers', async () => {
    const server = await templateServer('miyabi');
    const box = await freshSandbox('Miyabi');
    try {
      await applyPlan(await box.plan(server), { db: box.store.db, platform: box.sandbox, clock: box.clock });
      const live = await box.sandbox.fetchGuild(box.guildId);
      const channel = (n: string): string => live.channels.find((c) => c.name === n)?.id ?? '';
      const roleId = (n: string): string => live.roles.find((r) => r.name === n)?.id ?? '';
      const join = async (username: string, roles: string[]): Promise<string> => {
        const member = await box.sandbox.addMember({ username });
        for (const r of roles) await box.sandbox.addRoleAsOwner(member.userId, roleId(r));
        return member.userId;
      };
      const post = (userId: string, name: string) =>
        box.sandbox.postMessage({ userId, channelId: channel(name), content: 'Hello there, builders!' });

      const newcomer = await join('newbie', ['New Member']);
      await expect(post(newcomer, 'welcome')).resolves.toBeDefined();
      await expect(post(newcomer, 'introductions')).resolves.toBeDefined();
      await expect(post(newcomer, 'general-chat')).rejects.toThrow(/Missing Permissions/);
      await expect(post(newcomer, 'partnerships')).rejects.toThrow(/Missing Permissions/);

      const member = await join('verified', ['Member']);
      await expect(post(member, 'general-chat')).resolves.toBeDefined();
      await expect(post(member, 'announcements')).rejects.toThrow(/Missing Permissions/);
      await expect(post(member, 'enterprise-general')).rejects.toThrow(/Missing Permissions/);
      await expect(post(member, 'staff-general')).rejects.toThrow(/Missing Permissions/);

      const customer = await join('customer', ['Member', 'Enterprise Customer']);
      await expect(post(customer, 'enterprise-general')).resolves.toBeDefined();

      const team = await join('teammate', ['Member', 'Team Member']);
      await expect(post(team, 'announcements')).resolves.toBeDefined();
      await expect(post(team, 'staff-general')).resolves.toBeDefined();
    } finally {
      await box.store.destroy();
    }
  });
});

describe.each(['miktos', 'miyabi', 'tixl'])('the applied %s template, running', (name) => {
  it('gives a new member the newcomer role and welcomes them in the welcome channel', async () => {
    const text = await templateText(name);
    const t = await createTestEngine({
      configText: text,
      guild: { empty: name, ownerUsername: 'mira' },
      clock: new ManualClock(Date.UTC(2026, 2, 1, 12)),
      scheduler: 'none',
    });
    const box = {
      store: t.store,
      sandbox: t.sandbox,
      clock: t.clock,
      guildId: t.guild.id,
      plan: async (server: ServerConfig) =>
        planChanges({
          config: server,
          guild: await t.sandbox.fetchGuild(t.guild.id),
          stored: await loadResourceIds(t.store.db, t.guild.id),
        }),
    };
    const engine = t.engine;
    const modules = loadModules({ configText: text }).modules;
    try {
      await applyPlan(await box.plan(await templateServer(name)), {
        db: box.store.db,
        platform: box.sandbox,
        clock: box.clock,
      });
      const joined = await box.sandbox.addMember({ username: 'newbie', displayName: 'Newbie' });
      await engine.settle();

      const live = await box.sandbox.fetchGuild(box.guildId);
      const onboarding = modules.find((m) => m.definition.id === 'onboarding')?.config as {
        newcomerRole: string;
        welcomeChannel: string;
      };
      const newcomerRole = live.roles.find((r) => r.name === onboarding.newcomerRole);
      const welcome = live.channels.find((c) => c.name === onboarding.welcomeChannel);
      expect((await box.sandbox.getMember(joined.userId))?.roles).toContain(newcomerRole?.id);
      const messages = await box.sandbox.listMessages(welcome?.id ?? '');
      expect(messages.map((m) => m.content).join('\n')).toContain(`<@${joined.userId}>`);
    } finally {
      await t.close();
    }
  });
});
