// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The zones of src/ (see ARCHITECTURE.md, "The parts"): each file belongs to
 * one element; `module` is one per folder of src/modules, captured as `moduleId`.
 */
const zones = [
  { type: 'module', pattern: 'src/modules/*', partialMatch: false, capture: ['moduleId'] },
  // The files beside the module folders: src/modules/moduleList.ts.
  { type: 'moduleList', pattern: 'src/modules', partialMatch: false },
  { type: 'core', pattern: 'src/core', partialMatch: false },
  { type: 'config', pattern: 'src/config', partialMatch: false },
  { type: 'store', pattern: 'src/store', partialMatch: false },
  { type: 'scheduler', pattern: 'src/scheduler', partialMatch: false },
  { type: 'metrics', pattern: 'src/metrics', partialMatch: false },
  { type: 'platform', pattern: 'src/platform', partialMatch: false },
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'server', pattern: 'src/server', partialMatch: false },
  { type: 'cli', pattern: 'src/cli', partialMatch: false },
  { type: 'bench', pattern: 'bench', partialMatch: false },
  // The files directly in src/: src/main.ts.
  { type: 'main', pattern: 'src', partialMatch: false },
];

/**
 * A selector of the files of one or more zones.
 * @param {string | string[]} type - the zone(s)
 */
const zone = (type) => ({ element: { type } });

/** The zones that use modules: they reach one only through its index.ts (or the module list). */
const outer = ['app', 'server', 'cli', 'main', 'bench'];

/**
 * What may import what. Everything not listed is allowed; later policies override earlier ones.
 * Files under test/ belong to no zone and are not checked (a module's own tests there may reach
 * its internals); tests beside the code (`*.test.ts`) follow the rules of their zone.
 */
const zonePolicies = [
  {
    from: zone(['core', 'platform', 'store', 'scheduler', 'metrics']),
    disallow: { to: zone(['module', 'moduleList', ...outer]) },
    message: '{{ from.element.type }} is below the modules: it must not import {{ to.element.type }}',
  },
  {
    // The starter config and the config reference are built from the module list.
    from: zone('config'),
    disallow: { to: zone(['module', ...outer]) },
    message: 'config is below the modules: it must not import {{ to.element.type }} (the module list is allowed)',
  },
  {
    from: zone('module'),
    disallow: { to: { element: { type: 'module', captured: { moduleId: '!{{ from.element.captured.moduleId }}' } } } },
    message:
      'modules never import each other ({{ from.element.captured.moduleId }} → {{ to.element.captured.moduleId }}): they talk through domain events',
  },
  {
    from: zone('module'),
    disallow: { to: zone(['moduleList', ...outer]) },
    message: 'a module must not import {{ to.element.type }}: the outer layers use modules, not the other way round',
  },
  {
    from: zone(outer),
    disallow: { to: { element: { type: 'module', fileInternalPath: '!index.ts' } } },
    message:
      '{{ from.element.type }} reaches module {{ to.element.captured.moduleId }} only through its public surface, src/modules/{{ to.element.captured.moduleId }}/index.ts',
  },
];

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
  {
    files: ['src/**/*.ts', 'bench/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': zones,
      'boundaries/legacy-templates': false,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` } },
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'allow', policies: zonePolicies }] },
  },
  {
    // bench/memoryDiscord.ts measures discord.js's own caches beside the adapter's.
    files: ['src/platform/discord/**/*.ts', 'test/discord/**/*.ts', 'bench/memoryDiscord.ts'],
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
