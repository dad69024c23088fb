import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const HOUR = 3_600_000;

/**
 * Found by the kill -9 harness (issue #10): the end of one temporary ban lifted the member's
 * ban while a longer ban of theirs was still active.
 */
describe(`overlapping bans (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
  });

  it('the end of a short ban leaves a longer one in force, which ends on its own time', async () => {
    c = await openModerationCommunity();
    const noor = await c.user('noor');
    const kenji = await c.user('kenji');
    const long = await c.command(noor, 'ban', { member: kenji, reason: 'raid', duration: '5h' });
    expect(long?.content).toMatch(/^Case #1: /);
    const short = await c.command(noor, 'ban', { member: kenji, reason: 'again', duration: '1h' });
    expect(short?.content).toMatch(/^Case #2: /);
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([kenji]);

    c.clock.advance(HOUR + 1);
    await c.runDueJobs();
    // Case 2 is over, case 1 is not: still banned.
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([kenji]);

    c.clock.advance(4 * HOUR);
    await c.runDueJobs();
    expect(await c.sandbox.listBans()).toEqual([]);
  });
});
