import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrationSets } from '../../src/app/openAndMigrate.js';
import { ManualClock } from '../../src/core/Clock.js';
import { MemberMatcher } from '../../src/core/privacy/MemberMatcher.js';
import type { GuildSnapshot } from '../../src/platform/Platform.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { sandboxPrivacy } from '../../src/platform/sandbox/sandboxPrivacy.js';
import { seedSandboxCommunity } from '../../src/platform/sandbox/seedSandboxCommunity.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';
import { dumpDatabase, findTraces } from './databaseDump.js';

let store: TestStore;
let sandbox: SandboxPlatform;
let guild: GuildSnapshot;
let ada: string;

const channel = (name: string): string => guild.channels.find((c) => c.name === name)!.id;

describe(`the sandbox's member data (${testDialect})`, () => {
  beforeEach(async () => {
    store = await openTestStore(allMigrationSets());
    const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
    sandbox = new SandboxPlatform({ store, clock });
    guild = await seedSandboxCommunity(sandbox, { name: 'Sandbox Privacy' });
    ada = (await sandbox.addMember({ username: 'ada_lovelock', displayName: 'Ada Lovelock' })).userId;
    await sandbox.createInvite({ userId: ada, channelId: channel('general') });
    await sandbox.setVoice({ userId: ada, channelId: channel('Lounge') });
    await sandbox.postMessage({ userId: ada, channelId: channel('general'), content: 'analytical engines rule' });
    await sandbox.sendDirectMessage(guild.id, ada, { content: 'Hi Ada Lovelock, welcome' }, null);
    await sandbox.createChannelAsOwner({
      name: 'ada-corner',
      kind: 'text',
      permissionOverwrites: [{ id: ada, type: 'member', allow: '1024', deny: '0' }],
    });
    await sandbox.timeoutMember(guild.id, ada, clock.now() + 60_000, 'cool down, ada_lovelock');
    await sandbox.banMember(guild.id, ada, { reason: 'banned: ada_lovelock' });
  });
  afterEach(async () => {
    await store.destroy();
  });

  async function sandboxTraces(): Promise<string[]> {
    const dump = (await dumpDatabase(store)).filter((t) => t.table.startsWith('sandbox_'));
    return findTraces(dump, [ada, 'ada_lovelock', 'Ada Lovelock', 'analytical engines']).map(
      (t) => `${t.table}.${t.column}: ${t.value}`,
    );
  }

  it('exports the account, messages, DMs, voice, invites and bans, then erases every one', async () => {
    const privacy = sandboxPrivacy(store.db);
    const names = await privacy.namesOf(ada);
    expect(names).toEqual(['ada_lovelock', 'Ada Lovelock']);
    const exported = await privacy.exportMember(ada);
    expect(Object.keys(exported).sort()).toEqual(
      ['auditLog', 'bans', 'directMessages', 'invites', 'messages', 'user'].sort(),
    );
    expect((await sandboxTraces()).length).toBeGreaterThan(5);
    const changed = await privacy.eraseMember(new MemberMatcher({ userId: ada, names }), {
      keepModerationRecords: false,
    });
    expect(changed).toBeGreaterThan(5);
    expect(await sandboxTraces()).toEqual([]);
    const corner = (await sandbox.listChannels()).find((c) => c.name === 'ada-corner');
    expect(corner?.permissionOverwrites).toEqual([]);
    expect(await privacy.exportMember(ada)).toEqual({});
  });

  it("lists the files of the bot's answers to the member, erases them and files about them, and drops old files", async () => {
    const privacy = sandboxPrivacy(store.db);
    await sandbox.unbanMember(guild.id, ada, 'test');
    await sandbox.addMember({ userId: ada });
    await sandbox.registerCommands(guild.id, [{ name: 'data', description: 'Your data' }]);
    const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
    const answer = async (userId: string, text: string): Promise<string> => {
      const { interactionId } = await sandbox.invokeCommand({ userId, channelId: channel('general'), name: 'data' });
      const ref = { interactionId, token: `sandbox-token-${interactionId}`, channelId: channel('general'), userId };
      await sandbox.respondToInteraction(ref, {
        content: 'Here',
        ephemeral: true,
        files: [{ name: 'data.json', data: text, contentType: 'application/json' }],
      });
      return interactionId;
    };
    const owner = guild.ownerId;
    await answer(ada, JSON.stringify({ username: 'ada_lovelock', note: 'analytical engines rule' }));
    const aboutAda = await answer(owner, JSON.stringify({ userId: ada, content: 'hello' }));
    const unrelated = await answer(owner, JSON.stringify({ userId: owner }));
    const exported = (await privacy.exportMember(ada)) as { interactions: { attachments?: unknown }[] };
    expect(exported.interactions.map((i) => i.attachments)).toEqual([
      [{ name: 'data.json', contentType: 'application/json', size: 60, createdAt: clock.now() }],
    ]);
    expect((await sandboxTraces()).some((t) => t.startsWith('sandbox_attachments.data'))).toBe(true);
    await privacy.eraseMember(new MemberMatcher({ userId: ada, names: await privacy.namesOf(ada) }), {
      keepModerationRecords: false,
    });
    expect(await sandboxTraces()).toEqual([]);
    expect((await sandbox.getInteraction(aboutAda))?.reply?.attachments).toBeUndefined();
    expect((await sandbox.getInteraction(unrelated))?.reply?.attachments).toHaveLength(1);
    expect(await privacy.blankContentBefore(clock.now() + 1)).toBeGreaterThanOrEqual(1);
    expect((await sandbox.getInteraction(unrelated))?.reply?.attachments).toBeUndefined();
  });

  it('keeps the ban and the moderation entries of the audit log with keepModerationRecords', async () => {
    const privacy = sandboxPrivacy(store.db);
    const names = await privacy.namesOf(ada);
    await privacy.eraseMember(new MemberMatcher({ userId: ada, names }), { keepModerationRecords: true });
    const bans = await store.db
      .withTables<{ sandbox_bans: { user_id: string } }>()
      .selectFrom('sandbox_bans')
      .select('user_id')
      .execute();
    expect(bans.map((b) => b.user_id)).toEqual([ada]);
    const left = await sandboxTraces();
    expect(left.every((t) => t.startsWith('sandbox_bans.') || t.startsWith('sandbox_audit_log.'))).toBe(true);
    expect(left.some((t) => t.startsWith('sandbox_users.'))).toBe(false);
  });
});
