import { describe, expect, it } from 'vitest';
import { JsonTopLevelSplitter, type JsonPiece } from './JsonTopLevelSplitter.js';

const DOC = JSON.stringify(
  {
    guild: { id: '1', name: 'Braces {in} [names] and "quotes" \\ too' },
    skipped: { messages: [{ id: 'not these' }] },
    channel: null,
    dateRange: { after: null },
    messages: [
      { id: 'a', content: 'héllo 👋, "world" ]}', reactions: [{ users: [{ id: 'u' }] }] },
      'a string',
      42,
      { id: 'b', content: 'back\\slash\\' },
    ],
    messageCount: 4,
  },
  null,
  2,
);

function split(chunks: Buffer[]): JsonPiece[] {
  const splitter = new JsonTopLevelSplitter({ values: ['guild', 'channel'], arrays: ['messages'] });
  const pieces = chunks.flatMap((chunk) => splitter.write(chunk));
  expect(splitter.ended).toBe(true);
  return pieces;
}

describe('JsonTopLevelSplitter', () => {
  it('cuts the wanted values and each array element, whatever the chunks (down to one byte each)', () => {
    const bytes = Buffer.from(DOC, 'utf8');
    const whole = split([bytes]);
    expect(whole.map((p) => [p.key, JSON.parse(p.text) as unknown])).toEqual([
      ['guild', { id: '1', name: 'Braces {in} [names] and "quotes" \\ too' }],
      ['channel', null],
      ['messages', { id: 'a', content: 'héllo 👋, "world" ]}', reactions: [{ users: [{ id: 'u' }] }] }],
      ['messages', 'a string'],
      ['messages', 42],
      ['messages', { id: 'b', content: 'back\\slash\\' }],
    ]);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(split(chunks)).toEqual(whole);
    }
  });

  it('reads compact JSON and an empty array', () => {
    expect(split([Buffer.from('{"channel":{"id":"2"},"messages":[]}')])).toEqual([
      { key: 'channel', text: '{"id":"2"}' },
    ]);
  });

  it('says when the root is not an object, the brackets do not balance or data follows the end', () => {
    const splitter = () => new JsonTopLevelSplitter({ values: [], arrays: ['messages'] });
    expect(() => splitter().write(Buffer.from('[1, 2]'))).toThrow(/not an object/);
    expect(() => splitter().write(Buffer.from('{"messages": [1]}}'))).toThrow(/after the end/);
    const open = splitter();
    open.write(Buffer.from('{"messages": [{"id": 1}'));
    expect(open.ended).toBe(false);
  });
});
