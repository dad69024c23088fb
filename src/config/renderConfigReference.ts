import { buildConfigJsonSchema } from './buildConfigJsonSchema.js';
import type { ConfigModule } from './buildConfigSchema.js';
import { configFields, type ConfigField } from './configFields.js';
import { secretEnvVars } from './secretKeys.js';

const intro = `# Configuration reference

<!-- Generated from the zod schemas by \`npx tsx scripts/config-reference.ts\`: do not edit by hand. -->

Everything Guildhall does for a community is declared in one file, \`community.yaml\`: the
core settings below plus one section per module. A module section you leave out runs with
its defaults; set \`enabled: false\` in it to switch the module off.

- **Create one:** \`guildhall init\` writes a commented starter file (\`--template NAME\`,
  \`--force\` to overwrite).
- **Check it:** \`guildhall validate\` prints one line per problem,
  \`FILE:LINE: path.to.field: problem\`, and exits with 1; or a summary and 0.
- **Editor completion:** \`guildhall schema --out community.schema.json\`, then put
  \`# yaml-language-server: $schema=./community.schema.json\` on the first line of the file
  (VS Code's YAML extension and other YAML language servers read it).
- **Unknown keys are errors,** with a suggestion when one is close
  (\`unknown key "welcomChannel" (did you mean "welcomeChannel"?)\`).

## Secrets

Secrets never go in \`community.yaml\`; they come from the environment. A key that looks like a
secret (\`token\`, \`secret\`, \`password\`, \`apiKey\`, \`clientSecret\`, \`webhookSecret\`, …)
holding a value is an error, and \`\${VAR}\` is not expanded in the file.

${[...new Set(Object.values(secretEnvVars))].map((v) => `- \`${v}\``).join('\n')}: the Discord bot token. Without it Guildhall runs the sandbox.
`;

/**
 * The configuration reference (docs/configuration.md): every key with its type, default and
 * description, generated from the same schemas the loader uses so it cannot drift.
 * @param modules - the modules whose sections to document
 */
export function renderConfigReference(modules: readonly ConfigModule[]): string {
  const root = buildConfigJsonSchema(modules);
  const fields = configFields(root);
  const scalars = fields.filter((f) => f.children.length === 0);
  const sections = fields.filter((f) => f.children.length > 0);
  const parts = [intro];
  if (scalars.length > 0) parts.push(['## Top level', '', ...table(scalars)].join('\n'));
  for (const section of sections) {
    const about = section.description === undefined ? [] : [section.description, ''];
    const note = moduleNote(section, modules);
    parts.push([`## \`${section.key}\``, '', ...about, ...note, ...table(flatten(section.children))].join('\n'));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function moduleNote(section: ConfigField, modules: readonly ConfigModule[]): string[] {
  if (!modules.some((m) => m.id === section.key)) return [];
  return [`Module \`${section.key}\`. Optional section: left out, every key takes its default.`, ''];
}

function flatten(fields: readonly ConfigField[]): ConfigField[] {
  return fields.flatMap((f) => [f, ...flatten(f.children)]);
}

function table(fields: readonly ConfigField[]): string[] {
  return [
    '| Key | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...fields.map(
      (f) => `| \`${f.path}\` | ${cell(f.type)} | ${cell(defaultText(f))} | ${cell(f.description ?? '')} |`,
    ),
    '',
  ];
}

function defaultText(field: ConfigField): string {
  if (field.children.length > 0 && !field.childrenAreListEntries && field.hasDefault) return 'see below';
  if (field.hasDefault) return `\`${JSON.stringify(field.default)}\``;
  return field.required ? '**required**' : 'not set';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
