import type { EventsConfig } from '../EventsConfig.js';

/**
 * The address feed links start with: `events.calendar.baseUrl`, else the `DASHBOARD_URL` the
 * server signs in with, else `http://localhost:<PORT or 3000>` (a sandbox on this machine).
 * @param config - the events section
 * @param env - the process environment (tests pass their own)
 */
export function feedBaseUrl(
  config: Pick<EventsConfig, 'calendar'>,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = config.calendar.baseUrl ?? env.DASHBOARD_URL ?? `http://localhost:${env.PORT ?? '3000'}`;
  return configured.replace(/\/+$/, '');
}
