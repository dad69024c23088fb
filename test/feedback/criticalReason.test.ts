import { describe, expect, it } from 'vitest';
import { criticalReason } from '../../src/modules/feedback/intake/criticalReason.js';

const rules = { keywords: ['broken', 'data loss', 'c++'], scoreAtMost: -0.6 };

describe('criticalReason', () => {
  it('finds whole words and phrases in any case', () => {
    expect(criticalReason('Login is BROKEN.', 0, rules)).toBe('keyword:broken');
    expect(criticalReason('risk of data\n loss here', 0, rules)).toBe('keyword:data loss');
    expect(criticalReason('the C++ client', 0, rules)).toBe('keyword:c++');
    expect(criticalReason('unbroken brokenness', 0, rules)).toBeNull();
    expect(criticalReason('database lossy', 0, rules)).toBeNull();
  });

  it('falls back to the score, at or below the threshold', () => {
    expect(criticalReason('meh', -0.6, rules)).toBe('sentiment');
    expect(criticalReason('meh', -0.59, rules)).toBeNull();
    expect(criticalReason('broken and sad', -0.9, rules)).toBe('keyword:broken');
  });
});
