import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverPrivacy } from '../../src/modules/server/serverPrivacy.js';
import { serverDb } from '../../src/modules/server/ServerTables.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, type BlueprintSandbox } from './blueprintSandbox.js';

describe(`the server module's member export and erase (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
  });
  afterEach(async () => {
    await s.close();
  });

  /** Every text the server module's tables hold, as one string. */
  async function dump(): Promise<string> {
    const db = serverDb(s.store.db);
    const resources = await db.selectFrom('server_resources').selectAll().execute();
    const changes = await db.selectFrom('server_changes').selectAll().execute();
    return JSON.stringify([resources, changes]);
  }

  it('a member overwrite in the blueprint is the only trace of a member: exported, then erased', async () => {
    const memberId = (await s.guild()).ownerId;
    const otherId = '123456789012345678';
    await s.apply(
      [
        'categories:',
        '  - name: Lounge',
        '    overwrites:',
        `      - member: "${memberId}"`,
        '        allow: [ManageMessages]',
        `      - member: "${otherId}"`,
        '        allow: [ViewChannel]',
        '    channels:',
        '      - { type: text, name: chat }',
      ].join('\n'),
    );
    expect(await dump()).toContain(memberId);
    const ctx = { db: s.store.db };

    const exported = await serverPrivacy.exportMember(ctx, s.guildId, memberId);
    expect(JSON.stringify(exported)).toContain(memberId);
    expect(Object.keys(exported)).toEqual(['server_changes']);
    expect(await serverPrivacy.exportMember(ctx, s.guildId, '999999999999999999')).toEqual({});

    const changed = await serverPrivacy.eraseMember(ctx, s.guildId, memberId, { keepModerationRecords: false });
    expect(changed).toBeGreaterThan(0);
    const after = await dump();
    expect(after).not.toContain(memberId);
    expect(after).toContain(otherId); // another member's overwrite stays
    expect(await serverPrivacy.exportMember(ctx, s.guildId, memberId)).toEqual({});
    // The changes themselves stay (what was done, not to whom); the JSON is still JSON.
    const changes = await serverDb(s.store.db).selectFrom('server_changes').selectAll().execute();
    for (const change of changes) {
      if (change.after !== null) expect(() => JSON.parse(change.after!) as unknown).not.toThrow();
    }
  });
});
