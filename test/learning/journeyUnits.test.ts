import { describe, expect, it } from 'vitest';
import { parseSessionButtonId, sessionButtonId } from '../../src/modules/learning/journey/journeyCustomIds.js';
import { planJourney } from '../../src/modules/learning/journey/planJourney.js';

const DAY = 86_400_000;
const journey = {
  intro: DAY,
  checkinEvery: 14 * DAY,
  milestoneEvery: 30 * DAY,
  projectEvery: 90 * DAY,
  length: 180 * DAY,
  answerWithin: 7 * DAY,
};

describe('journey units', () => {
  it('round-trips prompt button ids, even for ids with colons, and refuses others', () => {
    expect(parseSessionButtonId(sessionButtonId('a:b-intro-1', 'mentee_absent'))).toEqual({
      sessionId: 'a:b-intro-1',
      answer: 'mentee_absent',
    });
    expect(parseSessionButtonId('learning:session:x-intro-1:maybe')).toBeNull();
    expect(parseSessionButtonId('learning:session::met')).toBeNull();
    expect(parseSessionButtonId('learning:request:x:met')).toBeNull();
  });

  it('plans a short journey in due order, each session strictly before the end', () => {
    const plan = planJourney('m', 0, 31 * DAY, journey);
    expect(plan.map((s) => [s.id, s.dueAt / DAY])).toEqual([
      ['m-intro-1', 1],
      ['m-checkin-1', 14],
      ['m-checkin-2', 28],
      ['m-milestone-1', 30],
    ]);
    expect(planJourney('m', 0, DAY, journey)).toEqual([]);
  });
});
