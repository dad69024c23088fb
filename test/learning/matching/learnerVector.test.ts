import { describe, expect, it } from 'vitest';
import type { Selectable } from 'kysely';
import type { LearningProfileTable } from '../../../src/modules/learning/LearningTables.js';
import {
  availabilityHours,
  learnerVector,
  mentorVector,
} from '../../../src/modules/learning/matching/learnerVector.js';
import { countHours } from '../../../src/modules/learning/matching/hours.js';

const hoursOf = (h: Uint32Array): number[] =>
  Array.from({ length: 168 }, (_, i) => i).filter((i) => ((h[i >> 5] ?? 0) >>> (i & 31)) & 1);

const row = (over: Partial<Selectable<LearningProfileTable>> = {}): Selectable<LearningProfileTable> => ({
  guild_id: 'g',
  user_id: 'u1',
  skill: 'advanced',
  pace: 'intensive',
  style: 'reading',
  communication: 'live',
  goals: '["data","backend"]',
  industry: 'fintech',
  interests: '["sql"]',
  languages: '["en","de"]',
  timezone: 'America/New_York',
  availability: '["weekday-evening"]',
  groups_opt_in: 1,
  seeking_mentor: 0,
  mentor_category: null,
  dm: 0,
  no_shows: 2,
  created_at: 0,
  updated_at: 0,
  ...over,
});

describe('learnerVector', () => {
  it('turns a New York weekday evening into 22:00–03:00 UTC in winter and 21:00–02:00 in summer', () => {
    const winter = learnerVector(row(), 0.1, Date.UTC(2026, 0, 14));
    // Monday 17:00–22:00 EST is Monday 22:00 – Tuesday 03:00 UTC.
    expect(hoursOf(winter.hours).slice(0, 5)).toEqual([22, 23, 24, 25, 26]);
    expect(countHours(winter.hours)).toBe(25);
    const summer = learnerVector(row(), 0.1, Date.UTC(2026, 6, 15));
    expect(hoursOf(summer.hours).slice(0, 5)).toEqual([21, 22, 23, 24, 25]);
  });

  it('wraps Sunday night past the end of the week to Monday UTC', () => {
    const hours = hoursOf(availabilityHours(['weekend-night'], 'UTC', Date.UTC(2026, 0, 14)));
    // Saturday 22–02 and Sunday 22–02: Sunday's last two hours are Monday 00:00 and 01:00.
    expect(hours).toEqual([0, 1, 142, 143, 144, 145, 166, 167]);
  });

  it('ranks skill and pace, parses lists, lowers reliability by no-shows', () => {
    const v = learnerVector(row(), 0.1, 0);
    expect([v.skill, v.pace, v.goals, v.languages, v.industry]).toEqual([
      2,
      2,
      ['data', 'backend'],
      ['en', 'de'],
      'fintech',
    ]);
    expect(v.reliability).toBeCloseTo(0.8, 10);
    expect(learnerVector(row({ no_shows: 9 }), 0.1, 0).reliability).toBe(0.5);
  });

  it('tolerates bad JSON and unknown slots as empty', () => {
    const v = learnerVector(row({ goals: 'not json', interests: '{"a":1}', availability: '["someday", 3]' }), 0.1, 0);
    expect([v.goals, v.interests, countHours(v.hours)]).toEqual([[], [], 0]);
  });

  it('gives a mentor their domains and the capacity left', () => {
    const m = mentorVector(
      row(),
      {
        guild_id: 'g',
        user_id: 'u1',
        category: 'career-coach',
        domains: '["sql","ml"]',
        capacity: 3,
        active: 1,
        created_at: 0,
        updated_at: 0,
      },
      1,
      0.1,
      0,
    );
    expect([m.category, m.domains, m.capacity]).toEqual(['career-coach', ['sql', 'ml'], 2]);
  });
});
