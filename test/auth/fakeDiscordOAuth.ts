import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';

/** A Discord user the fake provider signs in. */
export interface FakeDiscordUser {
  id: string;
  username: string;
  global_name: string | null;
}

/** A local stand-in for Discord's OAuth2 endpoints, on a random port. */
export interface FakeDiscordOAuth {
  /** `http://127.0.0.1:<port>`: DISCORD_OAUTH_BASE_URL. */
  baseUrl: string;
  /** `<baseUrl>/api`: DISCORD_API_BASE_URL. */
  apiBaseUrl: string;
  /** Who the next authorization signs in. */
  signInAs(user: FakeDiscordUser): void;
  /** Scopes asked for at each authorization, in order. */
  readonly scopesAsked: string[];
  close(): Promise<void>;
}

const CLIENT_ID = 'fake-client-id';
const CLIENT_SECRET = 'fake-client-secret';

/** Credentials the fake provider accepts (DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET). */
export const FAKE_CLIENT = { id: CLIENT_ID, secret: CLIENT_SECRET } as const;

/**
 * Starts a fake Discord OAuth2 provider: `/oauth2/authorize` (and `/api/oauth2/authorize`)
 * redirects straight back with a one-time code, `POST /api/oauth2/token` exchanges it (client
 * credentials by HTTP Basic, as Discord accepts them; form-encoded body), `GET /api/users/@me`
 * answers for the access token.
 * @see https://discord.com/developers/docs/topics/oauth2#authorization-code-grant
 */
export async function startFakeDiscordOAuth(): Promise<FakeDiscordOAuth> {
  const app: FastifyInstance = Fastify();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  let next: FakeDiscordUser | null = null;
  const codes = new Map<string, { user: FakeDiscordUser; redirectUri: string }>();
  const tokens = new Map<string, FakeDiscordUser>();
  const scopesAsked: string[] = [];

  const authorize = (query: Record<string, string | undefined>): { status: number; location?: string } => {
    const redirectUri = query.redirect_uri ?? '';
    if (query.client_id !== CLIENT_ID || query.response_type !== 'code' || redirectUri === '' || next === null) {
      return { status: 400 };
    }
    scopesAsked.push(query.scope ?? '');
    const code = randomBytes(8).toString('hex');
    codes.set(code, { user: next, redirectUri });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    if (query.state !== undefined) target.searchParams.set('state', query.state);
    return { status: 302, location: target.toString() };
  };
  for (const path of ['/oauth2/authorize', '/api/oauth2/authorize']) {
    app.get<{ Querystring: Record<string, string | undefined> }>(path, async (request, reply) => {
      const answer = authorize(request.query);
      if (answer.location === undefined) return reply.code(answer.status).send({ error: 'invalid_request' });
      return reply.redirect(answer.location);
    });
  }
  app.post<{ Body: Record<string, string | undefined> }>('/api/oauth2/token', async (request, reply) => {
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
    const inBody = request.body.client_id === CLIENT_ID && request.body.client_secret === CLIENT_SECRET;
    if (request.headers.authorization !== `Basic ${basic}` && !inBody) {
      return reply.code(401).send({ error: 'invalid_client' });
    }
    const grant = codes.get(request.body.code ?? '');
    if (request.body.grant_type !== 'authorization_code' || grant === undefined) {
      return reply.code(400).send({ error: 'invalid_grant' });
    }
    if (request.body.redirect_uri !== grant.redirectUri) return reply.code(400).send({ error: 'invalid_grant' });
    codes.delete(request.body.code ?? '');
    const accessToken = randomBytes(12).toString('hex');
    tokens.set(accessToken, grant.user);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 604800,
      refresh_token: randomBytes(12).toString('hex'),
      scope: 'identify',
    };
  });
  app.get('/api/users/@me', async (request, reply) => {
    const user = tokens.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (user === undefined) return reply.code(401).send({ message: '401: Unauthorized', code: 0 });
    return { ...user, discriminator: '0', avatar: null };
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address,
    apiBaseUrl: `${address}/api`,
    signInAs: (user) => {
      next = user;
    },
    scopesAsked,
    close: () => app.close(),
  };
}
