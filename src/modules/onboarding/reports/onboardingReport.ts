import type { Kysely } from 'kysely';
import { UserError } from '../../../core/errors.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import { OnboardingConfig } from '../OnboardingConfig.js';
import { onboardingExperiments } from './experimentResults.js';
import { resolveJoinRange } from './joinRange.js';
import { onboardingFunnel } from './onboardingFunnel.js';
import type { OnboardingReport } from './onboardingReportText.js';
import type { FunnelGrouping } from './OnboardingReportsApi.js';

/** What `guildhall report onboarding` asks for. */
export interface OnboardingReportOptions {
  /** First day of joins, `YYYY-MM-DD` (default: 29 days before `to`). */
  from?: string | undefined;
  /** Last day of joins (default: today, UTC). */
  to?: string | undefined;
  /** Split the funnel (default none). */
  by?: FunnelGrouping | undefined;
}

/**
 * The onboarding report, read from the database as the dashboard's routes read it: the funnel
 * of the range's joiners and every configured experiment's result.
 * @param db - the database
 * @param guildId - the guild
 * @param config - the `onboarding:` section, parsed; undefined for the defaults
 * @param options - range and split
 * @param now - epoch ms
 * @throws UserError on a malformed or too long range
 */
export async function buildOnboardingReport(
  db: Kysely<CoreTables>,
  guildId: string,
  config: OnboardingConfig | undefined,
  options: OnboardingReportOptions,
  now: number,
): Promise<OnboardingReport> {
  const section = config ?? OnboardingConfig.parse(undefined);
  for (const date of [options.from, options.to]) {
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError(`${date}: use a date YYYY-MM-DD`);
  }
  const range = resolveJoinRange(options, now);
  if ('error' in range) throw new UserError(range.error);
  return {
    funnel: await onboardingFunnel(db, guildId, range, options.by ?? 'none', section),
    experiments: await onboardingExperiments(db, guildId, section, now),
  };
}
