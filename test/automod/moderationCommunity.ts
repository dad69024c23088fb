import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { allMigrationSets, migrateAll } from '../../src/app/openAndMigrate.js';
import { ManualClock } from '../../src/core/Clock.js';
import type { Engine } from '../../src/core/Engine.js';
import type { ChannelSnapshot, GuildSnapshot, InteractionReply, RoleSnapshot } from '../../src/platform/Platform.js';
import type { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import type { Scheduler } from '../../src/scheduler/Scheduler.js';
import { createTestEngine } from '../createTestEngine.js';
import { openStore, type Store } from '../../src/store/Store.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';

/** The seeded sandbox with automod, moderation and a real durable scheduler. */
export interface ModerationCommunity {
  store: Store;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  engine: Engine;
  scheduler: Scheduler;
  guild: GuildSnapshot;
  channel(name: string): ChannelSnapshot;
  role(name: string): RoleSnapshot;
  /** The seeded member with this username. */
  user(username: string): Promise<string>;
  settle(): Promise<void>;
  /** Runs every job due at the clock's time (and what they schedule for now), then settles. */
  runDueJobs(): Promise<number>;
  /** Runs a slash command as a member and returns the reply. */
  command(
    userId: string,
    name: string,
    options?: Record<string, string | number>,
    channel?: string,
  ): Promise<InteractionReply | null>;
  /** Posts as a member; a post the sandbox refuses (timed out, slowmode) resolves to null. */
  post(userId: string, channel: string, content: string): Promise<SandboxMessage | null>;
  /** Bot messages in a channel, oldest first. */
  botMessages(channel: string): Promise<SandboxMessage[]>;
  /** Stops everything and starts again on the same database (only when opened with `restartable`). */
  restart(): Promise<ModerationCommunity>;
  close(): Promise<void>;
}

/** Options of the test community. */
export interface CommunityOptions {
  /** Sections of community.yaml (automod, moderation, …); the rest take defaults. */
  sections?: Record<string, unknown>;
  /** Keep the database on disk (SQLite file / PostgreSQL schema) so `restart()` works. */
  restartable?: boolean;
}

const START = Date.UTC(2026, 2, 2, 12);

/**
 * community.yaml text for the test community with the given module sections.
 * @param sections - module sections
 */
export function communityYaml(sections: Record<string, unknown> = {}): string {
  // These tests count the jobs they run: the privacy module's daily retention job stays out
  // unless a test configures `privacy:` itself (test/privacy covers it).
  const privacy = { messageContentDays: 0 };
  // Likewise analytics, whose KPI check runs every 5 minutes (test/analytics covers it).
  const analytics = { enabled: false };
  // And onboarding's journey (a job per step of every join) and hourly re-engagement scan
  // (test/onboarding covers them), unless a test configures `onboarding:` itself.
  const onboarding = { journey: [], reengagement: { enabled: false } };
  // Every seeded member joined at seeding, so the new-member spam rule would judge every post
  // these tests make about other rules: it stays off unless a test switches it on
  // (test/automod/newMemberSpam.test.ts covers it).
  const automod = (sections.automod ?? {}) as Record<string, unknown>;
  const builtInRules = { 'new-member-spam': false, ...((automod.builtInRules ?? {}) as Record<string, unknown>) };
  return stringify({
    version: 1,
    community: { name: 'Test Community' },
    privacy,
    analytics,
    onboarding,
    ...sections,
    automod: { ...automod, builtInRules },
  });
}

/**
 * Opens the seeded sandbox community with every module (automod and moderation included)
 * and a real Scheduler on the test database (SQLite or PostgreSQL).
 * @param options - module sections, restartability
 */
export async function openModerationCommunity(options: CommunityOptions = {}): Promise<ModerationCommunity> {
  const clock = new ManualClock(START);
  if (options.restartable !== true) {
    const store = await withSchemaRaceRetry(() => openTestStore(allMigrationSets()));
    return start(store, clock, options, () => store.destroy(), null);
  }
  const database = await withSchemaRaceRetry(sharedDatabase);
  const store = await withSchemaRaceRetry(() => database.open());
  return start(store, clock, options, () => store.destroy(), database);
}

/**
 * Retries opening a PostgreSQL test database when Kysely's migrator failed because another
 * test run dropped its own schema while the migrator was listing every schema's tables
 * (`has_schema_privilege` then fails with "schema … does not exist"). Test isolation by
 * schema on a shared server makes this race possible; it never concerns our schema.
 */
async function withSchemaRaceRetry<T>(open: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      const raced = error instanceof Error && /schema "[a-z0-9_]+" does not exist/.test(error.message);
      if (!raced || attempt >= 5) throw error;
    }
  }
}

