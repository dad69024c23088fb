import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The zones of eslint.config.js, proven on code linted as if it sat at real paths of the tree
// (`lintText` with a `filePath`: nothing is written). The imported files must exist, since
// the rule resolves each import to a file; a test below checks they do.

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Imported by the cases below: the reference module's files. */
const TARGETS = [
  'src/modules/onboarding/index.ts',
  'src/modules/onboarding/onboardingModule.ts',
  'src/modules/onboarding/OnboardingConfig.ts',
  'src/modules/server/ServerConfig.ts',
  'src/modules/moduleList.ts',
  'src/app/loadModules.ts',
  'src/cli/CliIO.ts',
  'src/core/Clock.ts',
];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    // The real config, without type information (the snippets are not on disk) and with only
    // the import rules, so a case fails exactly when a zone rule is missing.
    overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
    ruleFilter: ({ ruleId }) => ruleId === 'boundaries/dependencies' || ruleId === 'no-restricted-imports',
  });
});

/**
 * The import-rule errors for `code` placed at `filePath`.
 * @param filePath - where the code would be, relative to the repository
 * @param code - one or more import lines
 */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: `${root}${filePath}` });
  if (result === undefined) throw new Error(`nothing was linted for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
  return result.messages.map((m) => `${m.ruleId ?? 'null'}: ${m.message}`);
}

describe('lint zones', () => {
  it('the imported files exist (the cases resolve real imports)', () => {
    for (const target of TARGETS) expect(existsSync(`${root}${target}`), target).toBe(true);
  });

  describe('a module never imports another module', () => {
    it.each([
      [
        'three levels up',
        'src/modules/server/a/b/probe.ts',
        "import '../../../../modules/onboarding/OnboardingConfig.js';",
      ],
      [
        'three deep into src',
        'src/modules/server/a/probe.ts',
        "import '../../../modules/onboarding/onboardingModule.js';",
      ],
      ['a sibling folder', 'src/modules/server/probe.ts', "import { onboardingModule } from '../onboarding/index.js';"],
      [
        'two levels up',
        'src/modules/server/a/probe.ts',
        "import type { OnboardingConfig } from '../../onboarding/OnboardingConfig.js';",
      ],
      ['a re-export', 'src/modules/server/probe.ts', "export * from '../onboarding/OnboardingConfig.js';"],
      ['a dynamic import', 'src/modules/server/probe.ts', "await import('../onboarding/onboardingModule.js');"],
      ['the other way', 'src/modules/onboarding/probe.ts', "import { ServerConfig } from '../server/ServerConfig.js';"],
    ])('%s is an error', async (_case, filePath, code) => {
      const errors = await importErrors(filePath, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^boundaries\/dependencies: modules never import each other/);
    });

    it('its own files, at any depth, are fine', async () => {
      expect(
        await importErrors(
          'src/modules/onboarding/probe.ts',
          "import { OnboardingConfig } from './OnboardingConfig.js';",
        ),
      ).toEqual([]);
      expect(
        await importErrors('src/modules/server/a/b/probe.ts', "import { ServerConfig } from '../../ServerConfig.js';"),
      ).toEqual([]);
      expect(
        await importErrors(
          'src/modules/server/probe.ts',
          "import { ServerConfig } from '../../modules/server/ServerConfig.js';",
        ),
      ).toEqual([]);
    });

    it('core is fine', async () => {
      expect(
        await importErrors('src/modules/server/probe.ts', "import { systemClock } from '../../core/Clock.js';"),
      ).toEqual([]);
    });

    it('nor the module list, the app or the CLI', async () => {
      for (const code of [
        "import { moduleList } from '../moduleList.js';",
        "import { loadModules } from '../../app/loadModules.js';",
        "import type { CliIO } from '../../cli/CliIO.js';",
      ]) {
        const errors = await importErrors('src/modules/onboarding/probe.ts', code);
        expect(errors, code).toHaveLength(1);
        expect(errors[0]).toMatch(/^boundaries\/dependencies: a module must not import/);
      }
    });
  });

  describe('core and platform never import modules', () => {
    it.each([
      [
        'core → a module index',
        'src/core/probe.ts',
        "import { onboardingModule } from '../modules/onboarding/index.js';",
      ],
      [
        'core → module internals',
        'src/core/probe.ts',
        "import type { OnboardingConfig } from '../modules/onboarding/OnboardingConfig.js';",
      ],
      ['core → the module list', 'src/core/probe.ts', "import { moduleList } from '../modules/moduleList.js';"],
      ['core → the app', 'src/core/probe.ts', "import { loadModules } from '../app/loadModules.js';"],
      [
        'platform → a module',
        'src/platform/sandbox/probe.ts',
        "import { onboardingModule } from '../../modules/onboarding/index.js';",
      ],
      ['store → a module', 'src/store/probe.ts', "import { onboardingModule } from '../modules/onboarding/index.js';"],
      [
        'config → a module',
        'src/config/probe.ts',
        "import { onboardingModule } from '../modules/onboarding/index.js';",
      ],
    ])('%s is an error', async (_case, filePath, code) => {
      const errors = await importErrors(filePath, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^boundaries\/dependencies: \w+ is below the modules/);
    });
  });

  describe('server, app, CLI and bench reach a module only through its index.ts', () => {
    it.each([
      [
        'server',
        'src/server/dashboard/probe.ts',
        "import { onboardingModule } from '../../modules/onboarding/onboardingModule.js';",
      ],
      ['app', 'src/app/probe.ts', "import type { OnboardingConfig } from '../modules/onboarding/OnboardingConfig.js';"],
      ['cli', 'src/cli/probe.ts', "import { ServerConfig } from '../modules/server/ServerConfig.js';"],
      ['bench', 'bench/probe.ts', "import { onboardingModule } from '../src/modules/onboarding/onboardingModule.js';"],
      ['main', 'src/probe.ts', "import { onboardingModule } from './modules/onboarding/onboardingModule.js';"],
    ])('%s importing internals is an error', async (_case, filePath, code) => {
      const errors = await importErrors(filePath, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^boundaries\/dependencies: \w+ reaches module \w+ only through its public surface/);
    });

    it('the index and the module list are fine', async () => {
      expect(
        await importErrors(
          'src/server/dashboard/probe.ts',
          "import { onboardingModule } from '../../modules/onboarding/index.js';",
        ),
      ).toEqual([]);
      expect(await importErrors('src/cli/probe.ts', "import { moduleList } from '../modules/moduleList.js';")).toEqual(
        [],
      );
      expect(
        await importErrors(
          'bench/probe.ts',
          "import type { OnboardingConfig } from '../src/modules/onboarding/index.js';",
        ),
      ).toEqual([]);
    });
  });

  it('only src/platform/discord and test/discord import discord.js', async () => {
    const code = "import { Client } from 'discord.js';";
    expect(await importErrors('src/modules/onboarding/probe.ts', code)).toEqual([
      "no-restricted-imports: 'discord.js' import is restricted from being used. only src/platform/discord talks to discord.js",
    ]);
    expect(await importErrors('src/core/probe.ts', code)).toHaveLength(1);
    expect(await importErrors('src/platform/discord/probe.ts', code)).toEqual([]);
    expect(await importErrors('test/discord/probe.ts', code)).toEqual([]);
  });
});
