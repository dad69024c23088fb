import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateAll } from '../../src/app/openAndMigrate.js';
import { reportCommand } from '../../src/cli/reportCommand.js';
import { ManualClock } from '../../src/core/Clock.js';
import { UserError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { EXPERIMENTS_YAML, NOW, seedReportsFixture } from './reportsFixture.js';

const GUILD = '100000000000000077';

describe(`guildhall report onboarding (${testDialect})`, () => {
  let dir: string | undefined;
  let schema: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    if (schema !== undefined) await dropSchema(schema);
    dir = undefined;
    schema = undefined;
  });

  /** A database with the reports fixture, a community.yaml naming its guild, and the environment. */
  async function fixture(): Promise<{ env: Record<string, string>; config: string }> {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-onboarding-report-'));
    let env: Record<string, string>;
    let store: Store;
    if (testDialect === 'postgres') {
      schema = `t_onb_report_${process.pid}_${Date.now() % 100_000}`;
      store = await openStore({ url: testPostgresUrl, schema });
      env = { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema };
    } else {
      const file = join(dir, 'guildhall.sqlite');
      store = await openStore({ url: file });
      env = { DATABASE_URL: file };
    }
    try {
      await migrateAll(store);
      await seedReportsFixture(store.db, GUILD);
    } finally {
      await store.destroy();
    }
    const config = join(dir, 'community.yaml');
    writeFileSync(config, `community:\n  name: Report Test\n  guildId: "${GUILD}"\nonboarding:\n${EXPERIMENTS_YAML}\n`);
    return { env, config };
  }

  function io(): { lines: string[]; out(line: string): void; err(line: string): void } {
    const lines: string[] = [];
    return { lines, out: (line) => lines.push(line), err: (line) => lines.push(`ERR ${line}`) };
  }

  it('prints the funnel, the journey steps and each experiment as text', async () => {
    const { env, config } = await fixture();
    const text = io();
    const code = await reportCommand(
      { config, report: 'onboarding', from: '2026-03-01', to: '2026-03-31', by: 'type' },
      text,
      env,
      new ManualClock(NOW),
    );
    expect(code).toBe(0);
    expect(text.lines.slice(0, 10)).toEqual([
      'Onboarding: members who joined 2026-03-01 to 2026-03-31 (UTC)',
      '',
      'Step             Members  Of joined  Drop-off  Median time',
      'Joined                 8       100%',
      'Welcomed               7      87.5%         1  1 min',
      'Type chosen            5      62.5%         2  6 min',
      'Rules accepted         4        50%         1  14 min',
      'Intro posted           4        50%         0  2 h',
      'Completed              3      37.5%         1  1 h',
      '',
    ]);
    expect(text.lines).toContain('Completion rate 37.5% (target 60%: below)');
    expect(text.lines).toContain('  Developer                     3 joined   66.7% completed');
    expect(text.lines).toContain('  orientation              1/2/1  fell back 1  skipped 0  stopped 1  waiting 1');
    expect(text.lines).toContain('    collecting — 2,182 more members needed (1,094 per arm)');
    expect(text.lines).toContain("    p = 0.4857 (Fisher's exact test): no significant difference at 0.05");
    expect(text.lines).toContain('    treatment tea              n 4 (1 waiting)  rate 75% (95% CI 30.1%–95.4%)');
    expect(text.lines).toContain('    difference +50 points (95% CI −13.5 points to +78.9 points)');
  });

  it('prints one JSON object with --json, and refuses an unknown report or split', async () => {
    const { env, config } = await fixture();
    const json = io();
    expect(await reportCommand({ config, report: 'onboarding', json: true }, json, env, new ManualClock(NOW))).toBe(0);
    expect(json.lines).toHaveLength(1);
    const report = JSON.parse(json.lines[0] ?? '') as {
      funnel: { range: { from: string; to: string }; total: { joined: number } };
      experiments: { experiments: { id: string; analysis: { status: string } }[] };
    };
    // The default range: the 30 days ending today (2 to 31 March), so u1 (1 March) is out.
    expect(report.funnel.range).toEqual({ from: '2026-03-02', to: '2026-03-31', days: 30 });
    expect(report.funnel.total.joined).toBe(7);
    expect(report.experiments.experiments.map((e) => [e.id, e.analysis.status])).toEqual([
      ['welcome-tone', 'collecting'],
      ['tea', 'complete'],
      ['day30', 'collecting'],
    ]);
    await expect(reportCommand({ config, report: 'onboardin' }, io(), env)).rejects.toThrow(UserError);
    await expect(reportCommand({ config, report: 'onboarding', by: 'week' }, io(), env)).rejects.toThrow(
      '--by week: use none, type, variant',
    );
  });
});
