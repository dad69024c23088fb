import type { Kysely } from 'kysely';
import { sandboxPrivacy } from '../../platform/sandbox/sandboxPrivacy.js';
import type { CoreTables } from '../../store/CoreTables.js';
import { eraseCatchUp, exportCatchUp } from '../catchUp/catchUpPrivacy.js';
import type { PrivacyOwner } from '../MemberPrivacy.js';
import { eraseDashboardSessions, exportDashboardSessions } from './dashboardSessionPrivacy.js';
import { blankEventLogContent, eraseEventLog, eventLogNames, exportEventLog } from './eventLogPrivacy.js';
import { MemberMatcher } from './MemberMatcher.js';
import { eraseMemberDirectory, exportMemberDirectory, memberDirectoryNames } from './memberDirectoryPrivacy.js';
import { eraseOutbox, exportOutbox, pruneUnitsOfWork } from './outboxPrivacy.js';
import { loadPrivacyKey } from './privacyKey.js';

/** What the core's privacy owners need besides the database. */
export interface CorePrivacyOptions {
  /**
   * Where `GUILDHALL_PRIVACY_KEY` is read (default: the process environment). Must be the
   * environment the engine's event log reads (the process's), or tombstones would not match.
   */
  env?: Record<string, string | undefined>;
  /** Epoch ms now (default: the system clock). */
  now?: () => number;
}

/**
 * The owners of member data outside modules, in the order an erase runs them:
 * - `core`: the event log, handler failures, jobs, the audit log, the outbox, catch-up's
 *   member list, the member's dashboard sessions and their member directory row;
 * - `sandbox`: the sandbox guild's tables (present in every database, also on Discord,
 *   where they hold whatever was tried in the sandbox first).
 *
 * Pass them to the engine as `privacyOwners`. Both find the member by id and by every name the
 * event log or the sandbox knows them by; the names are looked up before either erases
 * anything (the core owner runs first and hands them on).
 * @param store - the database
 * @param options - environment (privacy key) and clock
 */
export function corePrivacyOwners(store: { db: Kysely<CoreTables> }, options: CorePrivacyOptions = {}): PrivacyOwner[] {
  const { db } = store;
  const now = options.now ?? Date.now;
  const sandbox = sandboxPrivacy(db);
  let key: Promise<Buffer> | undefined;
  const privacyKey = (): Promise<Buffer> => {
    key ??= loadPrivacyKey(db, options.env, now).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  };
  // Names found by the first owner of an erase, for the next ones (which may run after the
  // event log no longer holds them). One member at a time: the last one only.
  let known: { guildId: string; userId: string; names: string[] } | null = null;
  const identify = async (guildId: string, userId: string): Promise<MemberMatcher> => {
    const names = [
      ...(await eventLogNames(db, guildId, userId)),
      ...(await memberDirectoryNames(db, guildId, userId)),
      ...(await sandbox.namesOf(userId)),
    ];
    if (known?.guildId === guildId && known.userId === userId) names.push(...known.names);
    known = { guildId, userId, names };
    return new MemberMatcher({ userId, names });
  };
  const core: PrivacyOwner = {
    id: 'core',
    async exportMember(guildId, userId) {
      const matcher = await identify(guildId, userId);
      return {
        ...(await exportEventLog(db, guildId, matcher)),
        ...(await exportOutbox(db, guildId, matcher)),
        ...(await exportCatchUp(db, guildId, userId)),
        ...(await exportDashboardSessions(db, userId)),
        ...(await exportMemberDirectory(db, guildId, userId)),
      };
    },
    async eraseMember(guildId, userId, eraseOptions) {
      const matcher = await identify(guildId, userId);
      const erased = await eraseEventLog(db, guildId, matcher, eraseOptions, { key: await privacyKey(), now: now() });
      return (
        erased +
        (await eraseOutbox(db, matcher)) +
        (await eraseCatchUp(db, guildId, userId)) +
        (await eraseDashboardSessions(db, userId)) +
        (await eraseMemberDirectory(db, guildId, userId))
      );
    },
    blankContentBefore: async (before) =>
      (await blankEventLogContent(db, before)) + (await pruneUnitsOfWork(db, before)),
  };
  const sandboxOwner: PrivacyOwner = {
    id: 'sandbox',
    exportMember: (_guildId, userId) => sandbox.exportMember(userId),
    async eraseMember(guildId, userId, eraseOptions) {
      const matcher = await identify(guildId, userId);
      known = null;
      return sandbox.eraseMember(matcher, eraseOptions);
    },
    blankContentBefore: (before) => sandbox.blankContentBefore(before),
  };
  return [core, sandboxOwner];
}
