import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditLog } from '../../core/AuditLog.js';
import type { DashboardSettings } from '../../config/DashboardConfig.js';
import type { DashboardUser } from './DashboardAccess.js';
import type { DashboardSessions } from './DashboardSessions.js';
import { resolveDashboardRole, type GuildDirectory, type RoleDecision } from './resolveDashboardRole.js';
import { CLEAR_SESSION_COOKIE, SESSION_COOKIE, sessionCookieOptions } from './sessionCookie.js';

/** Who a request comes from: a user, nobody, or someone whose access was just withdrawn. */
export type RequestIdentity =
  { user: DashboardUser; sessionId: string } | { user: null; sessionId: null; lost?: 'not-member' | 'no-role' };

/** What the gate needs. */
export interface SessionGateDeps {
  sessions: DashboardSessions;
  directory: GuildDirectory;
  audit: AuditLog;
  guildId: string;
  settings: DashboardSettings;
  now: () => number;
}

/**
 * Signs users in and out and says who a request comes from: reads the session cookie, checks
 * the session, re-checks the user's Discord roles once `roleRefresh` has passed (a member who
 * left or lost every dashboard role has the session revoked), and records sign-in and
 * sign-out in the audit log.
 */
export class SessionGate {
  readonly #deps: SessionGateDeps;
  /** One lookup per request, shared by the access hook and the routes. */
  readonly #seen = new WeakMap<FastifyRequest, Promise<RequestIdentity>>();

  /** @param deps - sessions, the guild's members, audit log, settings, clock */
  constructor(deps: SessionGateDeps) {
    this.#deps = deps;
  }

  /**
   * Decides a member's dashboard role with the bot (at sign-in and at each refresh).
   * @param userId - the Discord user
   */
  decide(userId: string): Promise<RoleDecision> {
    const { directory, guildId, settings } = this.#deps;
    return resolveDashboardRole(directory, guildId, userId, settings);
  }

  /**
   * Who the request comes from (cached per request).
   * @param request - the request, with its cookies parsed
   */
  identify(request: FastifyRequest): Promise<RequestIdentity> {
    let found = this.#seen.get(request);
    if (found === undefined) {
      found = this.#lookUp(request);
      this.#seen.set(request, found);
    }
    return found;
  }

  async #lookUp(request: FastifyRequest): Promise<RequestIdentity> {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '') return { user: null, sessionId: null };
    const session = await this.#deps.sessions.find(token);
    if (session === null) return { user: null, sessionId: null };
    if (this.#deps.now() - session.roleCheckedAt < this.#deps.settings.roleRefresh) {
      return { user: session.user, sessionId: session.id };
    }
    let decision: RoleDecision;
    try {
      decision = await this.decide(session.user.userId);
    } catch (error) {
      // The platform is unreachable: keep the role last checked and try again next request,
      // rather than locking every moderator out during a Discord outage.
      request.log.warn({ err: error, userId: session.user.userId }, 'dashboard: role check failed');
      return { user: session.user, sessionId: session.id };
    }
    if (decision.role === null) {
      await this.#deps.sessions.revoke(session.id);
      request.log.info({ userId: session.user.userId, reason: decision.refused }, 'dashboard: access withdrawn');
      return { user: null, sessionId: null, lost: decision.refused };
    }
    await this.#deps.sessions.recheck(session.id, decision.role);
    return { user: { ...session.user, role: decision.role }, sessionId: session.id };
  }

  /**
   * Starts a session for `user`, sets its cookie and records `dashboard.login`.
   * @param reply - the answer that carries the cookie
   * @param user - who signs in, with their resolved role
   */
  async signIn(reply: FastifyReply, user: DashboardUser): Promise<void> {
    const { sessions, settings, audit, guildId } = this.#deps;
    const { token } = await sessions.create(user, settings.sessionTtl);
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(settings.sessionTtl));
    await audit.record({
      guildId,
      actor: `discord:${user.userId}`,
      action: 'dashboard.login',
      target: null,
      details: { role: user.role, method: user.devLogin ? 'dev' : 'discord' },
    });
  }

  /**
   * Revokes the request's session (if any), clears the cookie and records `dashboard.logout`.
   * @param request - the request naming the session
   * @param reply - the answer that clears the cookie
   * @returns whether a session was signed out
   */
  async signOut(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const identity = await this.identify(request);
    reply.clearCookie(SESSION_COOKIE, CLEAR_SESSION_COOKIE);
    if (identity.user === null) return false;
    await this.#deps.sessions.revoke(identity.sessionId);
    await this.#deps.audit.record({
      guildId: this.#deps.guildId,
      actor: `discord:${identity.user.userId}`,
      action: 'dashboard.logout',
      target: null,
      details: { method: identity.user.devLogin ? 'dev' : 'discord' },
    });
    return true;
  }
}
