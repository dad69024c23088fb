import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand, type ConfirmPrompt } from '../../src/cli/applyCommand.js';
import { exportCommand } from '../../src/cli/exportCommand.js';
import { planCommand } from '../../src/cli/planCommand.js';
import { startDiscordTestServer, TEST_IDS } from '../discord/DiscordTestServer.js';
import { captureIO } from '../fixtures/config/captureIO.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { COMMUNITY_BLUEPRINT } from './blueprints.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** community.yaml with a `server:` section (given as the section's content). */
function communityYaml(server: string): string {
  const indented = server
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `version: 1\ncommunity:\n  name: Blueprint Club\nserver:\n${indented}\n`;
}

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

describe(`guildhall plan, apply and export (${testDialect})`, () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let config: string;
  let schema: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-blueprint-'));
    schema = `bp_${randomBytes(5).toString('hex')}`;
    env = {
      LOG_LEVEL: 'silent',
      ...(testDialect === 'postgres'
        ? { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema }
        : { DATABASE_URL: join(dir, 'guildhall.sqlite') }),
    };
    config = join(dir, 'community.yaml');
    writeFileSync(config, communityYaml(COMMUNITY_BLUEPRINT));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('plan exits 2 with changes, apply --yes applies them, then plan exits 0', async () => {
    const plan = captureIO();
    expect(await planCommand({ config }, plan, env)).toBe(2);
    expect(plan.stdout.join('\n')).toContain('Plan: 13 to create, 2 to update, 0 to move, 0 to delete.');
    expect(plan.stderr).toEqual([]);

    const apply = captureIO();
    expect(await applyCommand({ config, yes: true }, apply, env, noTerminal)).toBe(0);
    const out = apply.stdout.join('\n');
    expect(out).toContain('Plan: 13 to create, 2 to update, 0 to move, 0 to delete.');
    expect(out).toContain('  + @Staff\n');
    expect(out).toContain('  ↕ positions of 1 role');
    expect(out).toMatch(/Apply complete: \d+ change\(s\), recorded as run \d+-[0-9a-f]+\./);
    expect(apply.stderr).toEqual([]);

    const again = captureIO();
    expect(await planCommand({ config }, again, env)).toBe(0);
    expect(again.stdout).toEqual(['No changes. The server matches community.yaml.']);
  });

  it('apply refuses without a terminal and without --yes, and changes nothing', async () => {
    const io = captureIO();
    expect(await applyCommand({ config }, io, env, noTerminal)).toBe(1);
    expect(io.stderr.at(-1)).toBe(
      'Nothing was changed: apply asks for confirmation and no terminal can answer. Pass --yes to apply anyway.',
    );
    expect(await planCommand({ config }, captureIO(), env)).toBe(2);
  });

  it('apply asks on a terminal and applies only on "yes"', async () => {
    const no = answering('y');
    const io = captureIO();
    expect(await applyCommand({ config }, io, env, no)).toBe(1);
    expect(no.asked).toHaveLength(1);
    expect(no.asked[0]).toMatch(/^\nApply these changes to "Blueprint Club" \(\d+\)\? Only "yes" is accepted: $/);
    expect(io.stderr).toEqual(['Apply cancelled: nothing was changed.']);
    expect(await applyCommand({ config }, captureIO(), env, answering('yes'))).toBe(0);
    expect(await planCommand({ config }, captureIO(), env)).toBe(0);
  });

  it('plan --prune shows deletions to make; apply --prune makes them', async () => {
    writeFileSync(
      config,
      communityYaml(
        'roles:\n  - { name: Member, color: "#2ecc71", mentionable: true }\ncategories:\n  - name: Community\n',
      ),
    );
    const listed = captureIO();
    // Only what --prune would delete differs: nothing to apply, exit 0.
    expect(await planCommand({ config }, listed, env)).toBe(0);
    expect(listed.stdout.join('\n')).toContain('  - #general (text in "Community") (would delete with --prune)');
    const pruning = captureIO();
    expect(await planCommand({ config, prune: true }, pruning, env)).toBe(2);
    expect(pruning.stdout.join('\n')).toContain('  - #general (text in "Community")\n');
    expect(await applyCommand({ config, yes: true, prune: true }, captureIO(), env, noTerminal)).toBe(0);
    const after = captureIO();
    expect(await planCommand({ config, prune: true }, after, env)).toBe(0);
  });

  it('problems exit 1 with FILE:LINE: path: message, before any change', async () => {
    writeFileSync(
      config,
      communityYaml(
        'roles:\n  - name: Guildhall\n    color: "#000001"\ncategories:\n  - name: Events\n    overwrites:\n      - { role: Nobody, allow: [ViewChannel] }\n',
      ),
    );
    const io = captureIO();
    expect(await applyCommand({ config, yes: true }, io, env, noTerminal)).toBe(1);
    expect(io.stderr[1]).toBe(`Nothing was changed: the server cannot be made to match ${config}:`);
    expect(io.stderr.slice(2)).toEqual([
      expect.stringMatching(
        new RegExp(`^${config}:6: server\\.roles\\[0\\]: role "Guildhall" is managed by an integration`),
      ),
      `${config}:11: server.categories[0].overwrites[0].role: role "Nobody" neither exists on the server nor is declared under server.roles`,
    ]);
    const plan = captureIO();
    expect(await planCommand({ config }, plan, env)).toBe(1);
  });

  it('an invalid file exits 1 with the config error', async () => {
    writeFileSync(config, communityYaml('roles:\n  - { name: X, permissions: [Fly] }\n'));
    const io = captureIO();
    expect(await planCommand({ config }, io, env)).toBe(1);
    expect(io.stderr.join('\n')).toContain(`${config}:6: server.roles[0].permissions[0]:`);
  });

  it('export writes a blueprint that plans to no changes', async () => {
    const out = join(dir, 'exported.yaml');
    const io = captureIO();
    expect(await exportCommand({ config, out }, io, env)).toBe(0);
    expect(io.stdout[0]).toMatch(new RegExp(`^Wrote ${out}: 5 roles, 4 categories`));
    const exported = readFileSync(out, 'utf8');
    writeFileSync(config, `version: 1\ncommunity:\n  name: Blueprint Club\n${exported}`);
    expect(await planCommand({ config }, captureIO(), env)).toBe(0);
    const printed = captureIO();
    expect(await exportCommand({ config }, printed, env)).toBe(0);
    expect(`${printed.stdout.join('\n')}\n`).toBe(exported);
  });

  it('with DISCORD_TOKEN, plan and apply talk to Discord over REST without opening the gateway', async () => {
    const discord = await startDiscordTestServer();
    try {
      const discordEnv = { ...env, DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl };
      const server = 'roles:\n  - { name: Event Host }\ncategories:\n  - name: Community\n';
      writeFileSync(
        config,
        communityYaml(server).replace(
          '  name: Blueprint Club\n',
          `  name: Blueprint Club\n  guildId: "${TEST_IDS.guildId}"\n`,
        ),
      );
      const plan = captureIO();
      expect(await planCommand({ config }, plan, discordEnv)).toBe(2);
      expect(plan.stdout.join('\n')).toContain('  + @Event Host');
      expect(await applyCommand({ config, yes: true }, captureIO(), discordEnv, noTerminal)).toBe(0);
      expect(discord.requestsTo('POST', `/guilds/${TEST_IDS.guildId}/roles`)).toHaveLength(1);
      expect(await planCommand({ config }, captureIO(), discordEnv)).toBe(0);
      expect(discord.gateway.identifies).toEqual([]);
    } finally {
      await discord.close();
    }
  });

  it('the guildhall binary wires plan with its exit code', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/main.ts'), 'plan', '--config', config],
      {
        cwd: root,
        env: { ...process.env, ...env, DISCORD_TOKEN: '' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Plan: 13 to create, 2 to update, 0 to move, 0 to delete.');
    expect(run.status).toBe(2);
  });
});
