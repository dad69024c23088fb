import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../core/Clock.js';
import { Engine } from '../core/Engine.js';
import { createLogger, type Logger } from '../core/Logger.js';
import { Metrics } from '../metrics/Metrics.js';
import type { Platform } from '../platform/Platform.js';
import { SandboxPlatform } from '../platform/sandbox/SandboxPlatform.js';
import { recognitionConfigOf } from '../modules/recognition/index.js';
import { registerDashboardRoutes } from '../server/dashboard/registerDashboardRoutes.js';
import { registerStaffPageRoutes } from './registerStaffPageRoutes.js';
import { registerSandboxRoutes } from '../server/sandbox/registerSandboxRoutes.js';
import { registerPrivacyRoutes } from '../server/privacyRoutes.js';
import { registerModuleRoutes } from '../server/registerModuleRoutes.js';
import { registerModuleWebhooks } from '../server/registerModuleWebhooks.js';
import { createHttpServer } from '../server/createHttpServer.js';
import { registerAuth } from '../server/auth/registerAuth.js';
import { assertPrivateBind } from '../server/publicBind.js';
import { parseAllowedHosts } from '../server/hostCheck.js';
import { Scheduler } from '../scheduler/Scheduler.js';
import type { Store } from '../store/Store.js';
import { loadModules } from './loadModules.js';
import { warnAboutReferences } from './warnAboutReferences.js';
import { openAndMigrate } from './openAndMigrate.js';
import { createPlatform } from './createPlatform.js';
import { interactionDeferSetting } from './interactionDeferSetting.js';
import { createCatchUp } from './createCatchUp.js';
import { corePrivacyOwners } from '../core/privacy/corePrivacyOwners.js';
import { MemberDirectory } from '../core/members/MemberDirectory.js';
import { syncMemberDirectory } from '../core/members/syncMemberDirectory.js';

export interface GuildhallOptions {
  /** community.yaml text (tests); otherwise `configPath` is read. */
  configText?: string;
  configPath?: string;
  /** `postgres://…`, a SQLite path, or `:memory:`. */
  databaseUrl: string;
  /** PostgreSQL schema (tests isolate runs this way). */
  databaseSchema?: string;
  /** HTTP port; 0 picks a free one. */
  port: number;
  host?: string;
  /** DISCORD_TOKEN, DISCORD_API_URL … (the process environment in production). */
  env: Record<string, string | undefined>;
  /** Built dashboard directory (default: web/dist of the package). */
  webRoot?: string;
  clock?: Clock;
  log?: Logger;
  /** Start the scheduler's poll loop (default true). */
  runScheduler?: boolean;
}

/** A running Guildhall: everything wired, listening. */
export interface RunningGuildhall {
  url: string;
  guildId: string;
  engine: Engine;
  platform: Platform;
  store: Store;
  scheduler: Scheduler;
  http: FastifyInstance;
  stop(): Promise<void>;
}

const defaultWebRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Starts Guildhall in one process: store (migrated), platform (Discord when DISCORD_TOKEN is
 * set, else the seeded sandbox), engine (recovering unhandled events first), scheduler, and
 * the HTTP server with the dashboard.
 * @param options - config, database, port, environment
 */
