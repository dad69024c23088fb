import { defineCondition } from '../parts/ConditionPart.js';
import { AgeRange, ageWithin } from './ageRange.js';

/** `account_age`: how old the member's Discord account is. */
export const accountAgeCondition = defineCondition({
  id: 'account_age',
  name: 'Account age',
  description:
    "The member's Discord account is younger than `youngerThan` and/or at least `olderThan`. Never holds when the account's age is unknown.",
  settings: AgeRange,
  compile(range) {
    return (subject) =>
      ageWithin(subject.accountCreatedAt === null ? null : subject.at - subject.accountCreatedAt, range);
  },
});
