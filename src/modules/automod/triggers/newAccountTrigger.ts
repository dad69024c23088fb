import { z } from 'zod';
import { describeDuration, Duration } from '../../../config/Duration.js';
import { defineJoinTrigger } from '../parts/TriggerPart.js';

/** `new_account`: a join from an account younger than the minimum age. */
export const newAccountTrigger = defineJoinTrigger({
  id: 'new_account',
  name: 'New account joins',
  description: 'A member joins with a Discord account younger than `minAccountAge`.',
  settings: z
    .object({
      minAccountAge: Duration.prefault('1d').describe('Accounts younger than this fire ("1d", "7d").'),
    })
    .strict(),
  compile({ minAccountAge }) {
    return {
      windowMs: 0,
      detect(facts) {
        const age = facts.at - facts.accountCreatedAt;
        if (age >= minAccountAge) return null;
        const hours = Math.max(0, Math.floor(age / 3_600_000));
        return {
          reason: `account ${hours} h old (minimum ${describeDuration(minAccountAge)})`,
          evidence: [],
          offending: [],
          participants: [facts.userId],
          scope: 'member',
        };
      },
    };
  },
});
