import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModules } from '../../src/app/loadModules.js';
import { openAndMigrate } from '../../src/app/openAndMigrate.js';
import { applyCommand, type ConfirmPrompt } from '../../src/cli/applyCommand.js';
import { auditCommand, cliActor } from '../../src/cli/auditCommand.js';
import { exportMemberCommand } from '../../src/cli/exportMemberCommand.js';
import { forgetMemberCommand } from '../../src/cli/forgetMemberCommand.js';
import { migrateCommand } from '../../src/cli/migrateCommand.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { systemClock } from '../../src/core/Clock.js';
import { Engine } from '../../src/core/Engine.js';
import { silentLogger } from '../../src/core/Logger.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../../src/platform/sandbox/seedSandboxCommunity.js';
import { captureIO } from '../fixtures/config/captureIO.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

const noTerminal: ConfirmPrompt = { interactive: false, ask: () => Promise.reject(new Error('no terminal')) };
const answering = (answer: string): ConfirmPrompt & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    interactive: true,
    ask: (question) => {
      asked.push(question);
      return Promise.resolve(answer);
    },
  };
};

describe(`guildhall export-member, forget-member and audit (${testDialect})`, () => {
  let dir: string;
  let schema: string;
  let env: Record<string, string | undefined>;
  let config: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-privacy-'));
    schema = `pv_${randomBytes(5).toString('hex')}`;
    env = {
      LOG_LEVEL: 'silent',
      ...(testDialect === 'postgres'
        ? { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema }
        : { DATABASE_URL: join(dir, 'guildhall.sqlite') }),
    };
    // No community.yaml: the sandbox runs on the starter config, as `guildhall start` does.
    config = join(dir, 'community.yaml');
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  /** A member joins the sandbox guild and posts, with the engine recording the events. */
  async function memberPosts(username: string, content: string): Promise<string> {
    const store = await openAndMigrate(env.DATABASE_URL!, env.DATABASE_SCHEMA);
    const sandbox = new SandboxPlatform({ store, clock: systemClock });
    const { community, modules } = loadModules({ configText: starterConfig() });
    const engine = new Engine({
      store,
      platform: sandbox,
      clock: systemClock,
      log: silentLogger(),
      metrics: new Metrics(),
      community,
      modules,
      scheduler: { schedule: () => Promise.resolve(true) },
    });
    const guild = await seedSandboxCommunity(sandbox, { name: community.community.name });
    await sandbox.start((event) => engine.ingest(event).then(() => undefined));
    const member = await sandbox.addMember({ username, displayName: 'Quentin Marbleworth' });
    const general = guild.channels.find((ch) => ch.name === 'general')!.id;
    await sandbox.postMessage({ userId: member.userId, channelId: general, content });
    await engine.settle();
    await sandbox.stop();
    await store.destroy();
    return member.userId;
  }

  it('exports a member, refuses to forget without confirmation, forgets with it, and audits it all', async () => {
    const migrated = captureIO();
    expect(await migrateCommand(migrated, env)).toBe(0);
    const userId = await memberPosts('quentin_m', 'my marbleworth manifesto');

    const exported = captureIO();
    expect(await exportMemberCommand(userId, { config }, exported, env)).toBe(0);
    const json = JSON.parse(exported.stdout.join('\n')) as { userId: string; data: Record<string, unknown> };
    expect(json.userId).toBe(userId);
    expect(Object.keys(json.data)).toEqual(expect.arrayContaining(['core', 'sandbox']));
    expect(JSON.stringify(json.data)).toContain('my marbleworth manifesto');

    const out = join(dir, 'export', 'member.json');
    const toFile = captureIO();
    expect(await exportMemberCommand(userId, { config, out }, toFile, env)).toBe(0);
    expect(toFile.stdout).toEqual([]);
    expect(toFile.stderr.join('\n')).toMatch(
      /^Wrote .*member\.json: core, sandbox, onboarding, recognition, analytics\.$/,
    );
    expect(readFileSync(out, 'utf8')).toContain('quentin_m');

    const refused = captureIO();
    expect(await forgetMemberCommand(userId, { config }, refused, env, noTerminal)).toBe(1);
    expect(refused.stderr.join('\n')).toContain('Pass --yes');
    const no = answering('no');
    expect(await forgetMemberCommand(userId, { config }, captureIO(), env, no)).toBe(1);
    expect(no.asked[0]).toContain(`Erase every trace of member ${userId}`);
    expect(JSON.stringify(await exportData(userId))).toContain('quentin_m');

    const forgotten = captureIO();
    expect(await forgetMemberCommand(userId, { config }, forgotten, env, answering('yes'))).toBe(0);
    expect(forgotten.stdout[0]).toMatch(new RegExp(`^Erased member ${userId}: \\d+ row\\(s\\)`));
    expect(await exportData(userId)).toEqual({});

    const audit = captureIO();
    expect(await auditCommand({}, audit, env)).toBe(0);
    const lines = audit.stdout.join('\n');
    const actor = cliActor(env);
    expect(lines).toMatch(new RegExp(`${actor} +privacy\\.erase +- +\\{"keepModerationRecords":false\\}`));
    expect(lines).toContain('core.migrate');
    expect(lines).not.toContain(userId); // the erase blanked the exports' targets too
    const onlyErase = captureIO();
    expect(await auditCommand({ action: 'privacy.erase', json: true }, onlyErase, env)).toBe(0);
    expect(onlyErase.stdout.map((l) => (JSON.parse(l) as { action: string }).action)).toEqual(['privacy.erase']);
    const byNobody = captureIO();
    expect(await auditCommand({ actor: 'discord:1' }, byNobody, env)).toBe(0);
    expect(byNobody.stdout).toEqual(['No audit records match.']);

    const forceful = captureIO();
    expect(await forgetMemberCommand(userId, { config, yes: true }, forceful, env, noTerminal)).toBe(0);
    expect(await forgetMemberCommand('not-an-id', { config, yes: true }, forceful, env, noTerminal)).toBe(1);
  });

  it('records an apply in the audit log', async () => {
    writeFileSync(
      config,
      'version: 1\ncommunity:\n  name: Privacy Club\nserver:\n  roles:\n    - name: Archivist\n      color: "#123456"\n',
    );
    expect(await applyCommand({ config, yes: true }, captureIO(), env)).toBe(0);
    const audit = captureIO();
    expect(await auditCommand({ action: 'server.' }, audit, env)).toBe(0);
    expect(audit.stdout.join('\n')).toMatch(
      /server\.apply +- +\{"changes":\d+,"runId":".+","prune":false,"interrupted":false\}/,
    );
  });

  async function exportData(userId: string): Promise<unknown> {
    const io = captureIO();
    expect(await exportMemberCommand(userId, { config }, io, env)).toBe(0);
    return (JSON.parse(io.stdout.join('\n')) as { data: unknown }).data;
  }
});
