import { UserError } from '../../core/errors.js';

/** Discord connection settings that come from the environment (secrets never live in community.yaml). */
export interface DiscordEnv {
  /** `DISCORD_TOKEN`. */
  token: string;
  /** `DISCORD_API_URL`, e.g. `http://127.0.0.1:4000/api` for a local fake Discord. */
  apiUrl?: string;
}

/**
 * Reads `DISCORD_TOKEN` and `DISCORD_API_URL`; null without a token (Guildhall then runs
 * the sandbox platform).
 * @param env - the environment (default `process.env`)
 * @throws UserError when `DISCORD_API_URL` is not an http(s) URL
 */
export function readDiscordEnv(env: NodeJS.ProcessEnv = process.env): DiscordEnv | null {
  const token = env.DISCORD_TOKEN?.trim() ?? '';
  if (token === '') return null;
  const apiUrl = env.DISCORD_API_URL?.trim() ?? '';
  if (apiUrl === '') return { token };
  let protocol: string;
  try {
    protocol = new URL(apiUrl).protocol;
  } catch {
    throw new UserError(`DISCORD_API_URL is not a URL: ${apiUrl}`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new UserError(`DISCORD_API_URL must be http(s): ${apiUrl}`);
  return { token, apiUrl };
}
