import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { scenarios } from './scenarios.js';

it('every crash scenario has exactly one test file of its own', () => {
  const dir = fileURLToPath(new URL('./', import.meta.url));
  const files = readdirSync(dir).filter((f) => /^crashPoints\..+\.test\.ts$/.test(f));
  const declared = files.map((f) => /describeCrashPoints\('(.+)'\)/.exec(readFileSync(`${dir}${f}`, 'utf8'))?.[1]);
  expect(declared.sort()).toEqual(scenarios.map((s) => s.name).sort());
});
