import { stringify } from 'yaml';
import { ManualClock } from '../../src/core/Clock.js';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import { REENGAGE_STOP_PREFIX } from '../../src/modules/onboarding/reengagement/stopButton.js';
import type { SandboxDirectMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';

export const DAY = 86_400_000;
/** Wednesday 2026-03-04 12:00 UTC. */
export const START = Date.UTC(2026, 2, 4, 12);

/**
 * An engine with only the onboarding module, a real scheduler on a fake clock, and the
 * re-engagement settings given (30 days quiet, 30-day period unless overridden).
 * @param reengagement - the `onboarding.reengagement` section
 */
export async function openReengagement(reengagement: Record<string, unknown> = {}): Promise<TestEngine> {
  const configText = stringify({
    community: { name: 'Quiet Test' },
    onboarding: { reengagement: { inactiveFor: '30d', period: '30d', ...reengagement } },
  });
  const t = await createTestEngine({ configText, moduleIds: ['onboarding'], clock: new ManualClock(START) });
  await t.start();
  return t;
}

/** Moves the fake clock on and runs every job then due (one re-engagement run at most). */
export async function after(t: TestEngine, ms: number): Promise<void> {
  t.clock.advance(ms);
  await t.runDueJobs();
  await t.settle();
}

/**
 * Records that a member pressed "Send me tips by DM" (what the welcome's button does).
 * @param t - the engine
 * @param userId - the member
 */
export async function optIn(t: TestEngine, userId: string): Promise<void> {
  const members = new OnboardingMembers(t.store.db);
  const now = t.clock.now();
  if ((await members.get(t.guild.id, userId)) === undefined) {
    await members.start(t.guild.id, userId, `test-join:${userId}`, now, now);
  }
  await members.update(t.guild.id, userId, { dm_opt_in_at: now, dm_opt_out_at: null }, now);
}

/** The "what you missed" DMs a member got (those with the "No more of these" button). */
export async function missedDms(t: TestEngine, userId: string): Promise<SandboxDirectMessage[]> {
  const dms = await t.sandbox.listDirectMessages(userId, { limit: 100 });
  return dms.filter((dm) =>
    dm.components.some((row) => row.components.some((c) => c.customId.startsWith(REENGAGE_STOP_PREFIX))),
  );
}

/** A member's `onboarding_reengagements` rows, oldest first. */
export async function reengagements(t: TestEngine, userId: string): Promise<{ sent_at: number; via: string }[]> {
  return onboardingDb(t.store.db)
    .selectFrom('onboarding_reengagements')
    .select(['sent_at', 'via'])
    .where('guild_id', '=', t.guild.id)
    .where('user_id', '=', userId)
    .orderBy('sent_at')
    .execute();
}
