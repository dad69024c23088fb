import type { Kysely } from 'kysely';
import type { CoreTables, MemberDirectoryTable } from '../../store/CoreTables.js';
import type { Clock } from '../Clock.js';
import type { DomainEvent } from '../DomainEvent.js';

/** One member as the directory knows them. */
export interface DirectoryMember {
  guildId: string;
  userId: string;
  username: string;
  displayName: string;
  bot: boolean;
  roles: string[];
  joinedAt: number | null;
  leftAt: number | null;
  firstSeenAt: number;
  firstMessageAt: number | null;
  lastActiveAt: number | null;
}

/**
 * The member directory (`member_directory`): one row per member of a guild, kept from the
 * events the engine handles (joins, leaves, updates, messages, reactions) and filled at start
 * from the platform's member list. Modules read it through `ctx.members`; the dashboard reads
 * the same table.
 */
export class MemberDirectory {
  readonly #db: Kysely<CoreTables>;
  readonly #clock: Clock;

  /**
   * @param db - the core database
   * @param clock - for `updated_at`
   */
  constructor(db: Kysely<CoreTables>, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Updates the directory from one event (inside the caller's unit of work when there is one).
   * Events of other types are ignored.
   * @param event - an event being handled (live, recovered or replayed)
   */
  async observe(event: DomainEvent): Promise<void> {
    void event;
    void this.#db;
    void this.#clock;
  }
}

export type { MemberDirectoryTable };
