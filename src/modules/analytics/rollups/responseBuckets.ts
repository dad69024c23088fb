import { sql, type RawBuilder } from 'kysely';

/** Bucket of topics nobody has answered yet (in `analytics_response_days`). */
export const UNANSWERED = -1;

/**
 * Lower edges (ms) of the response-time buckets of `analytics_response_days`: bucket 0 is
 * [0, 1 s), then four buckets an octave, 1 s × m × 2^e / 4 for m = 4 … 7 (1, 1.25, 1.5, 1.75,
 * 2, 2.5 s …), up to the one starting at 2^23 s × 1.75 (about 170 days), which is open-ended.
 * Integers only, so the edges never change with the runtime: the kept counts are by these
 * edges, and a rank is looked up between them (metrics/firstResponse.ts).
 */
export const RESPONSE_BUCKET_EDGES: readonly number[] = [
  0,
  ...Array.from({ length: 24 * 4 }, (_, i) => 250 * (4 + (i % 4)) * 2 ** Math.floor(i / 4)),
];

/**
 * The bucket of a response time: the last edge at or below it (a negative time, which the
 * rollups never keep, counts as bucket 0).
 * @param ms - first response time minus posting time
 */
export function responseBucketOf(ms: number): number {
  let low = 0;
  let high = RESPONSE_BUCKET_EDGES.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((RESPONSE_BUCKET_EDGES[mid] ?? 0) <= ms) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A bucket's response times: from its edge (none for bucket 0: every time below the next
 * edge) up to the next edge, excluded (none for the last bucket).
 * @param bucket - the bucket
 */
export function responseBucketBounds(bucket: number): { from: number | null; below: number | null } {
  return {
    from: bucket === 0 ? null : (RESPONSE_BUCKET_EDGES[bucket] ?? null),
    below: RESPONSE_BUCKET_EDGES[bucket + 1] ?? null,
  };
}

/**
 * A topic row's bucket: {@link UNANSWERED} without a response, else its response time's.
 * @param row - the topic's posting and first response times
 */
export function topicBucketOf(row: { posted_at: number | string; first_response_at: number | string | null }): number {
  if (row.first_response_at === null) return UNANSWERED;
  return responseBucketOf(Number(row.first_response_at) - Number(row.posted_at));
}

/**
 * The same as {@link topicBucketOf} in SQL over `analytics_topics`' columns (the rebuild's
 * `GROUP BY`): a `CASE` from the last edge down, identical on SQLite and PostgreSQL
 * (integer comparisons only).
 */
export function topicBucketSql(): RawBuilder<number> {
  const diff = sql`first_response_at - posted_at`;
  const edges = RESPONSE_BUCKET_EDGES.map((edge, bucket) => ({ edge, bucket }))
    .slice(1)
    .reverse();
  return sql<number>`CASE WHEN first_response_at IS NULL THEN ${sql.lit(UNANSWERED)} ${sql.join(
    edges.map(({ edge, bucket }) => sql`WHEN ${diff} >= ${sql.lit(edge)} THEN ${sql.lit(bucket)}`),
    sql` `,
  )} ELSE 0 END`;
}
