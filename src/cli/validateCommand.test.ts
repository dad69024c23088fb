import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/fixtures/config/captureIO.js';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { moduleList } from '../modules/moduleList.js';
import { configModuleList } from '../modules/configModuleList.js';
import { validateCommand, type ValidateReport } from './validateCommand.js';

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

  it('prints the first 50 problems, then how many more; --json lists every one with file, line and path', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `  extra${i}: ${i}`).join('\n');
    const config = await file(`community:\n  name: Club\nrecognition:\n${keys}\n`);
    const io = captureIO();
    expect(await validateCommand({ config }, io, realModules)).toBe(1);
    expect(io.stderr).toHaveLength(51);
    expect(io.stderr[0]).toBe(`${config}:4: recognition.extra0: unknown key "extra0"`);
    expect(io.stderr[49]).toBe(`${config}:53: recognition.extra49: unknown key "extra49"`);
    expect(io.stderr[50]).toBe('… and 10 more problems (--json lists them all)');

    const json = captureIO();
    expect(await validateCommand({ config, json: true }, json, realModules)).toBe(1);
    expect(json.stderr).toEqual([]);
    const report = JSON.parse(json.stdout.join('\n')) as ValidateReport;
    expect(report.valid).toBe(false);
    expect(report.errors).toHaveLength(60);
    expect(report.errors[59]).toEqual({
      file: config,
      line: 63,
      path: 'recognition.extra59',
      message: 'unknown key "extra59"',
    });
  });

  it('--json on a valid file: valid, no errors, the summary and the deprecation warnings', async () => {
    const config = await file('community:\n  name: Club\nrecognition:\n  messageCooldownSeconds: 90\n');
    const io = captureIO();
    expect(await validateCommand({ config, json: true }, io, configModuleList)).toBe(0);
    const report = JSON.parse(io.stdout.join('\n')) as ValidateReport;
    expect(report).toMatchObject({
      file: config,
      valid: true,
      errors: [],
      summary: { community: 'Club', guildId: null },
    });
    expect(report.warnings.map((w) => w.path)).toEqual(['recognition.messageCooldownSeconds']);
  });

  it('checks a 2 MB file of unknown keys in one pass (it took minutes) and prints the first problems', async () => {
    const lines = ['community:', '  name: Club', 'recognition:'];
    let size = 0;
    for (let i = 0; size < 2_000_000; i++) {
      const line = `  someUnknownSetting${i}: value number ${i}`;
      lines.push(line);
      size += line.length + 1;
    }
    const config = await file(`${lines.join('\n')}\n`);
    const io = captureIO();
    expect(await validateCommand({ config }, io, configModuleList)).toBe(1);
    expect(io.stderr).toHaveLength(51);
    expect(io.stderr[0]).toBe(`${config}:4: recognition.someUnknownSetting0: unknown key "someUnknownSetting0"`);
    expect(io.stderr[50]).toBe(`… and ${lines.length - 3 - 50} more problems (--json lists them all)`);
  }, 300_000);

  it('rejects what start rejects: a name Discord would refuse for a server, no guildId with a token', async () => {
    const short = await file('community:\n  name: X\n');
    const io = captureIO();
    expect(await validateCommand({ config: short }, io, configModuleList)).toBe(1);
    expect(io.stderr).toEqual([`${short}:2: community.name: must be at least 2 characters long (it is 1)`]);

    const noGuild = await file('community:\n  name: Club\n');
    const withToken = captureIO();
    expect(await validateCommand({ config: noGuild }, withToken, configModuleList, { DISCORD_TOKEN: 't' })).toBe(1);
    expect(withToken.stderr).toEqual([
      `${noGuild}: community.guildId: required when DISCORD_TOKEN is set (the server the bot manages)`,
    ]);
    expect(await validateCommand({ config: noGuild }, captureIO(), configModuleList, {})).toBe(0);
  });
});
