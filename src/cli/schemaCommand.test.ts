import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/fixtures/config/captureIO.js';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { schemaCommand } from './schemaCommand.js';

interface SchemaShape {
  $schema: string;
  title: string;
  properties: Record<string, { description?: string }>;
}

describe('guildhall schema', () => {
  it('prints valid JSON with a section per module', async () => {
    const io = captureIO();
    expect(await schemaCommand({}, io, realModules)).toBe(0);
    const schema = JSON.parse(io.stdout.join('\n')) as SchemaShape;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Guildhall community.yaml');
    expect(Object.keys(schema.properties)).toEqual([
      'version',
      'community',
      'catchUp',
      'dashboard',
      'onboarding',
      'recognition',
    ]);
    expect(schema.properties.onboarding?.description).toBe('Newcomer role and welcome message.');
  });

  it('writes the schema to a file and says how to use it', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'guildhall-schema-')), 'community.schema.json');
    const io = captureIO();
    expect(await schemaCommand({ out }, io, realModules)).toBe(0);
    const schema = JSON.parse(await readFile(out, 'utf8')) as SchemaShape;
    expect(Object.keys(schema.properties)).toContain('recognition');
    expect(io.stdout).toEqual([
      `Wrote ${out}. Put this on the first line of community.yaml for editor completion:`,
      `# yaml-language-server: $schema=${out}`,
    ]);
  });
});
