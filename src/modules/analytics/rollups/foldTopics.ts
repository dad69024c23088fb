import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, type AnalyticsTables } from '../AnalyticsTables.js';
import { newTopicRow } from './topics.js';
import type { FoldedResponse, FoldedTopic } from './RollupFold.js';
import { chunks } from '../../../core/chunks.js';
import { ResponseCountChanges } from './responseCounts.js';

type TopicRow = AnalyticsTables['analytics_topics'];

const IDS_PER_STATEMENT = 500;
const ROWS_PER_STATEMENT = 300;

/** A topic as the batch leaves it, with the batch index from which responses count (-1: recorded before). */
interface TopicState {
  row: TopicRow;
  since: number;
  changed: boolean;
  /** The row as recorded before the batch (null: new in it), for its response-time bucket. */
  before: TopicRow | null;
}

/**
 * Writes a batch's topics and first responses as `recordTopic` and `recordResponse` would one
 * event at a time: a topic already recorded is kept; a response counts for a topic recorded
 * before it (earlier in the batch or before the batch), by someone other than its author, not
 * before it was posted, when it is earlier than the response kept so far (the first of equal
 * times wins). One read of the topics the batch answers, one upsert of the rows it changes,
 * one per table of their counts by response time (`ResponseCountChanges`).
 * @param db - the database (inside the batch's unit of work)
 * @param guildId - the guild
 * @param topics - topics the batch starts, in order
 * @param responses - candidate responses, in order
 */
export async function foldTopics(
  db: Kysely<CoreTables>,
  guildId: string,
  topics: readonly FoldedTopic[],
  responses: readonly FoldedResponse[],
): Promise<void> {
  if (topics.length === 0 && responses.length === 0) return;
  const adb = analyticsDb(db);
  const ids = [...new Set([...topics.map((t) => t.messageId), ...responses.flatMap((r) => r.answered)])];
  const state = new Map<string, TopicState>();
  for (const piece of chunks(ids, IDS_PER_STATEMENT)) {
    const rows = await adb
      .selectFrom('analytics_topics')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('message_id', 'in', piece)
      .execute();
    for (const row of rows) state.set(row.message_id, { row: { ...row }, since: -1, changed: false, before: row });
  }
  for (const topic of topics) {
    if (state.has(topic.messageId)) continue;
    state.set(topic.messageId, {
      row: newTopicRow({ guildId, ...topic }),
      since: topic.index,
      changed: true,
      before: null,
    });
  }
  for (const response of responses) {
    for (const id of response.answered) {
      const topic = state.get(id);
      if (topic === undefined || topic.since >= response.index) continue;
      const { row } = topic;
      if (row.author_id === response.authorId || row.posted_at > response.at) continue;
      if (row.first_response_at !== null && row.first_response_at <= response.at) continue;
      row.first_response_at = response.at;
      row.responder_id = response.authorId;
      topic.changed = true;
    }
  }
  const changedTopics = [...state.values()].filter((t) => t.changed);
  const changed = changedTopics.map((t) => t.row);
  for (const piece of chunks(changed, ROWS_PER_STATEMENT)) {
    await adb
      .insertInto('analytics_topics')
      .values(piece)
      .onConflict((oc) =>
        oc.columns(['guild_id', 'message_id']).doUpdateSet((eb) => ({
          first_response_at: eb.ref('excluded.first_response_at'),
          responder_id: eb.ref('excluded.responder_id'),
        })),
      )
      .execute();
  }
  const changes = new ResponseCountChanges();
  for (const topic of changedTopics) {
    if (topic.before === null) changes.add(topic.row, 1);
    else changes.move(topic.before, topic.row);
  }
  await changes.apply(db, guildId);
}
