import type { Kysely } from 'kysely';
import type { Clock } from '../Clock.js';
import type { Logger } from '../Logger.js';
import type { ListedMember, Platform, PlatformStartOptions } from '../../platform/Platform.js';
import type { CoreTables } from '../../store/CoreTables.js';
import { catchUpDb, type CatchUpDatabase } from './CatchUpTables.js';
import { catchUpMessages, type CatchUpIngest } from './catchUpMessages.js';
import { projectEventLog, upsertMembers } from './projectEventLog.js';
import { reconcileMembers, type MemberChanges } from './reconcileMembers.js';

/** What a {@link CatchUp} works with. */
export interface CatchUpOptions {
  store: { db: Kysely<CoreTables> };
  platform: Platform;
  guildId: string;
  /** Records an event and queues it for the modules (the engine's `ingest`). */
  ingest: CatchUpIngest;
  clock: Clock;
  log: Logger;
  /** The `catchUp:` section in force. */
  settings: { enabled: boolean; maxMessagesPerChannel: number };
  /**
   * Given the member list each catch-up read (after recording what it found), so one read of
   * the list serves both (the member directory's sync); a throw is logged, not fatal.
   */
  membersListed?: (members: readonly ListedMember[], listedAt: number) => Promise<void>;
}

/** Why a catch-up ran. */
export type CatchUpReason = 'start' | 'events_missed';

/** What one catch-up did. */
export interface CatchUpSummary {
  reason: CatchUpReason;
  /** The first catch-up of this guild: members present were taken as known, without events. */
  first: boolean;
  /** `member.joined` recorded (caught up). */
  joined: number;
  /** `member.left` recorded (caught up). */
  left: number;
  /** Members present but unknown who were there at the last catch-up (or the first): no event. */
  skipped: number;
  /** False when the member list could not be read (members were not reconciled). */
  membersListed: boolean;
  /** Messages recorded. */
  messages: number;
  /** Channels in which messages were recorded. */
  channels: number;
  /** Channels with messages left beyond `catchUp.maxMessagesPerChannel`. */
  backlogs: number;
  /** Channels that could not be read. */
  unreadable: number;
}

/**
 * Catch-up after downtime (docs/reliability.md): reconciles Guildhall with the platform when
 * it starts and when the platform says it may have missed events (a lost gateway session).
 * Members present but unknown become `member.joined` (`caughtUp: true`), members gone become
 * `member.left`, and messages posted since the newest one seen per channel are read back
 * from history and recorded with the live path's ids, so nothing is recorded twice. Who is
 * "known" is kept in `catch_up_members`, projected from the event log's joins and leaves.
 * Runs one at a time; a request while one runs queues one more.
 */
export class CatchUp {
  readonly #options: CatchUpOptions;
  readonly #db: CatchUpDatabase;
  #chain: Promise<unknown> = Promise.resolve();
  #queued = false;
  #stopped = false;

  /** @param options - store, platform, guild, ingest, clock, logger and settings */
  constructor(options: CatchUpOptions) {
    this.#options = options;
    this.#db = catchUpDb(options.store.db);
  }

  /** What to pass to `Platform.start`: a lost session catches up in the background. */
  platformOptions(): PlatformStartOptions {
    return { onEventsMissed: () => this.request('events_missed') };
  }

