import type { Kysely } from 'kysely';
import { INTERACTION_TOKEN_MS } from '../platform/discordLimits.js';
import type { CoreTables } from './CoreTables.js';

/** What answering an interaction received over HTTP came to. */
export type AckClaim =
  /** This answer is the interaction's first: the endpoint sends it as its HTTP response. */
  | 'claimed'
  /** The endpoint deferred the interaction already: answers edit the deferral. */
  | 'deferred'
  /** An earlier answer was its first (a process that died after answering, for one). */
  | 'answered'
  /** Not an interaction received over HTTP: answer it with the callback request. */
  | 'none';

/** What the endpoint waiting for an interaction's first answer reads. */
export type AckState = { state: 'pending' } | { state: 'answered' | 'deferred'; response: unknown };

/**
 * The first answers of interactions received on the HTTP interactions endpoint
 * (`interaction_acks`). Discord wants that answer as the HTTP response, within 3 s; the process
 * that handles the interaction may be another one (a worker). The endpoint {@link open}s a row,
 * the handling process {@link claim}s it with its answer, and the endpoint reads it back
 * ({@link read}) or, when it waited long enough, {@link deferIfPending defers} the interaction
 * itself. Both sides change a row only while it is `pending`, so exactly one of them
 * acknowledges it; the other learns how it was acknowledged and goes on with follow-ups.
 */
export class InteractionAcks {
  readonly #db: Kysely<CoreTables>;

  /** @param db - the store's database (outside any unit of work: the answer must not wait for one) */
  constructor(db: Kysely<CoreTables>) {
    this.#db = db;
  }

  /**
   * Marks an interaction as received over HTTP and waiting for its first answer (and drops the
   * rows whose token expired).
   * @param interactionId - the interaction
   * @param now - epoch ms
   */
  async open(interactionId: string, now: number): Promise<void> {
    await this.#db.deleteFrom('interaction_acks').where('expires_at', '<', now).execute();
    await this.#db
      .insertInto('interaction_acks')
      .values({
        interaction_id: interactionId,
        state: 'pending',
        response: null,
        expires_at: now + INTERACTION_TOKEN_MS,
      })
      .onConflict((oc) => oc.column('interaction_id').doNothing())
      .execute();
  }

  /**
   * Gives the interaction its first answer, if it is waiting for one.
   * @param interactionId - the interaction
   * @param response - the interaction response (callback type and data) the endpoint sends
   */
  async claim(interactionId: string, response: unknown): Promise<AckClaim> {
    return this.#settle(interactionId, 'answered', response);
  }

  /**
   * Acknowledges a waiting interaction with a deferral (the endpoint waited long enough).
   * @param interactionId - the interaction
   * @param response - the deferral sent instead
   * @returns whether it was still waiting (false: answered meanwhile, {@link read} it)
   */
  async deferIfPending(interactionId: string, response: unknown): Promise<boolean> {
    return (await this.#settle(interactionId, 'deferred', response)) === 'claimed';
  }

  /**
   * @param interactionId - the interaction
   * @returns its state, and the response once it has one (null: no such row)
   */
  async read(interactionId: string): Promise<AckState | null> {
    const row = await this.#db
      .selectFrom('interaction_acks')
      .select(['state', 'response'])
      .where('interaction_id', '=', interactionId)
      .executeTakeFirst();
    if (row === undefined) return null;
    if (row.state === 'pending') return { state: 'pending' };
    return { state: row.state, response: JSON.parse(row.response ?? 'null') as unknown };
  }

  async #settle(interactionId: string, state: 'answered' | 'deferred', response: unknown): Promise<AckClaim> {
    const result = await this.#db
      .updateTable('interaction_acks')
      .set({ state, response: JSON.stringify(response) })
      .where('interaction_id', '=', interactionId)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (result.numUpdatedRows > 0n) return 'claimed';
    const now = await this.read(interactionId);
    if (now === null) return 'none';
    return now.state === 'deferred' ? 'deferred' : 'answered';
  }
}
