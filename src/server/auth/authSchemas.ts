import { z } from 'zod';
import { DASHBOARD_ROLES } from './DashboardAccess.js';

/** The signed-in user, as the API gives it. */
export const DashboardUserSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(DASHBOARD_ROLES),
  devLogin: z.boolean(),
});

/** `GET /api/session`: who is signed in, the CSRF token for state-changing calls, how to sign in. */
export const SessionResponse = z.object({
  user: DashboardUserSchema.nullable(),
  /** Send it back as the `x-csrf-token` header on POST/PUT/PATCH/DELETE. */
  csrfToken: z.string(),
  loginMethods: z.array(z.enum(['discord', 'dev'])),
  /** Sandbox only: the members the dev login may sign in as. */
  devMembers: z.array(z.object({ userId: z.string(), name: z.string() })).optional(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

/** `POST /auth/dev-login` body. */
export const DevLoginBody = z.object({ userId: z.string().regex(/^\d{1,25}$/, 'must be a user id (digits)') }).strict();

/** `POST /auth/dev-login` answer. */
export const DevLoginResponse = z.object({ user: DashboardUserSchema });

/** `POST /auth/logout` answer. */
export const LogoutResponse = z.object({ signedOut: z.boolean() });

/** Every 4xx/5xx answer of the API. */
export const ErrorResponse = z.object({ error: z.string() });

/** Rate limit of the `/auth/*` routes, per client address. */
export const AUTH_RATE_LIMIT = { max: 20, timeWindow: '1 minute' } as const;
