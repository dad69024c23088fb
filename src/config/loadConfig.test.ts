import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { formatConfigError } from './ConfigError.js';
import { loadConfig } from './loadConfig.js';

describe('loadConfig', () => {
  it('reads and validates a file, naming it as given in errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guildhall-config-'));
    const file = join(dir, 'community.yaml');
    await writeFile(file, 'community:\n  name: Club\n  nmae: typo\n');
    const result = await loadConfig(file, realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      `${file}:3: community.nmae: unknown key "nmae" (did you mean "name"?)`,
    ]);
  });

  it('reports a missing file without a line, and how to create one', async () => {
    const result = await loadConfig('does-not-exist/community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'does-not-exist/community.yaml: file not found (run "guildhall init" to create one, or pass --config FILE)',
    ]);
  });

  it('reports a directory given as the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guildhall-config-'));
    const result = await loadConfig(dir, realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([`${dir}: is a directory, not a file`]);
  });
});
