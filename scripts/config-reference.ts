// Regenerates docs/configuration.md from the config schemas (run after changing a module's
// config): npx tsx scripts/config-reference.ts    (--check: exit 1 if the file is stale)
import { readFile, writeFile } from 'node:fs/promises';
import { renderConfigReference } from '../src/config/renderConfigReference.js';
import { moduleList } from '../src/modules/moduleList.js';

const target = new URL('../docs/configuration.md', import.meta.url);
const expected = renderConfigReference(moduleList);
if (process.argv.includes('--check')) {
  const actual = await readFile(target, 'utf8').catch(() => '');
  if (actual !== expected) {
    process.stderr.write('docs/configuration.md is stale: run npx tsx scripts/config-reference.ts\n');
    process.exitCode = 1;
  }
} else {
  await writeFile(target, expected);
  process.stdout.write('Wrote docs/configuration.md\n');
}
