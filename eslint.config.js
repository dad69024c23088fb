// @ts-check
import { readdirSync, statSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const moduleDirs = readdirSync('src/modules').filter((name) => statSync(`src/modules/${name}`).isDirectory());

/** Modules never import each other: they talk through domain events. */
const moduleBoundaries = moduleDirs.map((name) => ({
  files: [`src/modules/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: moduleDirs
          .filter((other) => other !== name)
          .flatMap((other) => [
            {
              group: [`**/modules/${other}/**`, `../${other}/**`, `../../${other}/**`],
              message: `modules talk through domain events, not imports (${name} → ${other})`,
            },
          ]),
        paths: [{ name: 'discord.js', message: 'only src/platform/discord talks to discord.js' }],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['scripts/*.mjs', 'eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'discord.js', message: 'only src/platform/discord talks to discord.js' }] },
      ],
    },
  },
  ...moduleBoundaries,
  {
    files: ['src/platform/discord/**/*.ts', 'test/discord/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
