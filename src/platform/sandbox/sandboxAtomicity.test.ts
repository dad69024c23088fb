import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { ManualClock } from '../../core/Clock.js';
import { EventLog } from '../../core/EventLog.js';
import { SandboxPlatform } from './SandboxPlatform.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

/**
 * Finding 1 of the kill -9 runs: the sandbox stored a member, post or reaction, then recorded
 * its event in a separate step; a crash in between kept the row without its event, and the
 * client's retry was refused ("username is taken") or did nothing. Now both are one unit of
 * work: the crash here is the event log's write failing, as when the process dies there.
 */
describe(`sandbox inputs are atomic (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp() {
    store = await openTestStore([sandboxMigrationSet]);
    const clock = new ManualClock();
    const log = new EventLog(store.db, clock);
    const sandbox = new SandboxPlatform({ store, clock });
    const guild = await sandbox.ensureGuild('Atomic');
    const crash = { next: false };
    await sandbox.start(async (event) => {
      await log.record(event, true);
      if (crash.next) {
        crash.next = false;
        throw new Error('process died after recording, before commit');
      }
    });
    const events = async (type: string): Promise<string[]> =>
      (await store?.db.selectFrom('event_log').select('id').where('type', '=', type).execute())?.map((e) => e.id) ?? [];
    return { sandbox, guild, crash, events };
  }

  it('a join that dies keeps neither the member nor the event, and the retry joins once', async () => {
    const { sandbox, crash, events } = await setUp();
    crash.next = true;
    await expect(sandbox.addMember({ username: 'ada' })).rejects.toThrow('process died');
    expect((await sandbox.listMembers()).map((m) => m.username)).not.toContain('ada');
    expect(await events('member.joined')).toEqual([]);
    const ada = await sandbox.addMember({ username: 'ada' });
    expect(await events('member.joined')).toEqual([expect.stringContaining(ada.userId)]);
  });

  it('a post and a reaction that die leave nothing, and their retries are recorded once', async () => {
    const { sandbox, guild, crash, events } = await setUp();
    const general = await sandbox.createChannelAsOwner({ name: 'general', kind: 'text' });
    const ada = await sandbox.addMember({ username: 'ada' });
    crash.next = true;
    await expect(sandbox.postMessage({ userId: ada.userId, channelId: general.id, content: 'hi' })).rejects.toThrow();
    expect(await sandbox.listMessages(general.id)).toEqual([]);
    const post = await sandbox.postMessage({ userId: ada.userId, channelId: general.id, content: 'hi' });
    expect(await events('message.created')).toEqual([`sandbox:message.created:${post.id}`]);

    const reaction = { userId: ada.userId, channelId: general.id, messageId: post.id, emoji: '🙏' };
    crash.next = true;
    await expect(sandbox.react(reaction)).rejects.toThrow();
    expect(await events('reaction.added')).toEqual([]);
    // The retry is not a no-op: the reaction was never stored.
    await sandbox.react(reaction);
    expect(await events('reaction.added')).toHaveLength(1);
    expect(guild.id).not.toBe('');
  });

  it('a role change that dies is not kept either', async () => {
    const { sandbox, crash, events } = await setUp();
    const role = await sandbox.createRoleAsOwner({ name: 'Helper' });
    const ada = await sandbox.addMember({ username: 'ada' });
    crash.next = true;
    await expect(sandbox.addRoleAsOwner(ada.userId, role.id)).rejects.toThrow();
    expect((await sandbox.getMember(ada.userId))?.roles).toEqual([]);
    expect(await events('member.updated')).toEqual([]);
  });
});
