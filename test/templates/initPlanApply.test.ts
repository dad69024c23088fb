import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand, type ConfirmPrompt } from '../../src/cli/applyCommand.js';
import { initCommand } from '../../src/cli/initCommand.js';
import { planCommand } from '../../src/cli/planCommand.js';
import { captureIO } from '../fixtures/config/captureIO.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

const noTerminal: ConfirmPrompt = { interactive: false, ask: () => Promise.reject(new Error('no terminal')) };

/**
 * What a new user does with a template: `guildhall init --template NAME`, `guildhall plan`,
 * `guildhall apply --yes`, then `guildhall plan` again, on the default sandbox (the guild
 * `guildhall start` seeds: Admin, Moderator, Member, New Member below the bot's role).
 */
describe.each(['miyabi', 'miktos', 'tixl'])(
  `init --template %s, plan, apply --yes on the sandbox (${testDialect})`,
  (name) => {
    let dir: string;
    let schema: string;
    let env: Record<string, string | undefined>;

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), `guildhall-${name}-`));
      schema = `tpl_${randomBytes(5).toString('hex')}`;
      env = {
        LOG_LEVEL: 'silent',
        ...(testDialect === 'postgres'
          ? { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema }
          : { DATABASE_URL: join(dir, 'guildhall.sqlite') }),
      };
    });
    afterEach(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (testDialect === 'postgres') await dropSchema(schema);
    });

    it('plans changes, applies them all, and plans no changes after', async () => {
      const config = join(dir, 'community.yaml');
      expect(await initCommand({ out: config, template: name }, captureIO())).toBe(0);

      const plan = captureIO();
      expect(await planCommand({ config }, plan, env), plan.stderr.join('\n')).toBe(2);
      expect(plan.stdout.join('\n')).toMatch(/Plan: \d+ to create, \d+ to update, \d+ to move, 0 to delete\./);

      const apply = captureIO();
      expect(await applyCommand({ config, yes: true }, apply, env, noTerminal), apply.stderr.join('\n')).toBe(0);
      expect(apply.stdout.join('\n')).toMatch(/Apply complete: \d+ change\(s\)/);

      const again = captureIO();
      expect(await planCommand({ config }, again, env), again.stdout.join('\n')).toBe(0);
      expect(again.stdout.join('\n')).toContain('Plan: 0 to create, 0 to update, 0 to move, 0 to delete.');
    });
  },
);
