import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/fixtures/config/captureIO.js';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { loadConfig } from '../config/loadConfig.js';
import { moduleList } from '../modules/moduleList.js';
import { initCommand } from './initCommand.js';
import { validateCommand } from './validateCommand.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'guildhall-init-'));
}

describe('guildhall init', () => {
  it('writes a commented starter file that validates with the current schemas', async () => {
    const out = join(await tempDir(), 'community.yaml');
    const io = captureIO();
    expect(await initCommand({ out }, io)).toBe(0);
    expect(io.stdout[0]).toBe(`Wrote ${out} (template "starter").`);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^# community\.yaml/);
    expect(text).toContain('# Turn the module on or off.');
    const check = captureIO();
    expect(await validateCommand({ config: out }, check, moduleList)).toBe(0);
    expect(check.stderr).toEqual([]);
  });

  it('puts the community name in when given one', async () => {
    const out = join(await tempDir(), 'community.yaml');
    expect(await initCommand({ out, name: 'Miyabi Art Club' }, captureIO())).toBe(0);
    const loaded = await loadConfig(out, moduleList);
    expect(loaded.ok && loaded.config.community.name).toBe('Miyabi Art Club');
  });

  it('refuses to overwrite an existing file, leaving it untouched', async () => {
    const out = join(await tempDir(), 'community.yaml');
    await writeFile(out, 'community:\n  name: Mine\n');
    const io = captureIO();
    expect(await initCommand({ out }, io)).toBe(1);
    expect(io.stderr).toEqual([`${out} already exists; nothing changed (use --force to overwrite it)`]);
    expect(await readFile(out, 'utf8')).toBe('community:\n  name: Mine\n');
  });

  it('overwrites with force', async () => {
    const out = join(await tempDir(), 'community.yaml');
    await writeFile(out, 'community:\n  name: Mine\n');
    expect(await initCommand({ out, force: true }, captureIO())).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^# community\.yaml/);
  });

  it('writes a template from the templates folder', async () => {
    const templatesDir = await tempDir();
    await mkdir(join(templatesDir, 'tixl'));
    await writeFile(join(templatesDir, 'tixl', 'community.yaml'), '# TiXL\ncommunity:\n  name: TiXL\n');
    const out = join(await tempDir(), 'community.yaml');
    const io = captureIO();
    expect(await initCommand({ out, template: 'tixl', templatesDir, name: 'TiXL Berlin' }, io, realModules)).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('# TiXL\ncommunity:\n  name: TiXL Berlin\n');
  });

  it('names the available templates when asked for an unknown one', async () => {
    const out = join(await tempDir(), 'community.yaml');
    const io = captureIO();
    expect(await initCommand({ out, template: 'nope', templatesDir: await tempDir() }, io)).toBe(1);
    expect(io.stderr).toEqual(['unknown template "nope"; available templates: starter']);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });

  it('will not write a template that does not validate', async () => {
    const templatesDir = await tempDir();
    await mkdir(join(templatesDir, 'broken'));
    await writeFile(join(templatesDir, 'broken', 'community.yaml'), 'community:\n  name: Club\n  colour: red\n');
    const out = join(await tempDir(), 'community.yaml');
    const io = captureIO();
    expect(await initCommand({ out, template: 'broken', templatesDir }, io, realModules)).toBe(1);
    expect(io.stderr).toEqual([
      'template "broken" does not validate with this version of Guildhall:',
      'template "broken":3: community.colour: unknown key "colour" (allowed here: name, guildId)',
    ]);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });
});