interface SharedDatabase {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

async function sharedDatabase(): Promise<SharedDatabase> {
  if (testDialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'guildhall-automod-'));
    const url = join(dir, 'guildhall.sqlite');
    return {
      open: async () => {
        const store = await openStore({ url });
        await migrateAll(store);
        return store;
      },
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const base: TestStore = await openTestStore(allMigrationSets());
  const schema = base.schema ?? '';
  return {
    open: async () => {
      const store = await openStore({ url: base.url, schema, poolSize: 3 });
      await migrateAll(store);
      return store;
    },
    dispose: () => base.destroy(),
  };
}

async function start(
  store: Store,
  clock: ManualClock,
  options: CommunityOptions,
  closeStore: () => Promise<void>,
  database: SharedDatabase | null,
): Promise<ModerationCommunity> {
  const t = await createTestEngine({ store, clock, configText: communityYaml(options.sections), start: true });
  const { sandbox, engine, guild } = t;
  const scheduler = t.scheduler!;
  const find = <T extends { name: string }>(list: T[], name: string, what: string): T => {
    const found = list.find((x) => x.name === name);
    if (found === undefined) throw new Error(`seeded guild has no ${what} ${name}`);
    return found;
  };
  const channelId = (name: string): string => find(guild.channels, name, 'channel').id;
  const stop = async (): Promise<void> => {
    await sandbox.stop();
    await engine.settle();
    await scheduler.stop();
    await closeStore();
  };
  const self: ModerationCommunity = {
    store,
    clock,
    sandbox,
    engine,
    scheduler,
    guild,
    channel: (name) => find(guild.channels, name, 'channel'),
    role: (name) => find(guild.roles, name, 'role'),
    async user(username) {
      const members = await sandbox.listMembers({ limit: 200 });
      const found = members.find((m) => m.username === username);
      if (found === undefined) throw new Error(`no member ${username}`);
      return found.userId;
    },
    settle: () => engine.settle(),
    async runDueJobs() {
      let total = 0;
      for (;;) {
        const ran = await scheduler.runDue();
        await engine.settle();
        total += ran;
        if (ran === 0) return total;
      }
    },
    async command(userId, name, commandOptions = {}, channel = 'general') {
      const { interactionId } = await sandbox.invokeCommand({
        userId,
        channelId: channelId(channel),
        name,
        options: commandOptions,
      });
      await engine.settle();
      return (await sandbox.getInteraction(interactionId))?.reply ?? null;
    },
    async post(userId, channel, content) {
      try {
        const message = await sandbox.postMessage({ userId, channelId: channelId(channel), content });
        await engine.settle();
        return message;
      } catch {
        return null;
      }
    },
    async botMessages(channel) {
      const messages = await sandbox.listMessages(channelId(channel), { limit: 100 });
      return messages.filter((m) => m.authorBot).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    async restart() {
      if (database === null) throw new Error('open the community with restartable: true to restart it');
      await sandbox.stop();
      await engine.settle();
      await scheduler.stop();
      await store.destroy();
      const reopened = await database.open();
      return start(reopened, clock, options, () => reopened.destroy(), database);
    },
    async close() {
      await stop();
      await database?.dispose();
    },
  };
  return self;
}
