import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb, type EventsSurveyTable, type EventsTables } from '../EventsTables.js';

/** A survey answer as stored. */
export type SurveyRow = Selectable<EventsSurveyTable>;

/** The `events_surveys` table: one answer per member and event (a later one replaces it). */
export class Surveys {
  readonly #db: Kysely<CoreTables & EventsTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = eventsDb(db);
  }

  /**
   * Stores a member's answer, replacing the one they gave before. Answers whether there was one.
   * @param row - the whole row
   */
  async save(row: SurveyRow): Promise<boolean> {
    const before = await this.#db
      .selectFrom('events_surveys')
      .select('submitted_at')
      .where('guild_id', '=', row.guild_id)
      .where('event_id', '=', row.event_id)
      .where('user_id', '=', row.user_id)
      .executeTakeFirst();
    const answer = {
      rating: row.rating,
      content_quality: row.content_quality,
      engagement: row.engagement,
      improvements: row.improvements,
      future_topics: row.future_topics,
      submitted_at: row.submitted_at,
    };
    await this.#db
      .insertInto('events_surveys')
      .values(row)
      .onConflict((oc) => oc.columns(['guild_id', 'event_id', 'user_id']).doUpdateSet(answer))
      .execute();
    return before !== undefined;
  }

  /**
   * The answers of some events, by event then submission.
   * @param guildId - the guild
   * @param eventIds - the events (none: none)
   */
  async ofEvents(guildId: string, eventIds: readonly string[]): Promise<SurveyRow[]> {
    if (eventIds.length === 0) return [];
    return this.#db
      .selectFrom('events_surveys')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('event_id', 'in', eventIds)
      .orderBy('event_id')
      .orderBy('submitted_at')
      .orderBy('user_id')
      .execute();
  }
}
