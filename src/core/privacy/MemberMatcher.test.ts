import { describe, expect, it } from 'vitest';
import { MemberMatcher } from './MemberMatcher.js';

const ADA = '200000000000000001';
const matcher = new MemberMatcher({ userId: ADA, names: ['ada_l', 'Ada Lovelace', 'Al', ' ada_l ', ''] });

describe('MemberMatcher', () => {
  it('replaces the id anywhere and names as whole words, case-insensitively', () => {
    expect(matcher.scrubText(`<@${ADA}> said hi`)).toBe('<@erased> said hi');
    expect(matcher.scrubText(`sandbox:member.joined:${ADA}:7`)).toBe('sandbox:member.joined:erased:7');
    expect(matcher.scrubText('thanks ADA LOVELACE, and ada_l!')).toBe('thanks [erased], and [erased]!');
    expect(matcher.scrubText('ada_lx and xada_l stay')).toBe('ada_lx and xada_l stay');
    // A short name only goes where a whole value is it.
    expect(matcher.scrubText('Al')).toBe('[erased]');
    expect(matcher.scrubText('Alright, Al')).toBe('Alright, Al');
    expect(matcher.names).toEqual(['Ada Lovelace', 'ada_l', 'Al']);
  });

  it('tells whether text mentions the member', () => {
    expect(matcher.mentions(`x${ADA}x`)).toBe(true);
    expect(matcher.mentions('hello Ada Lovelace')).toBe(true);
    expect(matcher.mentions('hello Ada')).toBe(false);
  });

  it("scrubs JSON: blanks what they wrote, keeps other members' own names", () => {
    const payload = {
      evidence: [
        { authorId: ADA, content: 'my words', messageId: 'm1' },
        { authorId: '3', content: 'ping Ada Lovelace', messageId: 'm2' },
      ],
      other: { userId: '3', username: 'al', displayName: 'Ada Lovelace' },
      [ADA]: 'keyed by id',
    };
    expect(matcher.scrubJson(payload)).toEqual({
      evidence: [
        { authorId: 'erased', content: '', messageId: 'm1' },
        { authorId: '3', content: 'ping [erased]', messageId: 'm2' },
      ],
      other: { userId: '3', username: 'al', displayName: 'Ada Lovelace' },
      erased: 'keyed by id',
    });
    expect(matcher.scrubJson({ sourceEventId: 'old', n: 1 }, new Map([['old', 'erased:abc']]))).toEqual({
      sourceEventId: 'erased:abc',
      n: 1,
    });
  });

  it('looks for the id and each name, also as JSON escapes them', () => {
    const quoted = new MemberMatcher({ userId: ADA, names: ['The "Count"'] });
    expect(quoted.needles()).toEqual([ADA, 'the "count"', 'the \\"count\\"']);
    expect(quoted.needles({ names: false })).toEqual([ADA]);
    expect(quoted.scrubStored(JSON.stringify({ title: 'The "Count" wrote' }))).toBe('{"title":"[erased] wrote"}');
  });
});
