import type { Kysely } from 'kysely';
import type { CoreTables, OutboxTable } from '../../store/CoreTables.js';
import type { OutboxAction } from './outboxActions.js';
import { decodeOutboxJson, encodeOutboxJson, OUTBOX_REF_PREFIX } from './outboxJson.js';

/** An action to queue. */
export interface OutboxEntry {
  key: string;
  guildId: string;
  module: string;
  action: OutboxAction;
  args: readonly unknown[];
}

/** A queued action as stored. */
export type OutboxRow = Pick<
  OutboxTable,
  'key' | 'guild_id' | 'module' | 'action' | 'args' | 'status' | 'attempts' | 'next_at'
> & {
  id: number;
};

/** The outbox table: platform actions queued by units of work, in order per guild. */
export class Outbox {
  constructor(readonly db: Kysely<CoreTables>) {}

  /**
   * Queues an action (inside the caller's unit of work, so it commits with it). A key already
   * queued is kept as it is.
   */
  async enqueue(entry: OutboxEntry, now: number): Promise<void> {
    await this.db
      .insertInto('outbox')
      .values({
        key: entry.key,
        guild_id: entry.guildId,
        module: entry.module,
        action: entry.action,
        args: encodeOutboxJson(entry.args),
        status: 'pending',
        attempts: 0,
        next_at: now,
        result: null,
        last_error: null,
        created_at: now,
        done_at: null,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }

  /** The guild's pending actions, oldest first. */
  async pending(guildId: string, limit: number): Promise<OutboxRow[]> {
    return this.db
      .selectFrom('outbox')
      .select(['id', 'key', 'guild_id', 'module', 'action', 'args', 'status', 'attempts', 'next_at'])
      .where('status', '=', 'pending')
      .where('guild_id', '=', guildId)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** Guilds with an action due by `now`. */
  async guildsDue(now: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .select('guild_id')
      .distinct()
      .where('status', '=', 'pending')
      .where('next_at', '<=', now)
      .execute();
    return rows.map((r) => r.guild_id);
  }

  async markDone(id: number, result: unknown, now: number): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({
        status: 'done',
        result: result === undefined ? null : encodeOutboxJson(result),
        done_at: now,
        last_error: null,
      })
      .where('id', '=', id)
      .execute();
  }

  async markRetry(id: number, attempts: number, nextAt: number, error: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ attempts, next_at: nextAt, last_error: error })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: number, attempts: number, error: string, now: number): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ status: 'failed', attempts, last_error: error, done_at: now })
      .where('id', '=', id)
      .execute();
  }

  /**
   * What a stand-in id (`outbox:<key>`) stands for: the real message id once sent, `pending`
   * while queued, `failed` when the action failed for good, `unknown` for no such row.
   */
  async resolveRef(
    ref: string,
  ): Promise<{ status: 'done'; id: string } | { status: 'pending' | 'failed' | 'unknown' }> {
    const key = ref.slice(OUTBOX_REF_PREFIX.length);
    const row = await this.db
      .selectFrom('outbox')
      .select(['status', 'result'])
      .where('key', '=', key)
      .executeTakeFirst();
    if (row === undefined) return { status: 'unknown' };
    if (row.status !== 'done') return { status: row.status };
    const id = messageIdOf(row.result === null ? null : decodeOutboxJson(row.result));
    return id === null ? { status: 'failed' } : { status: 'done', id };
  }
}

/** The message id in an action's result (a sent message, or a DM's `message`). */
function messageIdOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null;
  if ('id' in result && typeof result.id === 'string') return result.id;
  if ('message' in result) return messageIdOf(result.message);
  return null;
}
