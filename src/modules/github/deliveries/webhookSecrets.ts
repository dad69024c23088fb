import type { DeliveriesConfig } from './deliveriesConfig.js';

/** The secrets a delivery's signature may be made with: the current one, then the previous. */
export interface WebhookSecrets {
  current: string;
  previous: string[];
}

/**
 * The webhook secrets from the environment variables the config names (never from the file),
 * or null when the current one is not set.
 * @param config - `github.deliveries`
 * @param env - the process environment (tests pass their own)
 */
export function webhookSecrets(
  config: Pick<DeliveriesConfig, 'secretEnv' | 'previousSecretEnv'>,
  env: Record<string, string | undefined> = process.env,
): WebhookSecrets | null {
  const current = env[config.secretEnv];
  if (current === undefined || current === '') return null;
  const previous = config.previousSecretEnv === null ? undefined : env[config.previousSecretEnv];
  return { current, previous: previous === undefined || previous === '' ? [] : [previous] };
}
