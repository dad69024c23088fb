import type { AnalyticsContext } from '../AnalyticsContext.js';
import { dayOf } from '../AnalyticsTables.js';
import { isoOfDay, type DayRange } from '../metrics/DayRange.js';
import { channelsOf, healthOfRange, retentionOf, seriesOf } from '../metrics/readModel.js';
import type { CsvExport, ExportQuery } from './AnalyticsApi.js';
import { toCsv, type CsvCell } from './toCsv.js';

async function tableOf(
  ctx: AnalyticsContext,
  guildId: string,
  range: DayRange,
  dataset: ExportQuery['dataset'],
): Promise<{ header: string[]; rows: CsvCell[][] }> {
  switch (dataset) {
    case 'series': {
      const { points } = await seriesOf(ctx.db, guildId, range);
      const header = [
        'date',
        'members',
        'joins',
        'leaves',
        'messages',
        'replies',
        'reactions',
        'dau',
        'wau',
        'mau',
        'stickiness',
      ];
      return {
        header,
        rows: points.map((p) => [
          p.date,
          p.members,
          p.joins,
          p.leaves,
          p.messages,
          p.replies,
          p.reactions,
          p.dau,
          p.wau,
          p.mau,
          p.stickiness,
        ]),
      };
    }
    case 'channels': {
      const { channels } = await channelsOf(ctx.db, guildId, range);
      return {
        header: [
          'channel_id',
          'messages',
          'replies',
          'reactions',
          'topics',
          'answered',
          'answered_share',
          'median_response_hours',
          'p90_response_hours',
        ],
        rows: channels.map((c) => [
          c.channelId,
          c.messages,
          c.replies,
          c.reactions,
          c.firstResponse.topics,
          c.firstResponse.answered,
          c.firstResponse.answeredShare,
          c.firstResponse.medianHours,
          c.firstResponse.p90Hours,
        ]),
      };
    }
    case 'retention': {
      const { cohorts } = await retentionOf(ctx.db, guildId, range, 'join', dayOf(ctx.clock.now()) - 1);
      const weeks = cohorts[0]?.weeks.length ?? 0;
      return {
        header: [
          'week',
          'size',
          'retention_7d',
          'retention_30d',
          ...Array.from({ length: weeks }, (_, k) => `week_${k + 1}`),
        ],
        rows: cohorts.map((c) => [c.week, c.size, c.retention7d, c.retention30d, ...c.weeks]),
      };
    }
    case 'health': {
      const { trend } = await healthOfRange(ctx.db, guildId, range, ctx.config);
      return {
        header: ['date', 'score', 'engagement', 'growth', 'sentiment'],
        rows: trend.map((h) => [h.date, h.score, h.engagement, h.growth, h.sentiment]),
      };
    }
  }
}

/**
 * A dataset of a range as CSV, with the file name to save it under
 * (`analytics-<dataset>-<from>-to-<to>.csv`).
 * @param ctx - the module context
 * @param guildId - the guild
 * @param range - the days
 * @param dataset - which table
 */
export async function exportCsv(
  ctx: AnalyticsContext,
  guildId: string,
  range: DayRange,
  dataset: ExportQuery['dataset'],
): Promise<CsvExport> {
  const { header, rows } = await tableOf(ctx, guildId, range, dataset);
  return {
    filename: `analytics-${dataset}-${isoOfDay(range.fromDay)}-to-${isoOfDay(range.toDay)}.csv`,
    contentType: 'text/csv',
    csv: toCsv(header, rows),
  };
}
