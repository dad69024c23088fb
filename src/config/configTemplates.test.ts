import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { defaultTemplatesDir, listTemplates, readTemplate } from './configTemplates.js';

async function templatesDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'guildhall-templates-'));
  await mkdir(join(dir, 'tixl'));
  await writeFile(join(dir, 'tixl', 'community.yaml'), 'community:\n  name: TiXL\n');
  await mkdir(join(dir, 'not-a-template'));
  return dir;
}

describe('config templates', () => {
  it('offers the starter first, then each folder holding a community.yaml', async () => {
    expect(await listTemplates(await templatesDir())).toEqual(['starter', 'tixl']);
    expect(await listTemplates('/nonexistent/templates')).toEqual(['starter']);
  });

  it('reads a template from its folder', async () => {
    const dir = await templatesDir();
    expect(await readTemplate('tixl', { templatesDir: dir, modules: realModules })).toBe('community:\n  name: TiXL\n');
  });

  it('names the available templates when asked for an unknown one', async () => {
    const dir = await templatesDir();
    await expect(readTemplate('miyabi', { templatesDir: dir, modules: realModules })).rejects.toThrow(
      'unknown template "miyabi"; available templates: starter, tixl',
    );
    await expect(readTemplate('../tixl', { templatesDir: dir, modules: realModules })).rejects.toThrow(
      /unknown template/,
    );
  });

  it("finds the package's templates folder", () => {
    expect(defaultTemplatesDir()).toMatch(/templates$/);
    expect(existsSync(join(defaultTemplatesDir(), '..', 'package.json'))).toBe(true);
  });
});