  /**
   * Catches up now (after any catch-up already running). A failure is logged, not thrown:
   * Guildhall runs on without what it could not catch up.
   * @param reason - why
   * @returns what it did, or null when it failed, `catchUp.enabled` is false or it was stopped
   */
  run(reason: CatchUpReason): Promise<CatchUpSummary | null> {
    const run = this.#chain
      .then(() => this.#run(reason))
      .catch((error: unknown) => {
        this.#options.log.error({ err: error, reason }, 'catch-up failed');
        return null;
      });
    this.#chain = run;
    return run;
  }

  /**
   * Catches up in the background; a failure is logged. A request while another waits is dropped
   * (the waiting one reads everything anyway).
   * @param reason - why
   */
  request(reason: CatchUpReason): void {
    if (this.#queued || this.#stopped) return;
    this.#queued = true;
    this.#chain = this.#chain
      .then(() => {
        this.#queued = false;
        return this.#run(reason);
      })
      .catch((error: unknown) => this.#options.log.error({ err: error, reason }, 'catch-up failed'));
  }

  /** Runs no more catch-ups and waits for the one running, if any. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#chain.catch(() => undefined);
  }

  async #run(reason: CatchUpReason): Promise<CatchUpSummary | null> {
    const { settings, guildId, clock, log, platform } = this.#options;
    if (!settings.enabled || this.#stopped) return null;
    const db = this.#db;
    const now = clock.now();
    const state = await db.selectFrom('catch_up_state').selectAll().where('guild_id', '=', guildId).executeTakeFirst();
    const first = state === undefined;
    const baselineAt = state?.baseline_at ?? now;
    const projected = await projectEventLog(db, guildId, state?.projected_seq ?? 0, now);

    const members = await this.#listMembers();
    // The first catch-up makes up no join: whoever is here was here before Guildhall.
    const lastCaughtUpAt = state?.caught_up_at ?? Number.POSITIVE_INFINITY;
    const changes =
      members === null ? { joined: [], left: [], skipped: 0 } : await this.#compare(members, lastCaughtUpAt, now);
    const joined = await this.#ingestAll(changes.joined);
    const messages = await catchUpMessages({
      db,
      platform,
      guildId,
      ingest: this.#options.ingest,
      log,
      limit: settings.maxMessagesPerChannel,
      baselineAt,
      first,
      now,
    });
    const left = await this.#ingestAll(changes.left);
    if (members !== null) await this.#shareList(members, now);

    // What this catch-up recorded is in the log now: apply it, then remember how far it got.
    const after = await projectEventLog(db, guildId, projected.seq, clock.now());
    const caughtUpAt = members === null && state !== undefined ? state.caught_up_at : now;
    const row = { baseline_at: baselineAt, projected_seq: after.seq, caught_up_at: caughtUpAt };
    await db
      .insertInto('catch_up_state')
      .values({ guild_id: guildId, ...row })
      .onConflict((oc) => oc.column('guild_id').doUpdateSet(row))
      .execute();

    const summary: CatchUpSummary = {
      reason,
      first,
      joined,
      left,
      skipped: changes.skipped,
      membersListed: members !== null,
      ...messages,
    };
    log.info(summary, describeCatchUp(summary));
    return summary;
  }

  async #shareList(members: readonly ListedMember[], listedAt: number): Promise<void> {
    try {
      await this.#options.membersListed?.(members, listedAt);
    } catch (error) {
      this.#options.log.warn({ err: error }, 'catch-up: the member list could not be passed on');
    }
  }

  /** The platform's member list, or null (logged) when it cannot be read. */
  async #listMembers(): Promise<ListedMember[] | null> {
    try {
      return await this.#options.platform.fetchAllMembers(this.#options.guildId);
    } catch (error) {
      this.#options.log.warn(
        { err: error },
        'catch-up: cannot list the members (on Discord the bot needs the Server Members intent); members are not reconciled',
      );
      return null;
    }
  }

  /**
   * Joins and departures to record; on the first catch-up (`lastCaughtUpAt` infinite),
   * present members become known without events.
   */
  async #compare(members: ListedMember[], lastCaughtUpAt: number, now: number): Promise<MemberChanges> {
    const { guildId, platform } = this.#options;
    const known = await this.#db.selectFrom('catch_up_members').selectAll().where('guild_id', '=', guildId).execute();
    const changes = reconcileMembers(members, known, { kind: platform.kind, guildId, lastCaughtUpAt, now });
    if (lastCaughtUpAt === Number.POSITIVE_INFINITY) {
      const knownIds = new Set(known.map((m) => m.user_id));
      const baseline = members.filter((m) => !knownIds.has(m.userId));
      await this.#db.transaction().execute((trx) => upsertMembers(trx, guildId, baseline));
    }
    return changes;
  }

  async #ingestAll(events: readonly Parameters<CatchUpIngest>[0][]): Promise<number> {
    let recorded = 0;
    for (const event of events) if ((await this.#options.ingest(event)).recorded) recorded += 1;
    return recorded;
  }
}

/**
 * The one-line summary of a catch-up: `caught up: 3 joined, 1 left, 42 messages in 5 channels`.
 * @param s - what the catch-up did
 */
export function describeCatchUp(s: CatchUpSummary): string {
  const parts = [`${s.joined} joined`, `${s.left} left`, `${s.messages} messages in ${s.channels} channels`];
  if (s.first) parts.push(`first run: ${s.skipped} members taken as known without welcomes`);
  if (!s.membersListed) parts.push('members not reconciled (member list unreadable)');
  if (s.backlogs > 0) parts.push(`${s.backlogs} channels with more to read next time`);
  if (s.unreadable > 0) parts.push(`${s.unreadable} channels unreadable`);
  return `caught up: ${parts.join(', ')}`;
}
