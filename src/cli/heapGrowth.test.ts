import { describe, expect, it } from 'vitest';
import { applyHeapGrowth, HEAP_GROWING_PERCENT, heapGrowingPercent } from './heapGrowth.js';

describe('heap growth', () => {
  it('defaults to 30 %, takes GUILDHALL_HEAP_GROWING_PERCENT, and 0 leaves V8 its own', () => {
    expect(heapGrowingPercent({})).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent({ GUILDHALL_HEAP_GROWING_PERCENT: '' })).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent({ GUILDHALL_HEAP_GROWING_PERCENT: '75' })).toBe(75);
    expect(heapGrowingPercent({ GUILDHALL_HEAP_GROWING_PERCENT: '0' })).toBeNull();
  });

  it('refuses a setting that is not a whole percent up to 1000, naming it', () => {
    for (const bad of ['-5', '1.5', 'lots', '1001']) {
      expect(() => heapGrowingPercent({ GUILDHALL_HEAP_GROWING_PERCENT: bad })).toThrow(
        `GUILDHALL_HEAP_GROWING_PERCENT="${bad}"`,
      );
    }
  });

  it('hands V8 the flag, or nothing when V8 keeps its own', () => {
    const set: string[] = [];
    expect(applyHeapGrowth({}, (flags) => set.push(flags))).toBe(30);
    expect(applyHeapGrowth({ GUILDHALL_HEAP_GROWING_PERCENT: '0' }, (flags) => set.push(flags))).toBeNull();
    expect(set).toEqual(['--heap-growing-percent=30']);
  });
});
