import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError } from './DatabaseOpenError.js';
import { lockSqliteFile } from './sqliteFileLock.js';
import { openStore } from './Store.js';

const dir = mkdtempSync(join(tmpdir(), 'guildhall-lock-'));

// The lock is SQLite's own (a file lock), so it holds between connections of one process as it
// does between processes; test/cli/startFailures.test.ts runs two processes and a kill -9.
describe('lockSqliteFile', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder, naming the first one, until the first releases', () => {
    const file = join(dir, 'a.sqlite');
    const first = lockSqliteFile(file);
    expect(existsSync(`${file}.lock`)).toBe(true);
    let refusal: unknown;
    try {
      lockSqliteFile(file);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseInUseError);
    expect(refusal).toMatchObject({ path: file, pid: process.pid });
    first.release();
    first.release();
    const second = lockSqliteFile(file);
    second.release();
  });

  it('is taken by an exclusive store until it is destroyed; other opens are not affected', async () => {
    const file = join(dir, 'b.sqlite');
    const store = await openStore({ url: file, exclusive: true });
    await expect(openStore({ url: file, exclusive: true })).rejects.toBeInstanceOf(DatabaseInUseError);
    // A command that only reads (audit, export-member) still opens the file.
    const reader = await openStore({ url: file });
    await reader.destroy();
    await store.destroy();
    const again = await openStore({ url: file, exclusive: true });
    await again.destroy();
  });
});
