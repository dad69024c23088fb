import type { SessionKind } from '../config/LearningTypes.js';
import type { LearningConfig } from '../LearningConfig.js';

/** One planned session of a journey. */
export interface PlannedSession {
  id: string;
  kind: SessionKind;
  seq: number;
  dueAt: number;
}

/**
 * The stable id of a journey session: the mentorship, the kind and its number.
 * @param mentorshipId - the mentorship
 * @param kind - the session kind
 * @param seq - 1, 2, … per kind
 */
export function sessionIdOf(mentorshipId: string, kind: SessionKind, seq: number): string {
  return `${mentorshipId}-${kind}-${seq}`;
}

/**
 * The whole journey of a mentorship from `startedAt` to `endsAt` (seed 003): the introduction
 * at `intro`; check-ins every `checkinEvery`, milestone reviews every `milestoneEvery` and
 * project reviews every `projectEvery` after the start, each strictly before the end. Sorted
 * by due time (then kind order). Pure: the same mentorship always gets the same plan.
 * @param mentorshipId - the mentorship
 * @param startedAt - epoch ms of the match
 * @param endsAt - epoch ms the mentorship completes
 * @param journey - `learning.journey`
 */
export function planJourney(
  mentorshipId: string,
  startedAt: number,
  endsAt: number,
  journey: LearningConfig['journey'],
): PlannedSession[] {
  const planned: PlannedSession[] = [];
  const add = (kind: SessionKind, seq: number, dueAt: number) =>
    planned.push({ id: sessionIdOf(mentorshipId, kind, seq), kind, seq, dueAt });
  if (startedAt + journey.intro < endsAt) add('intro', 1, startedAt + journey.intro);
  const every: [SessionKind, number][] = [
    ['checkin', journey.checkinEvery],
    ['milestone', journey.milestoneEvery],
    ['project', journey.projectEvery],
  ];
  for (const [kind, step] of every) {
    if (step <= 0) continue;
    for (let seq = 1; startedAt + seq * step < endsAt; seq++) add(kind, seq, startedAt + seq * step);
  }
  const order: SessionKind[] = ['intro', 'checkin', 'milestone', 'project'];
  return planned.sort((a, b) => a.dueAt - b.dueAt || order.indexOf(a.kind) - order.indexOf(b.kind));
}
