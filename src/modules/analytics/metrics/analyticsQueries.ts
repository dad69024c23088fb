import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { DAY_MS } from '../AnalyticsTables.js';
import { healthSeries } from '../health/healthScore.js';
import { activeSeries } from './activeMembers.js';
import type { DayRange } from './DayRange.js';
import { firstResponse } from './firstResponse.js';
import { kpiValues } from './kpiValues.js';
import { membersAtDays } from './membersAt.js';
import { membershipRates } from './rates.js';
import { channelsOf, healthOfRange, retentionOf, seriesOf, summaryOf } from './readModel.js';
import { activationRate, retentionCohorts } from './retention.js';

/** One read of the analytics read model, as the dashboard and the benchmark call it. */
export type AnalyticsQuery = (
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  config: AnalyticsConfig,
) => Promise<unknown>;

/**
 * Every analytics query by name (bench/analytics times each): the routes' reads and the
 * metrics they are built from. A retention window counts as over on the range's last day;
 * `kpiValues` is taken as of the day after the range.
 */
export const analyticsQueries: Readonly<Record<string, AnalyticsQuery>> = {
  summary: (db, guildId, range) => summaryOf(db, guildId, range),
  series: (db, guildId, range) => seriesOf(db, guildId, range),
  retentionByJoin: (db, guildId, range) => retentionOf(db, guildId, range, 'join', range.toDay),
  retentionByFirstMessage: (db, guildId, range) => retentionOf(db, guildId, range, 'first-message', range.toDay),
  channels: (db, guildId, range) => channelsOf(db, guildId, range),
  health: (db, guildId, range, config) => healthOfRange(db, guildId, range, config),
  membersAtDays: (db, guildId, range) => membersAtDays(db, guildId, range),
  activeSeries: (db, guildId, range) => activeSeries(db, guildId, range),
  membershipRates: (db, guildId, range) => membershipRates(db, guildId, range),
  firstResponse: (db, guildId, range) => firstResponse(db, guildId, range),
  activationRate: (db, guildId, range) => activationRate(db, guildId, range),
  retentionCohorts: (db, guildId, range) => retentionCohorts(db, guildId, range, 'join', range.toDay),
  healthSeries: (db, guildId, range, config) => healthSeries(db, guildId, range, config.health),
  kpiValues: (db, guildId, range, config) => kpiValues(db, guildId, (range.toDay + 1) * DAY_MS, config),
};
