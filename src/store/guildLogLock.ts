import { sql, type Kysely } from 'kysely';
import type { DialectName } from './Store.js';
import { currentUnit } from './unitOfWork/index.js';

/** First key of the advisory locks that order a guild's event recording (any constant). */
const GUILD_LOCK_SPACE = 4_710_001;

/**
 * Inside a unit of work, makes the unit the only one recording events of the guild until it
 * commits. Units recording events of one guild concurrently would otherwise commit (and be
 * handled) out of `seq` order; and an event stamped with its time before the lock could be
 * logged after one stamped later, so time order (what a recompute replays) and log order (what
 * live handling follows) would differ. Take it before reading the clock for an event's
 * `occurredAt`, and before recording.
 *
 * A unit takes it once: `ctx.emit` and the sandbox take it before reading the clock, and
 * `EventLog.record` again, which then returns at once without a statement. On PostgreSQL it is
 * the guild's advisory lock, held to commit; the unit remembers it holds it
 * (`Unit.holdsGuildLock`), and forgets it if the savepoint that took it rolls back
 * (PostgreSQL releases it then), so the next call takes it again. On SQLite it begins the
 * unit's transaction if it has not begun: the unit then holds the one connection, and every
 * other unit's writes wait for its commit.
 * @param db - the database
 * @param dialect - its dialect
 * @param guildId - the guild whose events are recorded
 */
export async function lockGuildLog<T>(db: Kysely<T>, dialect: DialectName, guildId: string): Promise<void> {
  const unit = currentUnit();
  if (unit === undefined) return;
  // Not starting with `select`, these statements count as writes: they begin the unit's transaction.
  if (dialect === 'postgres') {
    if (unit.holdsGuildLock(guildId)) return;
    await sql`/* held to commit */ select pg_advisory_xact_lock(${GUILD_LOCK_SPACE}, hashtext(${guildId}))`.execute(db);
    unit.tookGuildLock(guildId);
  } else if (!unit.wrote) {
    await sql`/* held to commit */ select 1`.execute(db);
  }
}
