import { describe, expect, it } from 'vitest';
import { thanksPattern } from './thanksPattern.js';

describe('thanksPattern', () => {
  const pattern = thanksPattern(['thanks', 'thank you', 'ty', 'thx']);

  it('finds thanks words as whole words, in any case', () => {
    for (const text of ['Thanks!', 'thank you so much', 'ok ty', 'THX @sam', 'merci, thank   you']) {
      expect(pattern.test(text), text).toBe(true);
    }
  });

  it('ignores the words inside other words', () => {
    for (const text of ['what type is it?', 'thankful for nothing', 'pretty good', 'thxs']) {
      expect(pattern.test(text), text).toBe(false);
    }
  });
});
