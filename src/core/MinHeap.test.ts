import { describe, expect, it } from 'vitest';
import { MinHeap } from './MinHeap.js';

describe('MinHeap', () => {
  it('gives items back smallest first, ties in the order the comparison says', () => {
    const heap = new MinHeap<{ at: number; order: number }>(
      (a, b) => a.at < b.at || (a.at === b.at && a.order < b.order),
    );
    const items = [5, 3, 9, 3, 1, 7, 1, 8].map((at, order) => ({ at, order }));
    for (const item of items) heap.push(item);
    expect(heap.size).toBe(8);
    expect(heap.peek()).toEqual({ at: 1, order: 4 });
    const out: string[] = [];
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(`${item.at}/${item.order}`);
    expect(out).toEqual(['1/4', '1/6', '3/1', '3/3', '5/0', '7/5', '8/7', '9/2']);
    expect(heap.pop()).toBeUndefined();
  });

  it('sorts random numbers as Array.sort does, with pushes between pops', () => {
    let seed = 42;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const heap = new MinHeap<number>((a, b) => a < b);
    const held: number[] = [];
    const takeSmallest = (): number => {
      held.sort((a, b) => a - b);
      return held.shift() as number;
    };
    for (let round = 0; round < 200; round += 1) {
      for (let i = 0; i < 5; i += 1) {
        const n = next() % 1000;
        heap.push(n);
        held.push(n);
      }
      expect(heap.pop()).toBe(takeSmallest());
    }
    while (held.length > 0) expect(heap.pop()).toBe(takeSmallest());
    expect(heap.size).toBe(0);
  });
});
