import { describe, expect, it } from 'vitest';
import { assignVariant } from './assignVariant.js';

const syntheticIds = Array.from({ length: 20_000 }, (_, i) => `${100_000_000_000_000_000n + BigInt(i)}`);

function shares(experimentId: string, variants: { id: string; weight: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const userId of syntheticIds) {
    const variant = assignVariant(experimentId, userId, variants);
    counts.set(variant, (counts.get(variant) ?? 0) + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, count / syntheticIds.length]));
}

describe('assignVariant', () => {
  const half = [
    { id: 'control', weight: 1 },
    { id: 'treatment', weight: 1 },
  ];

  it('gives a member the same variant every time', () => {
    const first = syntheticIds.slice(0, 200).map((id) => assignVariant('welcome-v1', id, half));
    const again = syntheticIds.slice(0, 200).map((id) => assignVariant('welcome-v1', id, half));
    expect(again).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['control', 'treatment']));
  });

  it('draws from the first 52 bits of sha256("<experiment>:<member>")', () => {
    // Draws computed independently with Python's hashlib:
    // int(sha256(key).hexdigest()[:13], 16) / 2**52
    // 'welcome-v1:123456789012345678' → 0.76839, 'welcome-v1:42' → 0.00270, 'journey-2:42' → 0.84952
    expect(assignVariant('welcome-v1', '123456789012345678', half)).toBe('treatment');
    expect(assignVariant('welcome-v1', '42', half)).toBe('control');
    const quarterQuarterHalf = [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 2 },
    ];
    expect(assignVariant('journey-2', '42', quarterQuarterHalf)).toBe('c');
  });

  it('spreads 20,000 members in proportion to the weights', () => {
    // Standard error of a share near 0.3 over 20,000 members is ≈ 0.0032; 0.012 is ~4 of them.
    const result = shares('welcome-v1', [
      { id: 'short', weight: 5 },
      { id: 'long', weight: 3 },
      { id: 'video', weight: 2 },
    ]);
    expect(Math.abs((result.get('short') ?? 0) - 0.5)).toBeLessThan(0.012);
    expect(Math.abs((result.get('long') ?? 0) - 0.3)).toBeLessThan(0.012);
    expect(Math.abs((result.get('video') ?? 0) - 0.2)).toBeLessThan(0.012);
  });

  it('never assigns a variant of weight 0', () => {
    const result = shares('welcome-v1', [
      { id: 'paused', weight: 0 },
      { id: 'control', weight: 1 },
    ]);
    expect([...result.keys()]).toEqual(['control']);
  });

  it('assigns members of two experiments independently', () => {
    const both = new Map<string, number>();
    for (const userId of syntheticIds) {
      const key = `${assignVariant('welcome-v1', userId, half)}/${assignVariant('journey-2', userId, half)}`;
      both.set(key, (both.get(key) ?? 0) + 1);
    }
    // Independent 50/50 splits put a quarter of the members in each of the four combinations.
    for (const key of ['control/control', 'control/treatment', 'treatment/control', 'treatment/treatment']) {
      expect(Math.abs((both.get(key) ?? 0) / syntheticIds.length - 0.25)).toBeLessThan(0.012);
    }
  });

  it('rejects an empty list, repeated ids and invalid weights', () => {
    expect(() => assignVariant('x', '1', [])).toThrow(RangeError);
    expect(() => assignVariant('x', '1', [...half, { id: 'control', weight: 1 }])).toThrow(/twice/);
    expect(() => assignVariant('x', '1', [{ id: 'a', weight: -1 }])).toThrow(RangeError);
    expect(() => assignVariant('x', '1', [{ id: 'a', weight: Number.NaN }])).toThrow(RangeError);
    expect(() => assignVariant('x', '1', [{ id: 'a', weight: 0 }])).toThrow(/positive/);
  });
});
