import { afterEach, describe, expect, it } from 'vitest';
import { automodDb } from '../../src/modules/automod/AutomodTables.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';
import { communityYaml } from './moderationCommunity.js';

/** A rule only automod carries out (no moderation needed): 4 messages in a minute are deleted and slow the channel. */
const automod = {
  builtInRules: { 'message-flood': false },
  rules: [
    {
      id: 'privacy-flood',
      name: 'Privacy flood',
      triggers: [{ type: 'message_rate', maxMessages: 3, seconds: 60 }],
      effects: [{ type: 'delete_message' }, { type: 'slowmode', seconds: 30, duration: '10m' }],
    },
  ],
};

describe(`automod member export and erase (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** Every row of every automod table, as JSON text. */
  async function automodRows(engine: TestEngine): Promise<string[]> {
    const tables = (await engine.store.db.introspection.getTables())
      .map((table) => table.name)
      .filter((name) => name.startsWith('automod_'));
    expect(tables.sort()).toEqual(['automod_phishing_lists', 'automod_slowmodes', 'automod_spam_examples']);
    const rows: string[] = [];
    for (const table of tables) {
      // The table names come from the database itself; the test scans whatever automod created.
      const found = await automodDb(engine.store.db)
        .selectFrom(table as 'automod_slowmodes')
        .selectAll()
        .execute();
      rows.push(...found.map((row) => JSON.stringify(row)));
    }
    return rows;
  }

  it("exports what automod remembers about a member, then forgets it: no automod row holds the member's id, name or words", async () => {
    // Only automod's own hooks: the sandbox keeps the member, so they can post again after the erase.
    t = await createTestEngine({
      configText: communityYaml({ automod }),
      moduleIds: ['automod'],
      privacyOwners: 'modules-only',
    });
    const ada = await t.sandbox.addMember({ username: 'ada_private' });
    const general = t.channel('general').id;
    const post = async (channelId: string, content: string) => {
      const message = await t!.sandbox.postMessage({ userId: ada.userId, channelId, content });
      await t!.settle();
      return message;
    };
    for (let i = 1; i <= 4; i++) await post(general, `secret words ${i}`);
    const deleted = (await t.sandbox.listMessages(general)).filter((m) => m.content === 'secret words 4');
    expect(deleted).toEqual([]); // the rule fired on the 4th: deleted, and #general slowed down
    expect(await automodRows(t)).toHaveLength(1); // the slowmode to put back

    const exported = await t.engine.memberData.exportMember(t.guild.id, ada.userId);
    const section = exported.automod;
    expect(section?.recent_messages).toMatchObject(
      [1, 2, 3, 4].map((i) => ({ channelId: general, content: `secret words ${i}`, attachmentCount: 0 })),
    );
    expect(section?.recent_joins).toEqual([{ joinedAt: t.clock.now() }]);
    expect(section?.incidents_in_cooldown).toEqual([`privacy-flood:${ada.userId}`]);

    const report = await t.engine.memberData.eraseMember(t.guild.id, ada.userId, 'cli:test', {
      keepModerationRecords: false,
    });
    expect(report.changed.automod).toBe(4 + 1 + 1); // messages, join, incident

    expect((await t.engine.memberData.exportMember(t.guild.id, ada.userId)).automod).toBeUndefined();
    const rows = await automodRows(t);
    expect(rows).toHaveLength(1);
    for (const row of rows) {
      expect(row).not.toContain(ada.userId);
      expect(row).not.toContain('ada_private');
      expect(row).not.toContain('secret words');
    }
    // Forgotten for good: a 5th message within the same minute counts as the first, so it stays.
    const after = await post(t.channel('introductions').id, 'secret words 5');
    expect((await t.sandbox.listMessages(t.channel('introductions').id)).map((m) => m.id)).toContain(after.id);
  });
});