export async function startGuildhall(options: GuildhallOptions): Promise<RunningGuildhall> {
  const log = options.log ?? createLogger();
  const clock = options.clock ?? systemClock;
  // Checked before anything starts: a mistyped entry stops the start.
  const allowedHosts = parseAllowedHosts(options.env.GUILDHALL_ALLOWED_HOSTS);
  assertPrivateBind(options.host ?? '127.0.0.1', options.env);
  const { community, modules } = loadModules(options);
  // One process per database: a second start on the same SQLite file is refused.
  const store = await openAndMigrate(options.databaseUrl, options.databaseSchema, { exclusive: true });
  const metrics = new Metrics(true);
  const { platform, guildId } = await createPlatform({ store, clock, log, community, env: options.env });

  const scheduler = new Scheduler({
    store,
    clock,
    log: log.child({ component: 'scheduler' }),
    metrics,
    // The engine is created just below; the scheduler only calls this once started.
    run: (job) => running.runJob(job),
  });
  const running: Engine = new Engine({
    store,
    platform,
    clock,
    log,
    metrics,
    community,
    modules,
    scheduler,
    privacyOwners: corePrivacyOwners(store, { now: () => clock.now() }),
    interactions: { deferAfterMs: interactionDeferSetting(options.env.GUILDHALL_INTERACTION_DEFER_MS) },
  });

  const recovered = await running.recover([guildId]);
  if (recovered > 0) log.info({ recovered }, 'handled events recorded before the last stop');
  // The directory as the platform lists the guild (members from before Guildhall included),
  // from the list each catch-up reads anyway (at start and after a lost gateway session).
  const directory = new MemberDirectory(store.db, clock);
  let directorySynced = false;
  const catchUp = createCatchUp({
    store,
    platform,
    guildId,
    community,
    clock,
    log,
    engine: running,
    membersListed: async (members, listedAt) => {
      const synced = await syncMemberDirectory({ directory, platform, clock, log }, guildId, { members, listedAt });
      directorySynced = synced !== null;
    },
  });
  await platform.start(async (event) => {
    await running.ingest(event);
  }, catchUp.platformOptions());
  await platform.registerCommands(guildId, running.commandDefinitions());
  await warnAboutReferences(options, platform, guildId, log);
  await running.startModules(guildId);
  // Carries out what units of work queued (and what the last process left), and retries.
  await running.startOutbox();
  await catchUp.run('start');
  // Catch-up is off (or could not list the members): the directory reads the list itself.
  if (!directorySynced) await syncMemberDirectory({ directory, platform, clock, log }, guildId);
  if (options.runScheduler !== false) scheduler.start();

  const host = options.host ?? '127.0.0.1';
  const http = await createHttpServer({
    store,
    metrics,
    log,
    platformKind: platform.kind,
    webRoot: options.webRoot ?? defaultWebRoot,
    host,
    allowedHosts,
    // Sign-in, sessions and the access check of every route (docs/dashboard-auth.md).
    beforeRoutes: (app) =>
      registerAuth(app, {
        store,
        platform,
        guildId,
        community,
        audit: running.audit,
        env: options.env,
        now: () => clock.now(),
      }),
  });
  registerDashboardRoutes(http, {
    store,
    community,
    platformKind: platform.kind,
    guildId,
    now: () => clock.now(),
    fetchGuild: (id) => platform.fetchGuild(id),
    // Names of members who joined before Guildhall recorded anything.
    fetchMember: (id, userId) => platform.fetchMember(id, userId),
    // Seasons and categories cut the dashboard's boards as they cut recognition's own.
    recognition: recognitionConfigOf(modules),
  });
  // Members, audit and config pages (the blueprint planner and moderation roles wired here).
  registerStaffPageRoutes(http, {
    source: options,
    store,
    platform,
    guildId,
    now: () => clock.now(),
    audit: running.audit,
    modules,
  });
  registerPrivacyRoutes(http, { audit: running.audit, memberData: running.memberData, guildId });
  // Each enabled module's own API (`routes` of its definition) at /api/<module id>/….
  await registerModuleRoutes(http, { engine: running, guildId });
  // Each enabled module's incoming webhooks at POST /webhooks/<name> (the module checks the sender).
  await registerModuleWebhooks(http, { engine: running, guildId });
  if (platform instanceof SandboxPlatform) {
    await registerSandboxRoutes(http, { sandbox: platform, settle: () => running.settle() });
  }
  const address = await http.listen({ port: options.port, host });
  log.info({ url: address, platform: platform.kind, database: store.location }, 'guildhall started');

  return {
    url: address,
    guildId,
    engine: running,
    platform,
    store,
    scheduler,
    http,
    async stop() {
      await http.close();
      await catchUp.stop();
      await platform.stop();
      await scheduler.stop();
      await running.stop();
      await store.destroy();
    },
  };
}
