import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/seededRandom.js';
import { blockRuns, blockSpan, blocksOfDay } from './dayBlocks.js';

describe('day blocks', () => {
  it('cover a range exactly, each day once, in few runs', () => {
    const rand = seededRandom(3);
    const ranges: [number, number][] = [
      [20_000, 20_000],
      [20_000, 20_364],
      [20_480, 20_543],
      [0, 1000],
      [5, 4],
    ];
    for (let i = 0; i < 300; i += 1) {
      const from = 19_900 + Math.floor(rand() * 600);
      ranges.push([from, from + Math.floor(rand() * 500)]);
    }
    for (const [from, to] of ranges) {
      const covered: number[] = [];
      const runs = blockRuns(from, to);
      for (const run of runs) {
        for (let block = run.fromBlock; block <= run.toBlock; block += 1) {
          for (let d = 0; d < blockSpan(run.level); d += 1) covered.push(block * blockSpan(run.level) + d);
        }
      }
      expect(covered.sort((a, b) => a - b)).toEqual(
        Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k),
      );
      // Up to 2 runs of each lower level and 1 of the top: never a block per day of a year.
      expect(runs.length).toBeLessThanOrEqual(5);
      // Each day's block of the run's level is the run's block.
      for (const run of runs) {
        const first = run.fromBlock * blockSpan(run.level);
        expect(blocksOfDay(first).find((b) => b.level === run.level)?.block).toBe(run.fromBlock);
      }
    }
  });
});
