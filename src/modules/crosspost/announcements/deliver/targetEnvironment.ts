import type { CrosspostTarget } from '../announcementsConfig.js';

/** A target's URL and headers read from the environment, or why they cannot be. */
export type TargetEnvironment = { url: string; headers: Record<string, string> } | { error: string };

/**
 * Reads a target's webhook URL (`urlEnv`) and extra headers (`headersEnv`, a JSON object of
 * strings) from the environment: the credentials never sit in community.yaml.
 * @param target - the configured target
 * @param env - the environment (process.env)
 */
export function targetEnvironment(
  target: Pick<CrosspostTarget, 'urlEnv' | 'headersEnv'>,
  env: Record<string, string | undefined> = process.env,
): TargetEnvironment {
  const url = env[target.urlEnv]?.trim() ?? '';
  if (url === '') return { error: `environment variable ${target.urlEnv} (the webhook URL) is not set` };
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    return { error: `environment variable ${target.urlEnv} does not hold an http(s) URL` };
  }
  if (target.headersEnv === undefined) return { url, headers: {} };
  const raw = env[target.headersEnv];
  if (raw === undefined || raw.trim() === '')
    return { error: `environment variable ${target.headersEnv} (headers) is not set` };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      Array.isArray(parsed) ||
      !Object.values(parsed).every((v) => typeof v === 'string')
    ) {
      return { error: `environment variable ${target.headersEnv} must be a JSON object of string headers` };
    }
    return { url, headers: parsed as Record<string, string> };
  } catch {
    return { error: `environment variable ${target.headersEnv} is not valid JSON` };
  }
}
