/**
 * Who may call a route. Every route states it in its Fastify `config.access`; a route that does
 * not is treated as `admin` (closed by default). `public` is only for `/healthz`, `/metrics`,
 * the login flow, the dashboard's static files (the shell that shows the login page) and module
 * routes that declare it (e.g. the events module's iCalendar feeds, which check by themselves).
 */
export type RouteAccess = 'public' | DashboardRole;

/** Dashboard roles, lowest first: each includes what the ones before it may do. */
export const DASHBOARD_ROLES = ['viewer', 'moderator', 'admin'] as const;
export type DashboardRole = (typeof DASHBOARD_ROLES)[number];

/** The person signed in to the dashboard (a Discord user of the managed guild). */
export interface DashboardUser {
  userId: string;
  /** Display name (global name or username) at sign-in. */
  name: string;
  role: DashboardRole;
  /** The session signed in with the sandbox's dev login, not with Discord. */
  devLogin: boolean;
}

/**
 * True when `role` may call a route that asks for `needed`.
 * @param role - the signed-in user's role
 * @param needed - the route's access
 */
export function roleAllows(role: DashboardRole, needed: RouteAccess): boolean {
  if (needed === 'public') return true;
  return DASHBOARD_ROLES.indexOf(role) >= DASHBOARD_ROLES.indexOf(needed);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (see `RouteAccess`); `admin` when left out. */
    access?: RouteAccess;
    /** On a `public` route: still identify a session, when there is one (`request.dashboardUser`). */
    optionalSignIn?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, set by the auth hook before any handler of a non-public route. */
    dashboardUser?: DashboardUser;
  }
}
