import { defineCondition } from '../parts/ConditionPart.js';
import { AgeRange, ageWithin } from './ageRange.js';

/** `member_age`: how long the member has been in the server. */
export const memberAgeCondition = defineCondition({
  id: 'member_age',
  name: 'Member age',
  description:
    'The member joined the server less than `youngerThan` ago and/or at least `olderThan` ago. Never holds when the join time is unknown.',
  settings: AgeRange,
  compile(range) {
    return (subject) => ageWithin(subject.joinedAt === null ? null : subject.at - subject.joinedAt, range);
  },
});
