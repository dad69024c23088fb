import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/fixtures/config/captureIO.js';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { moduleList } from '../modules/moduleList.js';
import { validateCommand } from './validateCommand.js';

async function file(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'guildhall-validate-')), 'community.yaml');
  await writeFile(path, text);
  return path;
}

describe('guildhall validate', () => {
  it('prints one FILE:LINE: path: problem line per error on stderr and exits 1', async () => {
    const config = await file(
      'community:\n  name: Club\nonboarding:\n  welcomChannel: hi\nrecognition:\n  points:\n    message: five\n',
    );
    const io = captureIO();
    expect(await validateCommand({ config }, io, realModules)).toBe(1);
    expect(io.stderr).toEqual([
      `${config}:4: onboarding.welcomChannel: unknown key "welcomChannel" (did you mean "welcomeChannel"?)`,
      `${config}:7: recognition.points.message: expected a number, got "five"`,
    ]);
    expect(io.stdout).toEqual([]);
  });

  it('summarises a valid file: name, guild and enabled modules', async () => {
    const config = await file(
      'community:\n  name: Miyabi Art Club\n  guildId: "123456789012345678"\nrecognition:\n  enabled: false\n',
    );
    const io = captureIO();
    expect(await validateCommand({ config }, io, realModules)).toBe(0);
    expect(io.stdout).toEqual([
      `${config} is valid.`,
      '  community  Miyabi Art Club',
      '  guild      123456789012345678',
      '  enabled    onboarding',
      '  disabled   recognition',
    ]);
    expect(io.stderr).toEqual([]);
  });

  it('warns about deprecated keys, with their line and replacement, and still exits 0', async () => {
    const config = await file('community:\n  name: Club\nrecognition:\n  messageCooldownSeconds: 90\n');
    const io = captureIO();
    expect(await validateCommand({ config }, io, moduleList)).toBe(0);
    expect(io.stderr).toEqual([
      `${config}:4: recognition.messageCooldownSeconds: deprecated, use messageCooldown: "90s" (warning)`,
    ]);
    expect(io.stdout[0]).toBe(`${config} is valid.`);
  });

  it('says "sandbox" when no guild is set', async () => {
    const io = captureIO();
    expect(await validateCommand({ config: await file('community:\n  name: Club\n') }, io, realModules)).toBe(0);
    expect(io.stdout).toContain('  guild      sandbox (no guildId set)');
    expect(io.stdout).toContain('  enabled    onboarding, recognition');
  });

  it('reports a missing file', async () => {
    const io = captureIO();
    expect(await validateCommand({ config: 'nowhere/community.yaml' }, io, realModules)).toBe(1);
    expect(io.stderr).toEqual([
      'nowhere/community.yaml: file not found (run "guildhall init" to create one, or pass --config FILE)',
    ]);
  });
});
