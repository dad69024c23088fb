import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const DAY = 86_400_000;

describe(`timed actions across a restart (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('a 7-day ban given before a restart is lifted after it, once', async () => {
    c = await openModerationCommunity({ restartable: true });
    const [noor, sam] = [await c.user('noor'), await c.user('sam')];
    await c.command(noor, 'ban', { member: sam, reason: 'spam', duration: '7d' });
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([sam]);

    c = await c.restart();
    c.clock.advance(3 * DAY);
    expect(await c.runDueJobs()).toBe(0);
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([sam]);

    c = await c.restart();
    c.clock.advance(4 * DAY);
    expect(await c.runDueJobs()).toBe(1);
    expect(await c.sandbox.listBans()).toEqual([]);
    const shown = await c.command(noor, 'case', { number: 1 });
    expect(shown?.embeds?.[0]?.fields?.find((f) => f.name === 'Status')?.value).toBe('expired: Ban (7 days) ended');
    expect(await c.runDueJobs()).toBe(0);
  });

  it('a raid lockdown started before a restart is lifted after it', async () => {
    c = await openModerationCommunity({ restartable: true });
    for (let i = 0; i < 10; i++) {
      await c.sandbox.addMember({ username: `raider${i}` });
      c.clock.advance(300);
    }
    await c.settle();
    const slowed = async (): Promise<string[]> =>
      (await c!.sandbox.listChannels()).filter((ch) => ch.rateLimitPerUser > 0).map((ch) => ch.name);
    expect(await slowed()).toHaveLength(4);
    c = await c.restart();
    c.clock.advance(16 * 60_000);
    await c.runDueJobs();
    expect(await slowed()).toEqual([]);
  });
});
