import { fastifyOauth2, type OAuth2Namespace } from '@fastify/oauth2';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DiscordLoginSettings } from './authSettings.js';
import { AUTH_RATE_LIMIT } from './authSchemas.js';
import { refusedPage, type RefusalReason } from './refusedPage.js';
import type { SessionGate } from './SessionGate.js';

/** The decorator @fastify/oauth2 adds for Discord. */
const OAUTH_NAME = 'discordOAuth2';

/**
 * The part of Discord's user object sign-in reads.
 * @see https://discord.com/developers/docs/resources/user#user-object
 */
const DiscordUser = z.object({
  id: z.string().regex(/^\d+$/),
  username: z.string(),
  global_name: z.string().nullable().optional(),
});

/** A redirect: the target is in the Location header. */
const Redirect = z.null().describe('Redirect (see the Location header).');

/** The page that says why sign-in failed or was refused. */
const RefusalPage = { content: { 'text/html': { schema: z.string().describe('An HTML page saying why.') } } };

const CallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional(),
});

/**
 * Fetches the signed-in Discord user with their access token (`identify` scope).
 * @see https://discord.com/developers/docs/resources/user#get-current-user
 */
async function fetchDiscordUser(apiBaseUrl: string, accessToken: string): Promise<z.infer<typeof DiscordUser>> {
  const response = await fetch(`${apiBaseUrl}/users/@me`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET /users/@me answered ${response.status}`);
  return DiscordUser.parse(await response.json());
}

/**
 * Registers Discord's OAuth2 authorization-code flow (`identify` scope only) with
 * @fastify/oauth2: `GET /auth/login` redirects to Discord with a `state` kept in a `__Host-`
 * cookie; `GET /auth/callback` checks the state, exchanges the code, reads `/users/@me`,
 * resolves the dashboard role with the bot, starts a session and redirects to `/`. A member
 * without access gets a page saying why (403).
 * @see https://discord.com/developers/docs/topics/oauth2#authorization-code-grant
 * @param app - the server
 * @param options - Discord app settings, the session gate, the community's name
 */
export async function registerDiscordLogin(
  app: FastifyInstance,
  options: { discord: DiscordLoginSettings; gate: SessionGate; community: string },
): Promise<void> {
  const { discord, gate, community } = options;
  await app.register(fastifyOauth2, {
    name: OAUTH_NAME,
    scope: ['identify'],
    credentials: {
      client: { id: discord.clientId, secret: discord.clientSecret },
      auth: {
        ...fastifyOauth2.DISCORD_CONFIGURATION,
        authorizeHost: discord.oauthBaseUrl,
        tokenHost: discord.oauthBaseUrl,
      },
    },
    callbackUri: discord.callbackUrl,
    hostPrefixedCookies: true,
    cookie: { secure: true, sameSite: 'lax', path: '/', httpOnly: true },
  });
  const oauth = app.getDecorator<OAuth2Namespace>(OAUTH_NAME);
  const refuse = (reply: FastifyReply, code: number, reason: RefusalReason): FastifyReply =>
    reply.code(code).type('text/html; charset=utf-8').send(refusedPage(reason, community));
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'public' as const, rateLimit: AUTH_RATE_LIMIT };

  routes.get(
    '/auth/login',
    {
      config,
      schema: {
        summary: 'Sign in with Discord (redirects to Discord)',
        tags: ['auth'],
        response: { 302: Redirect },
      },
    },
    async (request, reply) => reply.redirect(await oauth.generateAuthorizationUri(request, reply)),
  );

  routes.get(
    '/auth/callback',
    {
      config,
      schema: {
        summary: 'Where Discord sends the browser back after sign-in',
        tags: ['auth'],
        querystring: CallbackQuery,
        response: { 302: Redirect, 400: RefusalPage, 403: RefusalPage },
      },
    },
    async (request, reply) => {
      if (request.query.error !== undefined) return refuse(reply, 400, 'failed');
      let userId: string;
      let name: string;
      try {
        const { token } = await oauth.getAccessTokenFromAuthorizationCodeFlow(request, reply);
        const user = await fetchDiscordUser(discord.apiBaseUrl, token.access_token);
        userId = user.id;
        name = user.global_name ?? user.username;
      } catch (error) {
        request.log.warn({ err: error }, 'dashboard: Discord sign-in failed');
        return refuse(reply, 400, 'failed');
      }
      const decision = await gate.decide(userId);
      if (decision.role === null) {
        request.log.info({ userId, reason: decision.refused }, 'dashboard: sign-in refused');
        return refuse(reply, 403, decision.refused);
      }
      await gate.signIn(reply, { userId, name, role: decision.role, devLogin: false });
      return reply.redirect('/');
    },
  );
}
