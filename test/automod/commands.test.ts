import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/core/AuditLog.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const DAY = 86_400_000;
const TIMEOUT_CAP = 28 * DAY - 60_000;

describe(`moderator commands (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('registers the moderation commands', async () => {
    c = await openModerationCommunity();
    const names = (await c.sandbox.listCommands()).map((cmd) => cmd.name);
    for (const name of [
      'warn',
      'timeout',
      'ban',
      'unban',
      'case',
      'history',
      'lockdown',
      'appeal',
      'review-appeal',
      'false-positives',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('refuses members without a moderator role, self-moderation, the owner, equal or higher roles and roles above the bot', async () => {
    c = await openModerationCommunity();
    const [noor, sam, kenji] = [await c.user('noor'), await c.user('sam'), await c.user('kenji')];
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    const boss = await c.sandbox.addMember({ username: 'boss' });
    await c.sandbox.setRolePositionsAsOwner([{ id: c.role('Admin').id, position: 99 }]);
    await c.sandbox.addRoleAsOwner(boss.userId, c.role('Admin').id);
    const ban = (by: string, member: string) => c!.command(by, 'ban', { member, reason: 'test' });

    expect((await ban(sam, kenji))?.content).toBe('Only moderators (Moderator, Admin) can use /ban.');
    expect((await ban(noor, noor))?.content).toBe('You cannot moderate yourself.');
    expect((await ban(noor, c.guild.ownerId))?.content).toBe('The server owner cannot be moderated.');
    expect((await ban(noor, kenji))?.content).toBe(
      `You cannot moderate <@${kenji}>: their highest role (Moderator) is at or above yours (Moderator).`,
    );
    expect((await ban(c.guild.ownerId, boss.userId))?.content).toBe(
      `Guildhall cannot moderate <@${boss.userId}>: their highest role (Admin) is at or above Guildhall's (Guildhall).`,
    );
    expect(await c.sandbox.listBans()).toEqual([]);
    expect(await c.botMessages('mod-log')).toEqual([]);
  });

  it('/timeout beyond 28 days is applied in 28-day stretches until it ends', async () => {
    c = await openModerationCommunity();
    const [noor, lena] = [await c.user('noor'), await c.user('lena')];
    const start = c.clock.now();
    expect((await c.command(noor, 'timeout', { member: lena, duration: '40d', reason: 'cool off' }))?.content).toBe(
      `Case #1: <@${lena}> is timed out for 40 days.`,
    );
    expect((await c.sandbox.getMember(lena))?.timeoutUntil).toBe(start + TIMEOUT_CAP);
    c.clock.set(start + TIMEOUT_CAP - 3_600_000);
    await c.runDueJobs();
    expect((await c.sandbox.getMember(lena))?.timeoutUntil).toBe(start + 40 * DAY);
    c.clock.set(start + 40 * DAY);
    await c.runDueJobs();
    expect((await c.botMessages('mod-log')).at(-1)?.content).toBe(
      `⏱️ Case #1: the timeout (40 days) of <@${lena}> has ended.`,
    );
    expect((await c.command(noor, 'timeout', { member: lena, duration: 'soon', reason: 'x' }))?.content).toBe(
      '"soon" is not a duration: write it like 10m, 24h, 7d or 8w.',
    );
  });

  it('/ban and /unban: the ban case is closed as revoked; /case and /history show it', async () => {
    c = await openModerationCommunity();
    const [noor, kenji, sam] = [await c.user('noor'), await c.user('kenji'), await c.user('sam')];
    expect(
      (await c.command(noor, 'ban', { member: kenji, reason: 'raiding', duration: '7d', delete_messages: '1d' }))
        ?.content,
    ).toBe(`Case #1: <@${kenji}> is banned for 7 days (lifted automatically).`);
    expect((await c.sandbox.listBans()).map((b) => [b.userId, b.reason])).toEqual([[kenji, 'Case #1: raiding']]);
    // Kenji's seeded messages of the last day went with the ban.
    const general = await c.sandbox.listMessages(c.channel('general').id, { limit: 100 });
    expect(general.filter((m) => m.authorId === kenji)).toEqual([]);
    expect((await c.command(noor, 'unban', { user: kenji, reason: 'appeal by email' }))?.content).toBe(
      `Case #2: <@${kenji}> is unbanned.`,
    );
    expect(await c.sandbox.listBans()).toEqual([]);
    // Both are staff actions in the audit log, newest first.
    expect(
      (await new AuditLog(c.store.db, c.clock).list({ actionPrefix: 'moderation.' })).map(
        ({ actor, action, target, details }) => ({ actor, action, target, details }),
      ),
    ).toEqual([
      {
        actor: `discord:${noor}`,
        action: 'moderation.unban',
        target: kenji,
        details: { reason: 'appeal by email', caseId: 2, carriedOut: true, notBanned: false },
      },
      {
        actor: `discord:${noor}`,
        action: 'moderation.ban',
        target: kenji,
        details: { reason: 'raiding', caseId: 1, carriedOut: true, durationMs: 7 * DAY, deleteMessageSeconds: 86_400 },
      },
    ]);
    expect((await c.command(noor, 'unban', { user: kenji, reason: 'again' }))?.content).toBe(
      `<@${kenji}> is not banned (case #3 records the attempt).`,
    );
    const shown = await c.command(noor, 'case', { number: 1 });
    expect(shown?.embeds?.[0]?.title).toBe('Case #1 · Ban (7 days)');
    expect(shown?.embeds?.[0]?.fields?.find((f) => f.name === 'Status')?.value).toBe(
      'revoked: unbanned in case #2: appeal by email',
    );
    expect((await c.command(sam, 'case', { number: 1 }))?.content).toBe('There is no case #1 you can see.');
    const history = await c.command(noor, 'history', { member: kenji });
    expect(history?.content?.split('\n')[0]).toBe(`<@${kenji}> has 0 active strikes. Latest cases:`);
    expect(history?.content).toContain('#1 Ban (7 days) · revoked');
    expect((await c.command(sam, 'history', { member: kenji }))?.content).toBe(
      'Only moderators can see another member’s history; `/history` alone shows yours.',
    );
    // The lifted ban's job finds nothing to do when it comes.
    c.clock.advance(8 * DAY);
    await c.runDueJobs();
    expect(await c.sandbox.listBans()).toEqual([]);
  });

  it('/lockdown in read-only mode stops @everyone posting, lets moderators post, and /lockdown end restores the channels', async () => {
    c = await openModerationCommunity({
      sections: { moderation: { lockdown: { mode: 'read_only', channels: ['Community'] } } },
    });
    const [noor, sam] = [await c.user('noor'), await c.user('sam')];
    expect((await c.command(sam, 'lockdown', { action: 'start' }))?.content).toBe(
      'Only moderators (Moderator, Admin) can use /lockdown.',
    );
    expect((await c.command(noor, 'lockdown', { action: 'start', reason: 'raid in progress' }))?.content).toBe(
      'Lockdown started in 4 channels, until `/lockdown action:end`.',
    );
    expect(await c.post(sam, 'general', 'can I still post?')).toBeNull();
    expect(await c.post(noor, 'general', 'moderators can')).not.toBeNull();
    expect((await c.command(noor, 'lockdown', { action: 'end' }))?.content).toBe(
      'Lockdown ended: channels are back as they were.',
    );
    expect(await c.post(sam, 'general', 'back to normal')).not.toBeNull();
    const general = (await c.sandbox.listChannels()).find((ch) => ch.name === 'general');
    expect(general?.permissionOverwrites).toEqual([]);
    expect((await c.command(noor, 'lockdown', { action: 'end' }))?.content).toBe('There is no lockdown to end.');
    const audited = await c.engine.audit.list({ actionPrefix: 'moderation.lockdown' });
    expect(audited.map((r) => [r.actor, r.action, r.details.reason])).toEqual([
      [`discord:${noor}`, 'moderation.lockdown_end', `by <@${noor}>`],
      [`discord:${noor}`, 'moderation.lockdown_start', 'raid in progress'],
    ]);
  });
});
