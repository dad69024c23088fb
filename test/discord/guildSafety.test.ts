import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../src/core/errors.js';
import {
  connectDiscordPlatform,
  unstartedDiscordPlatform,
  type ConnectedDiscordPlatform,
} from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { testGuildCreate } from './testGuild.js';

const G = TEST_IDS.guildId;
const HOUR = 3_600_000;

describe('guild safety actions (verification level, invite pause)', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('setVerificationLevel PATCHes verification_level with the reason, answers the previous level and keeps fetchGuild in step', async () => {
    expect((await c.platform.fetchGuild(G)).verificationLevel).toBe('low');
    const { previous } = await c.platform.setVerificationLevel(G, 'high', 'Guildhall lockdown: raid');
    expect(previous).toBe('low');
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /guilds/${G}`]);
    const [patch] = c.discord.requests;
    expect(patch?.body).toEqual({ verification_level: 3 });
    expect(patch?.auditLogReason).toBe('Guildhall lockdown: raid');
    expect((await c.platform.fetchGuild(G)).verificationLevel).toBe('high');
    expect((await c.platform.setVerificationLevel(G, 'low', 'over')).previous).toBe('high');
    expect(c.discord.requestsTo('PATCH', `/guilds/${G}`).map((r) => r.body)).toEqual([
      { verification_level: 3 },
      { verification_level: 1 },
    ]);
  });

  it('setVerificationLevel reads the previous level over REST when not connected', async () => {
    const platform = unstartedDiscordPlatform(c.discord);
    expect((await platform.fetchGuild(G)).verificationLevel).toBe('low');
    c.discord.clearRequests();
    expect(await platform.setVerificationLevel(G, 'very_high', 'raid')).toEqual({ previous: 'low' });
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /guilds/${G}`, `PATCH /guilds/${G}`]);
    expect(c.discord.requests[1]?.body).toEqual({ verification_level: 4 });
    await platform.setVerificationLevel(G, 'low', 'back');
  });

  it('pauseInvites PUTs invites_disabled_until as ISO 8601, and null to resume (no DM pause running: null)', async () => {
    const until = c.clock.now() + 2 * HOUR;
    await c.platform.pauseInvites(G, until, 'Guildhall lockdown: raid');
    await c.platform.pauseInvites(G, null, 'Guildhall lockdown ended: calm');
    const puts = c.discord.requestsTo('PUT', `/guilds/${G}/incident-actions`);
    expect(puts.map((r) => r.body)).toEqual([
      { invites_disabled_until: new Date(until).toISOString(), dms_disabled_until: null },
      { invites_disabled_until: null, dms_disabled_until: null },
    ]);
    expect(puts.map((r) => r.auditLogReason)).toEqual(['Guildhall lockdown: raid', 'Guildhall lockdown ended: calm']);
    expect(c.discord.requests).toHaveLength(2);
  });

  it('pauseInvites sends back a DM pause the community has running, as the gateway reported it', async () => {
    const dmsUntil = new Date(Date.now() + 3 * HOUR).toISOString();
    await dispatchAndCollect(c, [
      [
        'GUILD_UPDATE',
        { ...testGuildCreate(), incidents_data: { dms_disabled_until: dmsUntil, invites_disabled_until: null } },
      ],
    ]);
    c.discord.clearRequests();
    const until = c.clock.now() + HOUR;
    await c.platform.pauseInvites(G, until, 'Guildhall lockdown: raid');
    await c.platform.pauseInvites(G, null, 'Guildhall lockdown ended: calm');
    expect(c.discord.requestsTo('PUT', `/guilds/${G}/incident-actions`).map((r) => r.body)).toEqual([
      { invites_disabled_until: new Date(until).toISOString(), dms_disabled_until: dmsUntil },
      { invites_disabled_until: null, dms_disabled_until: dmsUntil },
    ]);
    await dispatchAndCollect(c, [['GUILD_UPDATE', { ...testGuildCreate(), incidents_data: null }]]);
  });

  it('pauseInvites refuses more than 24 hours ahead, or a past time, before any request', async () => {
    const now = c.clock.now();
    await expect(c.platform.pauseInvites(G, now + 24 * HOUR + 1, 'x')).rejects.toBeInstanceOf(PlatformRuleError);
    await expect(c.platform.pauseInvites(G, now, 'x')).rejects.toBeInstanceOf(PlatformRuleError);
    await c.platform.pauseInvites(G, now + 24 * HOUR, 'x');
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /guilds/${G}/incident-actions`]);
  });
});
