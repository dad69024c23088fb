import { afterEach, describe, expect, it } from 'vitest';
import { moderationPlaces } from '../../src/modules/moderation/guild/ModerationPlaces.js';
import { endLockdown } from '../../src/modules/moderation/lockdown/endLockdown.js';
import type {
  GuildSafetyControls,
  VerificationLevel,
} from '../../src/modules/moderation/lockdown/GuildSafetyControls.js';
import { startLockdown } from '../../src/modules/moderation/lockdown/startLockdown.js';
import { ModerationConfig } from '../../src/modules/moderation/ModerationConfig.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';
import { moderationContext } from './moderationContext.js';

/** Guild safety controls that record what a lockdown asked (instead of the platform's). */
function recordingControls(): GuildSafetyControls & { calls: string[] } {
  let level: VerificationLevel = 'low';
  const calls: string[] = [];
  return {
    calls,
    setVerificationLevel(_guildId, next) {
      const previous = level;
      level = next;
      calls.push(`verification ${previous} → ${next}`);
      return Promise.resolve({ previous });
    },
    pauseInvites(_guildId, until) {
      calls.push(until === null ? 'invites resumed' : `invites paused until ${new Date(until).toISOString()}`);
      return Promise.resolve();
    },
  };
}

describe(`lockdown with guild safety controls (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('raises verification and pauses invites when the platform can, and puts both back', async () => {
    c = await openModerationCommunity();
    const ctx = moderationContext(c);
    const places = await moderationPlaces(ctx, c.guild.id);
    const controls = recordingControls();
    const outcome = await startLockdown(
      ctx,
      places,
      { reason: 'raid', durationMs: 900_000, startedBy: null, sourceKey: 'test' },
      controls,
    );
    expect(outcome).toMatchObject({ extended: false, channels: 4, endsAt: c.clock.now() + 900_000 });
    const again = await startLockdown(
      ctx,
      places,
      { reason: 'raid', durationMs: 1_800_000, startedBy: null, sourceKey: 'test2' },
      controls,
    );
    expect(again).toMatchObject({ extended: true, endsAt: c.clock.now() + 1_800_000 });
    expect(await endLockdown(ctx, places, { reason: 'over', endedBy: null, sourceKey: 'test' }, controls)).toBe(true);
    expect(controls.calls).toEqual([
      'verification low → high',
      `invites paused until ${new Date(c.clock.now() + 900_000).toISOString()}`,
      'verification high → low',
      'invites resumed',
    ]);
  });

  it('a raid lockdown raises the sandbox guild to high and pauses its invites, and the lift puts both back', async () => {
    c = await openModerationCommunity();
    const owner = (await c.sandbox.fetchGuild(c.guild.id)).ownerId;
    const invite = await c.sandbox.createInvite({ userId: owner, channelId: c.channel('general').id });
    const start = c.clock.now();
    for (let i = 0; i < 10; i++) {
      await c.sandbox.addMember({ username: `raider${i}` });
      c.clock.advance(300);
    }
    await c.settle();
    // Paused until the lockdown lifts: the calm period (15 minutes) after the raid was handled.
    const liftAt = start + 3_000 + 900_000;
    expect(await c.sandbox.guildSafety()).toEqual({ verificationLevel: 'high', invitesPausedUntil: liftAt });
    expect((await c.sandbox.fetchGuild(c.guild.id)).verificationLevel).toBe('high');
    await expect(c.sandbox.addMember({ username: 'late', inviteCode: invite.code })).rejects.toThrow(
      /invites are paused/,
    );
    await expect(c.sandbox.createInvite({ userId: owner, channelId: c.channel('general').id })).rejects.toThrow(
      /invites are paused/,
    );
    const embed = (await c.botMessages('mod-log')).find((m) => m.embeds[0]?.title === 'Case #1 · Lockdown')?.embeds[0];
    expect(embed?.fields?.find((f) => f.name === 'Reason')?.value).toMatch(
      /30 s slowmode in 4 channels, verification level high, invites paused, until 15 minutes pass without a new spike$/,
    );

    c.clock.set(liftAt);
    await c.runDueJobs();
    expect(await c.sandbox.guildSafety()).toEqual({ verificationLevel: 'none', invitesPausedUntil: null });
    await c.sandbox.addMember({ username: 'late', inviteCode: invite.code });
  });

  it('never lowers a stricter verification level, and follows moderation.lockdown.verificationLevel', async () => {
    c = await openModerationCommunity();
    await c.sandbox.setVerificationLevel(c.guild.id, 'very_high', 'set by hand');
    const ctx = moderationContext(c);
    await startLockdown(ctx, await moderationPlaces(ctx, c.guild.id), {
      reason: 'raid',
      durationMs: 900_000,
      startedBy: null,
      sourceKey: 'x',
    });
    expect((await c.sandbox.guildSafety()).verificationLevel).toBe('very_high');
    await endLockdown(ctx, await moderationPlaces(ctx, c.guild.id), { reason: 'over', endedBy: null, sourceKey: 'x' });
    expect(await c.sandbox.guildSafety()).toEqual({ verificationLevel: 'very_high', invitesPausedUntil: null });

    await c.sandbox.setVerificationLevel(c.guild.id, 'low', 'set by hand');
    const medium = { ...ctx, config: ModerationConfig.parse({ lockdown: { verificationLevel: 'medium' } }) };
    await startLockdown(medium, await moderationPlaces(medium, c.guild.id), {
      reason: 'raid',
      durationMs: null,
      startedBy: null,
      sourceKey: 'y',
    });
    expect((await c.sandbox.guildSafety()).verificationLevel).toBe('medium');
  });

  it('a lockdown longer than 24 hours re-applies the invite pause before Discord lets it lapse', async () => {
    c = await openModerationCommunity();
    const ctx = moderationContext(c);
    const start = c.clock.now();
    await startLockdown(ctx, await moderationPlaces(ctx, c.guild.id), {
      reason: 'raid',
      durationMs: null,
      startedBy: null,
      sourceKey: 'x',
    });
    const firstEnd = start + 86_400_000 - 60_000;
    expect((await c.sandbox.guildSafety()).invitesPausedUntil).toBe(firstEnd);
    c.clock.set(firstEnd - 10 * 60_000);
    expect(await c.runDueJobs()).toBe(1);
    expect((await c.sandbox.guildSafety()).invitesPausedUntil).toBe(c.clock.now() + 86_400_000 - 60_000);
    // Ended: the next renewal does nothing.
    await endLockdown(ctx, await moderationPlaces(ctx, c.guild.id), { reason: 'over', endedBy: null, sourceKey: 'x' });
    c.clock.advance(86_400_000);
    await c.runDueJobs();
    expect((await c.sandbox.guildSafety()).invitesPausedUntil).toBeNull();
  });

  it('an extended lockdown keeps its invites paused past the first end', async () => {
    c = await openModerationCommunity();
    const ctx = moderationContext(c);
    const start = c.clock.now();
    const request = { reason: 'raid', durationMs: 900_000, startedBy: null, sourceKey: 'x' };
    await startLockdown(ctx, await moderationPlaces(ctx, c.guild.id), request);
    c.clock.advance(600_000);
    await startLockdown(ctx, await moderationPlaces(ctx, c.guild.id), { ...request, sourceKey: 'y' });
    // Less than the renewal margin was left: paused again at once, to the new end.
    expect((await c.sandbox.guildSafety()).invitesPausedUntil).toBe(start + 600_000 + 900_000);
  });
});
