import type { SupportContext } from '../SupportContext.js';
import { questionsAsked } from './questionsAsked.js';
import type { ResponseBucket, ResponseTimes } from './SupportReportsApi.js';
import type { DayRangeMs } from '../../../core/dayRange.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The histogram's buckets: a response falls in the first whose bound it is under. */
const BUCKETS: readonly { id: string; label: string; upToMs: number | null }[] = [
  { id: 'under-15m', label: '< 15 min', upToMs: 15 * MINUTE },
  { id: 'under-1h', label: '15 min – 1 h', upToMs: HOUR },
  { id: 'under-4h', label: '1 – 4 h', upToMs: 4 * HOUR },
  { id: 'under-24h', label: '4 – 24 h', upToMs: 24 * HOUR },
  { id: 'under-48h', label: '24 – 48 h', upToMs: 48 * HOUR },
  { id: 'later', label: '> 48 h', upToMs: null },
];

/**
 * The time-to-first-response histogram of the questions asked in a range (< 15 min, < 1 h,
 * < 4 h, < 24 h, < 48 h, later, and unanswered), split into community and staff answers, with
 * how many were answered within the first tier's target.
 * @param ctx - module context (db, config)
 * @param guildId - the guild
 * @param range - the range
 */
export async function responseTimes(
  ctx: Pick<SupportContext, 'db' | 'config'>,
  guildId: string,
  range: DayRangeMs,
): Promise<ResponseTimes> {
  const rows = await questionsAsked(ctx, guildId, range);
  const buckets: ResponseBucket[] = BUCKETS.map((b) => ({ ...b, count: 0, community: 0, staff: 0 }));
  const unanswered: ResponseBucket = {
    id: 'unanswered',
    label: 'Unanswered',
    upToMs: null,
    count: 0,
    community: 0,
    staff: 0,
  };
  const targetMs = ctx.config.tiers[0]?.within ?? null;
  let withinTarget = 0;
  for (const row of rows) {
    if (row.first_response_at === null) {
      unanswered.count += 1;
      continue;
    }
    const took = row.first_response_at - row.created_at;
    const bucket = buckets.find((b) => b.upToMs === null || took < b.upToMs) ?? unanswered;
    bucket.count += 1;
    bucket[row.answered_by === 'staff' ? 'staff' : 'community'] += 1;
    if (targetMs !== null && took <= targetMs) withinTarget += 1;
  }
  return {
    range: { from: range.from, to: range.to },
    questions: rows.length,
    targetMs,
    withinTarget: targetMs === null ? null : withinTarget,
    buckets: [...buckets, unanswered],
  };
}
