import { request } from 'undici';
import { z } from 'zod';

const API = 'https://api.github.com';
const TIMEOUT_MS = 10_000;

const User = z.object({ login: z.string(), id: z.number(), bio: z.string().nullable().optional() });
const Gists = z.array(z.object({ description: z.string().nullable().optional() }));

/** What Guildhall reads of a GitHub account to verify a link: public data only. */
export interface GithubProfile {
  /** The login as GitHub spells it. */
  login: string;
  id: string;
  bio: string;
  /** Descriptions of the newest public gists (up to 30). */
  gistDescriptions: string[];
}

/** Why a profile could not be read. */
export type ProfileFailure = 'not_found' | 'unavailable';

/**
 * Reads a GitHub account's bio and public gists' descriptions from the REST API, without
 * credentials (`GITHUB_TOKEN`, when set, raises the rate limit from 60 to 5000 an hour).
 * @param login - the login
 * @param token - optional token (`process.env.GITHUB_TOKEN`)
 * @see https://docs.github.com/en/rest/users/users#get-a-user
 * @see https://docs.github.com/en/rest/gists/gists#list-gists-for-a-user
 */
export async function fetchGithubProfile(login: string, token?: string): Promise<GithubProfile | ProfileFailure> {
  const user = await getJson(`/users/${encodeURIComponent(login)}`, token);
  if (typeof user === 'string') return user;
  const parsedUser = User.safeParse(user.body);
  if (!parsedUser.success) return 'unavailable';
  const gists = await getJson(`/users/${encodeURIComponent(login)}/gists?per_page=30`, token);
  if (typeof gists === 'string') return gists;
  const parsedGists = Gists.safeParse(gists.body);
  if (!parsedGists.success) return 'unavailable';
  return {
    login: parsedUser.data.login,
    id: String(parsedUser.data.id),
    bio: parsedUser.data.bio ?? '',
    gistDescriptions: parsedGists.data.map((g) => g.description ?? ''),
  };
}

async function getJson(path: string, token: string | undefined): Promise<{ body: unknown } | ProfileFailure> {
  try {
    const response = await request(`${API}${path}`, {
      method: 'GET',
      headers: {
        accept: 'application/vnd.github+json',
        'user-agent': 'guildhall',
        'x-github-api-version': '2022-11-28',
        ...(token === undefined || token === '' ? {} : { authorization: `Bearer ${token}` }),
      },
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
    if (response.statusCode === 404) {
      await response.body.dump();
      return 'not_found';
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      return 'unavailable';
    }
    return { body: await response.body.json() };
  } catch {
    return 'unavailable';
  }
}
