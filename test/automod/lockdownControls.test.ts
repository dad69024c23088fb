import { afterEach, describe, expect, it } from 'vitest';
import type { ModuleContext } from '../../src/core/defineModule.js';
import { silentLogger } from '../../src/core/Logger.js';
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

/** Guild safety controls that record what a lockdown asked (the Platform has none yet). */
function recordingControls(): GuildSafetyControls & { calls: string[] } {
  let level: VerificationLevel = 'low';
  const calls: string[] = [];
  return {
    calls,
    setVerificationLevel(_guildId, next) {
      const previous = level;
      level = next;
      calls.push(`verification ${previous} → ${next}`);
      return Promise.resolve(previous);
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

  function moderationContext(community: ModerationCommunity): ModuleContext<ModerationConfig> {
    return {
      db: community.store.db,
      dialect: community.store.dialect,
      platform: community.sandbox,
      config: ModerationConfig.parse({}),
      community: { version: 1, community: { name: 'Test Community' } },
      clock: community.clock,
      log: silentLogger(),
      schedule: async (job) => {
        await community.scheduler.schedule('moderation', job);
      },
      emit: () => Promise.resolve(),
    };
  }

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

  it('says in the case that verification and invites were left as they were when it cannot change them', async () => {
    c = await openModerationCommunity();
    const ctx = moderationContext(c);
    await startLockdown(ctx, await moderationPlaces(ctx, c.guild.id), {
      reason: 'raid',
      durationMs: null,
      startedBy: null,
      sourceKey: 'x',
    });
    const embed = (await c.botMessages('mod-log')).find((m) => m.embeds[0]?.title === 'Case #1 · Lockdown')?.embeds[0];
    expect(embed?.fields?.find((f) => f.name === 'Reason')?.value).toBe(
      'raid — 30 s slowmode in 4 channels, until /lockdown end; verification level and invites unchanged (the platform cannot change them yet)',
    );
  });
});
