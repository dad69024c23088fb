import { describe, expect, it } from 'vitest';
import type { LevelRule } from '../config/RewardRules.js';
import { evaluateLevel } from './evaluateLevel.js';

const levels: LevelRule[] = [
  { name: 'New Member', role: 'New Member', conditions: {}, match: 'all' },
  { name: 'Member', role: 'Member', conditions: { messages: 10 }, match: 'all' },
  { name: 'Active Member', role: 'Active Member', conditions: { tenure_days: 30, messages: 50 }, match: 'all' },
  { name: 'Contributor', role: 'Contributor', conditions: { points: 500, helpful_answer: 20 }, match: 'any' },
];

describe('evaluateLevel', () => {
  it('gives the highest level whose conditions all hold (all) or one holds (any)', () => {
    expect(evaluateLevel(levels, { messages: 3 }, null, 90)).toBe('New Member');
    expect(evaluateLevel(levels, { messages: 60, tenure_days: 29 }, null, 90)).toBe('Member');
    expect(evaluateLevel(levels, { messages: 60, tenure_days: 30 }, null, 90)).toBe('Active Member');
    expect(evaluateLevel(levels, { messages: 0, helpful_answer: 20 }, null, 90)).toBe('Contributor');
  });

  it('keeps a held level down to 90% of its requirements, then drops to what still holds at 90%', () => {
    expect(evaluateLevel(levels, { points: 450, messages: 5 }, 'Contributor', 90)).toBe('Contributor');
    expect(evaluateLevel(levels, { points: 449, messages: 45, tenure_days: 40 }, 'Contributor', 90)).toBe(
      'Active Member',
    );
    expect(evaluateLevel(levels, { points: 449, messages: 44, tenure_days: 40 }, 'Contributor', 90)).toBe('Member');
  });

  it('does not flap: a member at 95% neither loses a held level nor gains one not held', () => {
    const values = { messages: 48, tenure_days: 31 };
    expect(evaluateLevel(levels, values, 'Active Member', 90)).toBe('Active Member');
    expect(evaluateLevel(levels, values, 'Member', 90)).toBe('Member');
  });

  it('demotes exactly at the requirement with a 100% mark, and to nothing without levels', () => {
    expect(evaluateLevel(levels, { messages: 9 }, 'Member', 100)).toBe('New Member');
    expect(evaluateLevel([], { messages: 9 }, null, 90)).toBeNull();
  });
});
