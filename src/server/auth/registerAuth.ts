import type { FastifyInstance } from 'fastify';
import type { CommunityConfig } from '../../config/CommunityConfig.js';
import { dashboardSettings } from '../../config/DashboardConfig.js';
import type { AuditLog } from '../../core/AuditLog.js';
import type { GuildSnapshot, ListedMember, MemberSnapshot, PlatformKind } from '../../platform/Platform.js';
import type { Store } from '../../store/Store.js';
import { authSettingsFromEnv } from './authSettings.js';
import { DashboardSessions } from './DashboardSessions.js';
import { registerAccessHook } from './registerAccessHook.js';
import { registerDevLogin } from './registerDevLogin.js';
import { registerDiscordLogin } from './registerDiscordLogin.js';
import { registerSecurityPlugins } from './registerSecurityPlugins.js';
import { registerSessionRoutes } from './registerSessionRoutes.js';
import { SessionGate } from './SessionGate.js';

/** The platform reads sign-in needs (the bot's view of the guild). */
export interface AuthPlatform {
  readonly kind: PlatformKind;
  fetchGuild(guildId: string): Promise<GuildSnapshot>;
  fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null>;
  /** Sandbox: the members the dev login offers. */
  fetchAllMembers(guildId: string): Promise<ListedMember[]>;
}

/** What `registerAuth` needs. */
export interface AuthDeps {
  /** The database (core migrations applied: `dashboard_sessions`). */
  store: Store;
  /** The platform: roles are resolved with the bot; `sandbox` enables the dev login. */
  platform: AuthPlatform;
  /** The managed guild: who may sign in is decided against it. */
  guildId: string;
  /** community.yaml: `dashboard:` (roles, sessionTtl, roleRefresh, allowEveryone), the community's name. */
  community: CommunityConfig;
  /** Where `dashboard.login` / `dashboard.logout` are recorded (the engine's `audit`). */
  audit: AuditLog;
  /**
   * DASHBOARD_URL, DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET (Discord login when all three are
   * set), DISCORD_OAUTH_BASE_URL, DISCORD_API_BASE_URL, GUILDHALL_METRICS_TOKEN.
   */
  env: Record<string, string | undefined>;
  /** Epoch ms now (the engine's clock). */
  now: () => number;
}

/**
 * Dashboard authentication, registered on the server before any route:
 * - @fastify/cookie, @fastify/helmet (CSP fit for the dashboard and /api/docs),
 *   @fastify/csrf-protection (cookie mode, `x-csrf-token` header), @fastify/rate-limit
 *   (20 a minute per address, on `/auth/*` only);
 * - Discord sign-in (`GET /auth/login`, `GET /auth/callback`) when DASHBOARD_URL,
 *   DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET are set; the dev login
 *   (`POST /auth/dev-login`) on the sandbox; `POST /auth/logout`; `GET /api/session`;
 * - the access hook: every route's `config.access` (missing = admin) is enforced, with
 *   `request.dashboardUser` set for the handlers (see `registerAccessHook`).
 *
 * Call it right after the host check, and after @fastify/swagger if the routes should appear
 * in /openapi.json. The routes use zod schemas (fastify-type-provider-zod): the server's
 * validator and serializer compilers must be the provider's. See docs/dashboard-auth.md.
 * @param app - the server
 * @param deps - database, platform, guild, config, audit log, environment, clock
 */
export async function registerAuth(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  const { store, platform, guildId, community, audit, now } = deps;
  const auth = authSettingsFromEnv(deps.env);
  const settings = dashboardSettings(community.dashboard);
  await registerSecurityPlugins(app);
  const gate = new SessionGate({
    sessions: new DashboardSessions(store.db, now),
    directory: platform,
    audit,
    guildId,
    settings,
    now,
  });
  registerAccessHook(app, { gate, metricsToken: auth.metricsToken });
  if (auth.discord !== null) {
    await registerDiscordLogin(app, { discord: auth.discord, gate, community: community.community.name });
  }
  const sandbox = platform.kind === 'sandbox';
  if (sandbox) registerDevLogin(app, { gate, fetchMember: (userId) => platform.fetchMember(guildId, userId) });
  registerSessionRoutes(app, {
    gate,
    discordLogin: auth.discord !== null,
    ...(sandbox
      ? {
          devMembers: async () =>
            (await platform.fetchAllMembers(guildId))
              .filter((m) => !m.bot)
              .map((m) => ({ userId: m.userId, name: m.displayName })),
        }
      : {}),
  });
}
