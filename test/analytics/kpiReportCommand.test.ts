import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/reportCommand.js';
import { ManualClock } from '../../src/core/Clock.js';
import { UserError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { GUILD, seedReportFixture } from './kpiReportFixture.js';

describe(`guildhall report (${testDialect})`, () => {
  let dir: string | undefined;
  let schema: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    if (schema !== undefined) await dropSchema(schema);
    dir = undefined;
    schema = undefined;
  });

  /** A database with the report fixture, and the environment that names it. */
  async function fixture(): Promise<Record<string, string>> {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-report-'));
    let env: Record<string, string>;
    let store: Store;
    if (testDialect === 'postgres') {
      schema = `t_report_${process.pid}_${Date.now() % 100_000}`;
      store = await openStore({ url: testPostgresUrl, schema });
      env = { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema };
    } else {
      const file = join(dir, 'guildhall.sqlite');
      store = await openStore({ url: file });
      env = { DATABASE_URL: file };
    }
    try {
      await seedReportFixture(store);
    } finally {
      await store.destroy();
    }
    writeFileSync(join(dir, 'community.yaml'), `community:\n  name: Report Test\n  guildId: "${GUILD}"\n`);
    return env;
  }

  function io(): { lines: string[]; out(line: string): void; err(line: string): void } {
    const lines: string[] = [];
    return { lines, out: (line) => lines.push(line), err: (line) => lines.push(`ERR ${line}`) };
  }

  it("prints yesterday's summary as text, and a week as JSON", async () => {
    const env = await fixture();
    const config = join(dir!, 'community.yaml');
    const clock = new ManualClock(Date.parse('2026-03-04T10:00:00Z'));
    const text = io();
    expect(await reportCommand({ config }, text, env, clock)).toBe(0);
    expect(text.lines.slice(0, 8)).toEqual([
      'Daily summary: Tuesday 3 March 2026 (2026-03-03 to 2026-03-03, UTC)',
      '',
      'Members          3  (3 at the start)',
      'New              1',
      'Left             1',
      'Growth rate      0%',
      'Active members   3',
      'Messages         40',
    ]);
    expect(text.lines).toContain('  1. 200000000000000001  30 messages');
    expect(text.lines).toContain('Open alerts');
    expect(text.lines.at(-1)).toBe('  critical Messages per day: 3 since 2026-03-02T12:00:00.000Z');

    const json = io();
    const week = new ManualClock(Date.parse('2026-03-09T10:00:00Z'));
    expect(await reportCommand({ config, period: 'week', json: true }, json, env, week)).toBe(0);
    expect(json.lines).toHaveLength(1);
    expect(JSON.parse(json.lines[0] ?? '')).toMatchObject({
      kind: 'weekly',
      period: '2026-W10',
      messages: 40,
      previous: { messages: 20 },
    });
  });

  it('refuses a period it does not know', async () => {
    const env = await fixture();
    await expect(reportCommand({ config: join(dir!, 'community.yaml'), period: 'year' }, io(), env)).rejects.toThrow(
      new UserError('--period year: use day, week or month'),
    );
  });
});
