import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../fixtures/config/captureIO.js';
import { validateCommand } from '../../src/cli/validateCommand.js';
import { unsafeNameCharacter } from '../../src/config/safeName.js';
import { moduleList } from '../../src/modules/moduleList.js';

async function file(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'guildhall-names-')), 'community.yaml');
  await writeFile(path, text);
  return path;
}

const REASON = 'must not contain control or bidirectional formatting characters';

describe('unsafeNameCharacter', () => {
  it('finds C0/C1 controls and bidi marks, overrides and isolates', () => {
    for (const [name, found] of [
      ['a\u0000b', 'U+0000'],
      ['tab\there', 'U+0009'],
      ['del\u007f', 'U+007F'],
      ['c1\u0085', 'U+0085'],
      ['c1\u009f', 'U+009F'],
      ['\u061cx', 'U+061C'],
      ['\u200e', 'U+200E'],
      ['\u200f', 'U+200F'],
      ['\u202animda', 'U+202A'],
      ['\u202enimda', 'U+202E'],
      ['\u2066x\u2069', 'U+2066'],
      ['x\u2069', 'U+2069'],
    ] as const) {
      expect(unsafeNameCharacter(name)).toBe(found);
    }
  });

  it('accepts ordinary names in any script, emoji and zero-width joiners', () => {
    for (const name of ['Moderators', 'général', 'مشرف', '管理者', '🛡️ Mods', '👩‍💻 devs', 'a b-c_d']) {
      expect(unsafeNameCharacter(name)).toBeNull();
    }
  });
});

describe('guildhall validate: server names', () => {
  it('reports a role, channel or category name with control or bidi characters as FILE:LINE: path: problem', async () => {
    const config = await file(
      [
        'community:',
        '  name: Club',
        'server:',
        '  roles:',
        '    - name: "Mod\\0s"',
        '    - name: "\\u202Enimda"',
        '  categories:',
        '    - name: "Info\\u2066"',
        '      channels:',
        '        - { name: "rules\\u200F", type: text }',
        '',
      ].join('\n'),
    );
    const io = captureIO();
    expect(await validateCommand({ config }, io, moduleList)).toBe(1);
    expect(io.stderr).toEqual([
      `${config}:5: server.roles[0].name: ${REASON} (found U+0000)`,
      `${config}:6: server.roles[1].name: ${REASON} (found U+202E)`,
      `${config}:8: server.categories[0].name: ${REASON} (found U+2066)`,
      `${config}:10: server.categories[0].channels[0].name: ${REASON} (found U+200F)`,
    ]);
  });

  it('accepts the same names without them', async () => {
    const config = await file(
      'community:\n  name: Club\nserver:\n  roles:\n    - name: Mods\n  categories:\n    - name: Info\n      channels:\n        - { name: rules, type: text }\n',
    );
    const io = captureIO();
    // The server module alone: the others' default channel and role names are not declared here.
    expect(
      await validateCommand(
        { config },
        io,
        moduleList.filter((m) => m.id === 'server'),
      ),
    ).toBe(0);
    expect(io.stderr).toEqual([]);
  });
});
