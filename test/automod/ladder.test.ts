import { afterEach, describe, expect, it } from 'vitest';
import { moderationDb } from '../../src/modules/moderation/ModerationTables.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe(`the escalation ladder (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('1st strike warns privately, 2nd warns publicly with a 24 h timeout, 3rd bans for 7 days, 4th for good', async () => {
    c = await openModerationCommunity();
    const noor = await c.user('noor');
    const sam = await c.user('sam');
    const warn = (reason: string) => c!.command(noor, 'warn', { member: sam, reason });

    expect((await warn('off-topic spam'))?.content).toBe(`Case #1: strike 1 for <@${sam}> → warning.`);
    expect((await c.sandbox.listDirectMessages(sam)).map((d) => d.content)).toEqual([
      '⚠️ A warning from the moderators of **Test Community**: off-topic spam. Case #1. If you think this is a mistake, press the **Appeal** button below (or use `/appeal case:1` in the server).',
    ]);

    c.clock.advance(HOUR);
    expect((await warn('spam again'))?.content).toBe(
      `Case #2: strike 2 for <@${sam}> → timeout (24 hours) with a public warning.`,
    );
    expect((await c.sandbox.getMember(sam))?.timeoutUntil).toBe(c.clock.now() + DAY);
    const publicWarning = (await c.botMessages('general')).at(-1);
    expect(publicWarning?.content).toBe(
      `⚠️ <@${sam}> has been warned and timed out for 24 hours: spam again (case #2).`,
    );

    c.clock.advance(DAY + HOUR);
    expect((await warn('third time'))?.content).toBe(`Case #3: strike 3 for <@${sam}> → ban (7 days).`);
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([sam]);

    // The temporary ban is lifted by the scheduler, and the member comes back.
    c.clock.advance(7 * DAY);
    await c.runDueJobs();
    expect(await c.sandbox.listBans()).toEqual([]);
    // Jobs due together run together: the notes of case 2 (timeout) and 3 may come in any order.
    expect((await c.botMessages('mod-log')).slice(-2).map((m) => m.content)).toContain(
      `⏱️ Case #3: the ban (7 days) of <@${sam}> has ended.`,
    );
    await c.sandbox.addMember({ userId: sam });
    await c.settle();

    expect((await warn('fourth time'))?.content).toBe(`Case #4: strike 4 for <@${sam}> → ban (permanent).`);
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([sam]);
    c.clock.advance(365 * DAY);
    await c.runDueJobs();
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([sam]);
  });

  it('strikes decay after 30 days: the next one starts the ladder again', async () => {
    c = await openModerationCommunity();
    const noor = await c.user('noor');
    const lena = await c.user('lena');
    await c.command(noor, 'warn', { member: lena, reason: 'first' });
    c.clock.advance(2 * DAY);
    await c.command(noor, 'warn', { member: lena, reason: 'second' });
    c.clock.advance(29 * DAY);
    // The first strike has decayed (31 days), the second has not: this is strike 2 again.
    expect((await c.command(noor, 'warn', { member: lena, reason: 'third' }))?.content).toContain('strike 2');
    c.clock.advance(31 * DAY);
    await c.runDueJobs();
    expect((await c.command(noor, 'warn', { member: lena, reason: 'fourth' }))?.content).toBe(
      `Case #4: strike 1 for <@${lena}> → warning.`,
    );
    const decayed = await moderationDb(c.store.db)
      .selectFrom('moderation_cases')
      .select(['id', 'strike_decayed_at'])
      .orderBy('id')
      .execute();
    expect(decayed.map((r) => r.strike_decayed_at !== null)).toEqual([true, true, true, false]);
    expect((await c.command(lena, 'history'))?.content).toContain('You have 1 active strike.');
  });

  it('an automod strike and a moderator warning climb the same ladder', async () => {
    c = await openModerationCommunity();
    const noor = await c.user('noor');
    const kenji = await c.user('kenji');
    await c.post(kenji, 'general', 'join my server discord.gg/notours');
    expect((await c.command(noor, 'warn', { member: kenji, reason: 'and rude' }))?.content).toContain('strike 2 for');
    expect((await c.sandbox.getMember(kenji))?.timeoutUntil).toBe(c.clock.now() + DAY);
  });

  it('a category with an immediate action skips the ladder but still counts as a strike', async () => {
    c = await openModerationCommunity({
      sections: { moderation: { immediateActions: { phishing: { action: 'timeout', duration: '3d' } } } },
    });
    const priya = await c.user('priya');
    await c.post(priya, 'general', 'https://steamcommunlty-trade.example/offer');
    expect((await c.sandbox.getMember(priya))?.timeoutUntil).toBe(c.clock.now() + 3 * DAY);
    expect((await c.command(c.guild.ownerId, 'history', { member: priya }))?.content).toContain('1 active strike');
  });
});
