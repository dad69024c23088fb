import type { MemberProfile } from './membersApi.js';

/** One line of a member's timeline: a join, a departure or another event of theirs. */
export interface TimelineEntry {
  key: string;
  kind: 'joined' | 'left' | 'activity';
  at: number;
  text: string;
  /** Event type for activity (`message.created`), else null. */
  type: string | null;
  /** Said after the text, e.g. "found at catch-up". */
  note: string | null;
}

/**
 * A member's joins, departures and recent events in one list, newest first. Joins and
 * departures come from the timeline (all of them); the recent events leave theirs out so none
 * shows twice. A member who joined before Guildhall recorded anything gets their join from
 * the platform's member list.
 * @param profile - the member's profile
 */
export function memberTimeline(profile: MemberProfile): TimelineEntry[] {
  const entries: TimelineEntry[] = profile.timeline.map((change, i) => ({
    key: `membership-${i}`,
    kind: change.kind,
    at: change.at,
    text: change.kind === 'joined' ? 'Joined the server' : 'Left the server',
    type: null,
    note: change.caughtUp ? 'found at catch-up' : null,
  }));
  if (!profile.timeline.some((change) => change.kind === 'joined') && profile.joinedAt !== null) {
    entries.push({
      key: 'membership-listed',
      kind: 'joined',
      at: profile.joinedAt,
      text: 'Joined the server',
      type: null,
      note: 'before Guildhall was recording',
    });
  }
  for (const event of profile.recentActivity) {
    if (event.type === 'member.joined' || event.type === 'member.left') continue;
    entries.push({
      key: event.id,
      kind: 'activity',
      at: event.occurredAt,
      text: event.summary,
      type: event.type,
      note: null,
    });
  }
  return entries.sort((a, b) => b.at - a.at);
}
