/** The OAuth2 host used when `DISCORD_OAUTH_BASE_URL` is not set. */
export const DEFAULT_DISCORD_OAUTH_BASE_URL = 'https://discord.com';
/** The API base used when `DISCORD_API_BASE_URL` is not set. */
export const DEFAULT_DISCORD_API_BASE_URL = 'https://discord.com/api';

/** Discord login settings: present only when the dashboard URL and the app's credentials are all set. */
export interface DiscordLoginSettings {
  clientId: string;
  clientSecret: string;
  /** Where the authorize and token endpoints live (`DISCORD_OAUTH_BASE_URL`). */
  oauthBaseUrl: string;
  /** Where `GET /users/@me` lives (`DISCORD_API_BASE_URL`), without a trailing slash. */
  apiBaseUrl: string;
  /** `${DASHBOARD_URL}/auth/callback`: the redirect URL registered with the Discord app. */
  callbackUrl: string;
}

/** What the environment says about dashboard sign-in. */
export interface AuthSettings {
  /** Null when DASHBOARD_URL, DISCORD_CLIENT_ID or DISCORD_CLIENT_SECRET is missing. */
  discord: DiscordLoginSettings | null;
  /** `GUILDHALL_METRICS_TOKEN`: when set, `/metrics` needs `Authorization: Bearer <token>`. */
  metricsToken: string | null;
}

function value(env: Record<string, string | undefined>, name: string): string | null {
  const text = env[name]?.trim();
  return text === undefined || text === '' ? null : text;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Reads the sign-in settings from the environment: `DASHBOARD_URL`, `DISCORD_CLIENT_ID`,
 * `DISCORD_CLIENT_SECRET` (all three, or no Discord login), `DISCORD_OAUTH_BASE_URL`,
 * `DISCORD_API_BASE_URL` (a fake provider in tests) and `GUILDHALL_METRICS_TOKEN`.
 * @param env - the process environment
 * @throws Error when DASHBOARD_URL (or a base URL) is not an http(s) URL
 */
export function authSettingsFromEnv(env: Record<string, string | undefined>): AuthSettings {
  const dashboardUrl = value(env, 'DASHBOARD_URL');
  const clientId = value(env, 'DISCORD_CLIENT_ID');
  const clientSecret = value(env, 'DISCORD_CLIENT_SECRET');
  const metricsToken = value(env, 'GUILDHALL_METRICS_TOKEN');
  if (dashboardUrl === null || clientId === null || clientSecret === null) return { discord: null, metricsToken };
  return {
    discord: {
      clientId,
      clientSecret,
      oauthBaseUrl: httpUrl(env, 'DISCORD_OAUTH_BASE_URL', DEFAULT_DISCORD_OAUTH_BASE_URL),
      apiBaseUrl: httpUrl(env, 'DISCORD_API_BASE_URL', DEFAULT_DISCORD_API_BASE_URL),
      callbackUrl: `${httpUrl(env, 'DASHBOARD_URL', dashboardUrl)}/auth/callback`,
    },
    metricsToken,
  };
}

function httpUrl(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const text = value(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}: "${text}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${name}: "${text}" is not an http(s) URL`);
  return withoutTrailingSlash(url.origin + url.pathname);
}
