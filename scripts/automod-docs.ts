// Regenerates the parts catalogue in docs/automod.md from the automod parts (run after
// changing a trigger, condition, effect or built-in rule): npx tsx scripts/automod-docs.ts
import { readFile, writeFile } from 'node:fs/promises';
import {
  CATALOGUE_BEGIN,
  CATALOGUE_END,
  renderPartsCatalogue,
} from '../src/modules/automod/docs/renderPartsCatalogue.js';

const target = new URL('../docs/automod.md', import.meta.url);
const text = await readFile(target, 'utf8');
const begin = text.indexOf(CATALOGUE_BEGIN);
const end = text.indexOf(CATALOGUE_END);
if (begin === -1 || end === -1) throw new Error('docs/automod.md has no parts markers');
await writeFile(target, `${text.slice(0, begin)}${renderPartsCatalogue()}${text.slice(end + CATALOGUE_END.length)}`);
process.stdout.write('Wrote the parts catalogue of docs/automod.md\n');
