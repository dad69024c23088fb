import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heapLimitMb, IMPORT_HEAP_MB, relaunchWithHeapLimit } from './relaunchWithHeapLimit.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gh-heap-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('relaunchWithHeapLimit', () => {
  it('reads GUILDHALL_IMPORT_HEAP_MB: the default, a number, 0 for none, and refuses words', () => {
    expect(heapLimitMb({})).toBe(IMPORT_HEAP_MB);
    expect(heapLimitMb({ GUILDHALL_IMPORT_HEAP_MB: '256' })).toBe(256);
    expect(heapLimitMb({ GUILDHALL_IMPORT_HEAP_MB: '0' })).toBeNull();
    expect(() => heapLimitMb({ GUILDHALL_IMPORT_HEAP_MB: 'lots' })).toThrow(/not a whole number/);
  });

  it('runs the command again in a child with the heap limit, and gives its exit code', async () => {
    const script = join(dir, 'child.mjs');
    const out = join(dir, 'out.json');
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';
       import v8 from 'node:v8';
       writeFileSync(${JSON.stringify(out)}, JSON.stringify({
         limitMb: v8.getHeapStatistics().heap_size_limit / 1048576,
         args: process.argv.slice(2),
         marker: process.env.GUILDHALL_HEAP_LIMITED,
       }));
       process.exit(3);`,
    );
    const code = await relaunchWithHeapLimit(
      { GUILDHALL_IMPORT_HEAP_MB: '96' },
      ['node', script, 'import', 'dce', 'x'],
      [],
    );
    expect(code).toBe(3);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { limitMb: number; args: string[]; marker: string };
    expect(seen.args).toEqual(['import', 'dce', 'x']);
    expect(seen.marker).toBe('1');
    // V8's limit is the old space asked for plus the young generation: well under the default (≥ 2 GB here).
    expect(seen.limitMb).toBeGreaterThanOrEqual(96);
    expect(seen.limitMb).toBeLessThan(200);
  });

  it('does not relaunch when already limited, told not to, or already the relaunched process', async () => {
    const argv = ['node', join(dir, 'never-run.mjs')];
    expect(await relaunchWithHeapLimit({ GUILDHALL_HEAP_LIMITED: '1' }, argv, [])).toBeNull();
    expect(await relaunchWithHeapLimit({ GUILDHALL_IMPORT_HEAP_MB: '0' }, argv, [])).toBeNull();
    expect(await relaunchWithHeapLimit({ NODE_OPTIONS: '--max-old-space-size=4096' }, argv, [])).toBeNull();
    expect(await relaunchWithHeapLimit({}, argv, ['--max-old-space-size=512'])).toBeNull();
  });
});
