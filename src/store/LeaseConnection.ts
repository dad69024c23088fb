import pg from 'pg';
import { postgresConnection } from './postgresConnection.js';

/** First key of the session advisory locks that make one worker the owner of a guild (any constant). */
const GUILD_LEASE_SPACE = 4_710_002;

/** The channel a recorded event is announced on (payload: its guild id). */
export const EVENTS_CHANNEL = 'guildhall_events';

export interface LeaseConnectionOptions {
  /** `postgres://…` */
  url: string;
  /** PostgreSQL schema of the store (none: the default search path). */
  schema?: string;
  /** Told once when the connection is lost: every lease held is gone with it. */
  lost: (error: Error) => void;
}

/**
 * A worker's own PostgreSQL connection, outside the store's pool: it holds the session advisory
 * locks that make this process the owner of guilds (one owner per guild at a time; the lock
 * goes with the connection, so a worker killed with kill -9 releases its guilds at once) and
 * listens for {@link EVENTS_CHANNEL}, on which recorders announce each event.
 */
export class LeaseConnection {
  readonly #client: pg.Client;
  readonly #held = new Set<string>();
  #closed = false;

  private constructor(client: pg.Client) {
    this.#client = client;
  }

  /**
   * Connects.
   * @param options - database, schema, what to do when the connection is lost
   */
  static async open(options: LeaseConnectionOptions): Promise<LeaseConnection> {
    const client = new pg.Client(postgresConnection(options.url, options.schema));
    await client.connect();
    const connection = new LeaseConnection(client);
    const lost = (error: Error): void => {
      if (connection.#closed) return;
      connection.#closed = true;
      connection.#held.clear();
      options.lost(error);
    };
    client.on('error', lost);
    client.on('end', () => lost(new Error('the lease connection ended')));
    return connection;
  }

  /**
   * Takes the guild's lease if no other process holds it (never waits).
   * @param guildId - the guild
   * @returns whether this connection holds it now
   */
  async tryAcquire(guildId: string): Promise<boolean> {
    if (this.#held.has(guildId)) return true;
    // Keyed by schema too: deployments in different schemas of one database each own the guild.
    const result = await this.#client.query<{ held: boolean }>(
      "select pg_try_advisory_lock($1, hashtext(coalesce(current_schema(), '') || '/' || $2)) as held",
      [GUILD_LEASE_SPACE, guildId],
    );
    const held = result.rows[0]?.held === true;
    if (held) this.#held.add(guildId);
    return held;
  }

  /**
   * Whether this connection holds the guild's lease.
   * @param guildId - the guild
   */
  holds(guildId: string): boolean {
    return !this.#closed && this.#held.has(guildId);
  }

  /**
   * Calls `announced` with the guild id of every event announced on {@link EVENTS_CHANNEL}.
   * @param announced - the listener
   */
  async listen(announced: (guildId: string) => void): Promise<void> {
    this.#client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL && message.payload !== undefined) announced(message.payload);
    });
    await this.#client.query(`listen ${EVENTS_CHANNEL}`);
  }

  /** Releases every lease (the connection closes). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#held.clear();
    await this.#client.end();
  }
}
