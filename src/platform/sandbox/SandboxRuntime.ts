import { sql } from 'kysely';
import type { Clock } from '../../core/Clock.js';
import { domainEvent, type DomainEventOf, type EventPayloads, type EventType } from '../../core/DomainEvent.js';
import type { DialectName, Store } from '../../store/Store.js';
import { lockGuildLog } from '../../store/guildLogLock.js';
import { currentUnit } from '../../store/unitOfWork/index.js';
import type { EventSink } from '../Platform.js';
import { SNOWFLAKE_TIME_SHIFT } from '../snowflakes.js';
import type { SandboxContext, SandboxGuildInfo } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxDatabase, SandboxTables } from './SandboxTables.js';
import { MAX_WORKER, type IdGenerator } from './SnowflakeIdGenerator.js';

/** Ids reserved ahead per high-water write: one minute of snowflake time. */
const ID_RESERVE = 60_000n << SNOWFLAKE_TIME_SHIFT;

/**
 * The sandbox's plumbing: loads the guild once, issues ids that stay unique across restarts
 * (persisting a high-water mark every minute of id time) and across processes sharing the
 * database (each takes its own snowflake worker number), and delivers events while started.
 */
export class SandboxRuntime implements SandboxContext {
  readonly db: SandboxDatabase;
  readonly clock: Clock;
  readonly #ids: IdGenerator;
  readonly #dialect: DialectName;
  #guild: SandboxGuildInfo | undefined;
  #ceiling = 0n;
  #workerTaken: Promise<void> | undefined;
  #sink: EventSink | undefined;

  /**
   * @param store - the open, migrated database
   * @param clock - time source
   * @param ids - id generator
   */
  constructor(store: Store, clock: Clock, ids: IdGenerator) {
    this.db = store.db.withTables<SandboxTables>();
    this.clock = clock;
    this.#ids = ids;
    this.#dialect = store.dialect;
  }

  /** Starts delivering events to `sink`. */
  start(sink: EventSink): void {
    this.#sink = sink;
  }

  /** Stops delivering events. */
  stop(): void {
    this.#sink = undefined;
  }

  async guild(): Promise<SandboxGuildInfo> {
    if (this.#guild !== undefined) return this.#guild;
    const found = await this.findGuild();
    if (found === null) throw new SandboxNotFoundError('guild', '(none yet: call ensureGuild first)');
    return found;
  }

  /** The guild, or null when it was never created; loads the id high-water mark. */
  async findGuild(): Promise<SandboxGuildInfo | null> {
    const row = await this.db.selectFrom('sandbox_guild').selectAll().executeTakeFirst();
    if (row === undefined) return null;
    this.#ids.skipTo(row.id_ceiling);
    this.#ceiling = BigInt(row.id_ceiling);
    this.#guild = { id: row.id, name: row.name, ownerId: row.owner_id, botUserId: row.bot_user_id };
    return this.#guild;
  }

  /**
   * Uses a guild this process just created, without reloading it.
   * @param guild - the created guild
   * @param ceiling - its persisted id high-water mark
   */
  adopt(guild: SandboxGuildInfo, ceiling: string): void {
    this.#guild = guild;
    this.#ceiling = BigInt(ceiling);
  }

  /** Takes the next snowflake worker number before the first id, once (an atomic increment). */
  #takeWorker(guildId: string): Promise<void> {
    if (this.#workerTaken !== undefined) return this.#workerTaken;
    const taking = this.#incrementWorkers(guildId);
    this.#workerTaken = taking;
    const forget = (): void => {
      if (this.#workerTaken === taking) this.#workerTaken = undefined;
    };
    // Taken again if this rolls back: another process may take the same number meanwhile.
    currentUnit()?.afterRollback(forget);
    taking.catch(forget);
    return taking;
  }

  async #incrementWorkers(guildId: string): Promise<void> {
    const taken = await this.db
      .updateTable('sandbox_guild')
      .set((eb) => ({ id_workers: eb('id_workers', '+', 1) }))
      .where('id', '=', guildId)
      .returning('id_workers')
      .executeTakeFirstOrThrow();
    // The first process of a database is worker 0: its ids are the plain clock-and-count ones.
    this.#ids.useWorker((taken.id_workers - 1) % (MAX_WORKER + 1));
  }

  /** Ids for creating the guild itself (before any high-water mark exists), and the mark to persist. */
  firstIds(count: number): { ids: string[]; ceiling: string } {
    const ids = Array.from({ length: count }, () => this.#ids.next());
    return { ids, ceiling: (BigInt(ids[ids.length - 1] ?? '0') + ID_RESERVE).toString() };
  }

  async nextId(): Promise<string> {
    const guild = await this.guild();
    await this.#takeWorker(guild.id);
    const id = this.#ids.next();
    if (BigInt(id) >= this.#ceiling) {
      this.#ceiling = BigInt(id) + ID_RESERVE;
      // Rolled back with its unit of work: persist a ceiling again at the next id.
      currentUnit()?.afterRollback(() => {
        this.#ceiling = 0n;
      });
      // Never lowered: another process sharing the database may have reserved further ahead.
      const ceiling = this.#ceiling.toString();
      await this.db
        .updateTable('sandbox_guild')
        .set({ id_ceiling: ceiling })
        .where('id', '=', guild.id)
        .where(sql<bigint>`cast(id_ceiling as bigint)`, '<', sql<bigint>`cast(${ceiling} as bigint)`)
        .execute();
    }
    return id;
  }

  async emit<T extends EventType>(type: T, entityId: string, payload: EventPayloads[T]): Promise<void> {
    const sink = this.#sink;
    if (sink === undefined) return;
    const guild = await this.guild();
    // The time is read under the guild's log lock, so log order and time order agree.
    await lockGuildLog(this.db, this.#dialect, guild.id);
    const event: DomainEventOf<T> = domainEvent(type, {
      id: `sandbox:${type}:${entityId}`,
      guildId: guild.id,
      occurredAt: this.clock.now(),
      source: 'sandbox',
      payload,
    });
    // DomainEventOf<T> is a member of the DomainEvent union for every T.
    await sink(event as Parameters<EventSink>[0]);
  }
}
