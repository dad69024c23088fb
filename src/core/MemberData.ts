import type { AuditLog } from './AuditLog.js';
import type { Json } from './DomainEvent.js';
import type { EraseOptions, EraseReport, MemberDataService, MemberExport, PrivacyOwner } from './MemberPrivacy.js';

/**
 * Member export and erase across every owner of member data: the core's (event log, jobs,
 * sandbox) and each module's `privacy` (bound to its context by the engine). Owners run in
 * order; the erase is recorded in the audit log (the target's id is kept out of it).
 */
export class MemberData implements MemberDataService {
  readonly #owners: () => readonly PrivacyOwner[];
  readonly #audit: AuditLog;
  readonly #erased: (userId: string) => void;

  /**
   * @param owners - every owner of member data (modules first, then the core's)
   * @param audit - where the erase is recorded
   * @param erased - told of each erased member (the engine then skips their events still queued)
   */
  constructor(
    owners: () => readonly PrivacyOwner[],
    audit: AuditLog,
    erased: (userId: string) => void = () => undefined,
  ) {
    this.#owners = owners;
    this.#audit = audit;
    this.#erased = erased;
  }

  /** {@inheritDoc MemberDataService.exportMember} */
  async exportMember(guildId: string, userId: string): Promise<MemberExport> {
    const found: [string, Record<string, Json>][] = [];
    for (const owner of this.#owners()) {
      const section = await owner.exportMember(guildId, userId);
      if (Object.keys(section).length > 0) found.push([owner.id, section]);
    }
    // Read first what people look for first: the core's record of them, then the modules'.
    const first = (id: string): number => (id === 'core' ? 0 : id === 'sandbox' ? 1 : 2);
    return Object.fromEntries(found.sort((a, b) => first(a[0]) - first(b[0])));
  }

  /** {@inheritDoc MemberDataService.eraseMember} */
  async eraseMember(guildId: string, userId: string, actor: string, options: EraseOptions): Promise<EraseReport> {
    const changed: Record<string, number> = {};
    this.#erased(userId);
    for (const owner of this.#owners()) {
      changed[owner.id] = await owner.eraseMember(guildId, userId, options);
    }
    // The audit record says an erase happened, not whose data it was (that would undo it).
    await this.#audit.record({
      guildId,
      actor: actor.includes(userId) ? 'member:self' : actor,
      action: 'privacy.erase',
      target: null,
      details: { keepModerationRecords: options.keepModerationRecords },
    });
    return { userId, changed };
  }

  /**
   * Blanks message content recorded before `before` everywhere it is kept.
   * @param before - epoch ms
   * @returns rows changed, by owner
   */
  async blankContentBefore(before: number): Promise<Record<string, number>> {
    const changed: Record<string, number> = {};
    for (const owner of this.#owners()) {
      if (owner.blankContentBefore !== undefined) changed[owner.id] = await owner.blankContentBefore(before);
    }
    return changed;
  }
}
