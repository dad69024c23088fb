import { domainEvent, type DomainEventOf } from '../DomainEvent.js';
import type { ListedMember, PlatformKind } from '../../platform/Platform.js';
import type { CatchUpMemberTable } from './CatchUpTables.js';

/**
 * A member present before the last catch-up started, by more than this, was seen by it: if
 * Guildhall does not know them now, their data was erased (or they were there before
 * Guildhall first ran), and no join is made up for them.
 */
export const JOIN_SLACK_MS = 60_000;

/** The events that bring Guildhall's members in line with the platform's. */
export interface MemberChanges {
  /** Members present but unknown who joined since the last catch-up, oldest join first. */
  joined: DomainEventOf<'member.joined'>[];
  /** Members Guildhall believes present who are gone. */
  left: DomainEventOf<'member.left'>[];
  /** Present, unknown, and present at the last catch-up already: left alone. */
  skipped: number;
}

/** Who reconciles: the platform's ids, the guild, and what the last catch-up saw. */
export interface ReconcileScope {
  kind: PlatformKind;
  guildId: string;
  /** Epoch ms the last catch-up started. */
  lastCaughtUpAt: number;
  /** Epoch ms now (the time of a caught-up departure, whose real time nobody knows). */
  now: number;
}

/**
 * Compares the platform's member list with the members Guildhall believes present. Ids are
 * the live path's (`<platform>:member.joined:<guild>:<user>:<joinedAtMs>`,
 * `<platform>:member.left:<guild>:<user>:j<joinedAtMs>` on Discord), so a join or departure
 * the gateway also delivered is recorded once.
 * @param present - the platform's members
 * @param known - the members Guildhall believes present
 * @param scope - platform, guild, times
 */
export function reconcileMembers(
  present: readonly ListedMember[],
  known: readonly CatchUpMemberTable[],
  scope: ReconcileScope,
): MemberChanges {
  const { kind, guildId } = scope;
  const knownIds = new Set(known.map((m) => m.user_id));
  const presentIds = new Set(present.map((m) => m.userId));
  const joined: DomainEventOf<'member.joined'>[] = [];
  let skipped = 0;
  for (const member of present) {
    if (knownIds.has(member.userId)) continue;
    if (member.joinedAt < scope.lastCaughtUpAt - JOIN_SLACK_MS) {
      skipped += 1;
      continue;
    }
    joined.push(
      domainEvent('member.joined', {
        id: `${kind}:member.joined:${guildId}:${member.userId}:${member.joinedAt}`,
        guildId,
        occurredAt: member.joinedAt,
        source: kind,
        payload: {
          userId: member.userId,
          username: member.username,
          displayName: member.displayName,
          bot: member.bot,
          joinedAt: member.joinedAt,
          accountCreatedAt: member.accountCreatedAt,
          roles: member.roles,
          caughtUp: true,
        },
      }),
    );
  }
  joined.sort((a, b) => a.occurredAt - b.occurredAt);
  const left = known
    .filter((m) => !presentIds.has(m.user_id))
    .map((m) =>
      domainEvent('member.left', {
        id: `${kind}:member.left:${guildId}:${m.user_id}:j${m.joined_at}`,
        guildId,
        occurredAt: scope.now,
        source: kind,
        payload: { userId: m.user_id, username: m.username, caughtUp: true },
      }),
    );
  return { joined, left, skipped };
}
