import { describe, expect, it } from 'vitest';
import type { MemberPrivacy } from '../MemberPrivacy.js';
import { joinPrivacy } from './joinPrivacy.js';

const part = (data: Record<string, never[] | string | null | Record<string, never>>, erased: number) =>
  ({
    exportMember: () => Promise.resolve(data),
    eraseMember: () => Promise.resolve(erased),
  }) satisfies MemberPrivacy<null>;

describe('joinPrivacy', () => {
  it('merges the parts’ sections without empty ones, and adds up their erasures', async () => {
    const joined = joinPrivacy([part({ a: 'x', empty: [] }, 2), part({ b: 'y', none: null, blank: {} }, 3)]);
    expect(await joined.exportMember(null, 'g', 'u')).toEqual({ a: 'x', b: 'y' });
    expect(await joined.eraseMember(null, 'g', 'u', { keepModerationRecords: false })).toBe(5);
    expect('blankContentBefore' in joined).toBe(false);
  });

  it('refuses two parts exporting the same section', async () => {
    const joined = joinPrivacy([part({ a: 'x' }, 0), part({ a: 'y' }, 0)]);
    await expect(joined.exportMember(null, 'g', 'u')).rejects.toThrow('two parts export the section "a"');
  });
});
