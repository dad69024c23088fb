import { describe, expect, it } from 'vitest';
import { closestMatch } from './closestMatch.js';

describe('closestMatch', () => {
  const keys = ['welcomeChannel', 'welcomeMessage', 'newcomerRole', 'enabled'];

  it('finds a key with a letter missing, swapped or in the wrong case', () => {
    expect(closestMatch('welcomChannel', keys)).toBe('welcomeChannel');
    expect(closestMatch('enalbed', keys)).toBe('enabled');
    expect(closestMatch('NewcomerRole', keys)).toBe('newcomerRole');
  });

  it('suggests nothing when no key is close', () => {
    expect(closestMatch('frobnicate', keys)).toBeUndefined();
    expect(closestMatch('x', keys)).toBeUndefined();
  });
});
