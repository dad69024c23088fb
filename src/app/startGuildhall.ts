import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../core/Clock.js';
import { Engine } from '../core/Engine.js';
import { createLogger, type Logger } from '../core/Logger.js';
import { Metrics } from '../metrics/Metrics.js';
import type { Platform } from '../platform/Platform.js';
import { SandboxPlatform } from '../platform/sandbox/SandboxPlatform.js';
import { registerSandboxRoutes } from '../server/sandbox/registerSandboxRoutes.js';
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
import { LogFollower } from '../core/LogFollower.js';
import { LeaseConnection } from '../store/LeaseConnection.js';
import { assertRoleFitsDatabase, roleParts, type ProcessRole } from './processRole.js';
import { registerServedRoutes } from './registerServedRoutes.js';
import { registerInteractionsEndpoint } from '../server/registerInteractionsEndpoint.js';
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
  /** What this process runs (default `all`; the others need PostgreSQL): see `processRole.ts`. */
  role?: ProcessRole;
  /**
   * A worker whose lease connection is lost no longer owns its guilds, and another worker may
   * take them over: by default it exits at once (status 70) so that no two processes handle a
   * guild; its supervisor starts it again.
   */
  leaseLost?: (error: Error) => void;
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
  role: ProcessRole;
  /** Worker role: whether it owns the guild now. */
  owns(guildId: string): boolean;
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
  const role = options.role ?? 'all';
  const parts = roleParts(role);
  // One process per database: a second start on the same SQLite file is refused.
  const store = await openAndMigrate(options.databaseUrl, options.databaseSchema, { exclusive: true });
  try {
    assertRoleFitsDatabase(role, store.dialect);
  } catch (error) {
    await store.destroy();
    throw error;
  }
  const metrics = new Metrics(true);
  const { platform, guildId, interactions } = await createPlatform({ store, clock, log, community, env: options.env });

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
    ...(role === 'all' ? {} : { handling: 'log' as const, owns: (id: string) => follower?.owns(id) === true }),
  });
  // Worker: takes over the guild when no other worker owns it, then handles its events from the log.
  const follower = role === 'worker' ? await startFollower(options, running, guildId, log) : undefined;

  if (role === 'all') {
    const recovered = await running.recover([guildId]);
    if (recovered > 0) log.info({ recovered }, 'handled events recorded before the last stop');
  }
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
  // A split Discord deployment: only the gateway records; the others keep discord.js's guild cache.
  const records = parts.records || platform instanceof SandboxPlatform;
  await platform.start(
    async (event) => {
      if (records) await running.ingest(event);
    },
    parts.records ? catchUp.platformOptions() : {},
  );
  if (parts.records) {
    await platform.registerCommands(guildId, running.commandDefinitions());
    await warnAboutReferences(options, platform, guildId, log);
  }
  if (role === 'all') await running.startModules(guildId);
  // Carries out what units of work queued (and what the last process left), and retries.
  if (parts.handles) await running.startOutbox();
  if (parts.records) {
    await catchUp.run('start');
    // Catch-up is off (or could not list the members): the directory reads the list itself.
    if (!directorySynced) await syncMemberDirectory({ directory, platform, clock, log }, guildId);
  }
  await follower?.start();
  if (parts.handles && options.runScheduler !== false) scheduler.start();

  const host = options.host ?? '127.0.0.1';
  const http = await createHttpServer({
    store,
    metrics,
    log,
    platformKind: platform.kind,
    webRoot: options.webRoot ?? defaultWebRoot,
    host,
    allowedHosts,
    health: () => ({ role, ...(follower === undefined ? {} : { owns: follower.owns(guildId) ? [guildId] : [] }) }),
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
  if (parts.serves)
    await registerServedRoutes(http, { options, store, platform, guildId, clock, engine: running, modules, community });
  // Discord's HTTP interactions endpoint (DISCORD_PUBLIC_KEY): any serving process answers it.
  if (parts.serves && interactions !== null) {
    registerInteractionsEndpoint(http, {
      ...interactions,
      guildId,
      record: async (event) => {
        await running.ingest(event);
      },
      now: () => clock.now(),
      log,
    });
  }
  // The sandbox's inputs (post a message, add a member…) are recorded by any process that records or serves.
  if (platform instanceof SandboxPlatform && (parts.records || parts.serves)) {
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
    role,
    owns: (id) => role === 'all' || follower?.owns(id) === true,
    async stop() {
      await http.close();
      await catchUp.stop();
      await follower?.stop();
      await platform.stop();
      await scheduler.stop();
      await running.stop();
      await follower?.close();
      await store.destroy();
    },
  };
}

/** The worker role's lease connection and log follower. */
async function startFollower(
  options: GuildhallOptions,
  engine: Engine,
  guildId: string,
  log: Logger,
): Promise<LogFollower & { close(): Promise<void> }> {
  const followerLog = log.child({ component: 'worker' });
  const leases = await LeaseConnection.open({
    url: options.databaseUrl,
    ...(options.databaseSchema === undefined ? {} : { schema: options.databaseSchema }),
    lost:
      options.leaseLost ??
      ((error) => {
        followerLog.error({ err: error }, 'lost the lease connection: exiting so that no two workers own a guild');
        process.exit(70);
      }),
  });
  const follower = new LogFollower({
    engine,
    leases,
    guildIds: [guildId],
    log: followerLog,
    // What the previous owner left in the outbox goes out on the outbox poll once this one owns the guild.
    acquired: (id) => engine.startModules(id),
  });
  return Object.assign(follower, { close: () => leases.close() });
}
