import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_COOKIE } from './sessionCookie.js';

/** The header a state-changing call carries its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The Content-Security-Policy directives: the Vite-built dashboard (module scripts and CSS
 * files from the server itself, no inline script) and swagger-ui at /api/docs (its scripts are
 * files too; it sets inline styles and shows data: images). Discord avatars come from its CDN.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'https://cdn.discordapp.com'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  // Left out: on plain-HTTP localhost it would rewrite the dashboard's own requests to https.
  upgradeInsecureRequests: null,
};

function csrfHeader(request: FastifyRequest): string | undefined {
  const header = request.headers[CSRF_HEADER];
  return Array.isArray(header) ? header[0] : header;
}

/**
 * Registers the cookie parser, helmet's headers (with {@link CSP_DIRECTIVES}), CSRF protection
 * in cookie mode (secret in the `__Host-guildhall_csrf` cookie, token in the `x-csrf-token`
 * header) and the rate limiter, applied only to routes whose config asks for it (`/auth/*`).
 * @param app - the server
 */
export async function registerSecurityPlugins(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, { contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } });
  await app.register(fastifyCsrfProtection, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
    getToken: csrfHeader,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      error: `too many sign-in requests: try again in ${context.after}`,
    }),
  });
}

/**
 * Checks the request's CSRF token against its secret cookie, as @fastify/csrf-protection does.
 * @param app - the server (csrf-protection registered)
 * @param request - the request
 * @returns null when the token is good, else why not
 */
export function csrfProblem(app: FastifyInstance, request: FastifyRequest): Promise<string | null> {
  if (csrfHeader(request) === undefined) return Promise.resolve('missing csrf token (x-csrf-token header)');
  return new Promise((resolve) => {
    // The plugin answers a bad token itself; a stand-in reply turns that answer into a value,
    // so the refusal keeps the API's `{ error }` shape.
    const capture = { send: () => resolve('invalid csrf token'), unsignCookie: () => ({ valid: false, value: null }) };
    app.csrfProtection(request, capture as never, () => resolve(null));
  });
}
