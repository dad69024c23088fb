import { assignVariant } from '../experiments/assignVariant.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { onboardingDb } from '../OnboardingTables.js';

/** A member's arm of one experiment. */
export interface Assignment {
  experimentId: string;
  variantId: string;
  /** The variant's welcome text, or null for the normal welcome. */
  welcomeMessage: string | null;
}

/**
 * Puts a joining member in an arm of every enabled experiment: deterministically
 * (`assignVariant` with the configured weights), stored in `onboarding_assignments` and
 * announced as `onboarding.variant_assigned`. A member already assigned (a rejoin, a replayed
 * join) keeps the stored arm, so results never move, and nothing is announced again.
 * @param ctx - module context (inside the join's unit of work)
 * @param join - the guild, member and join event (the emitted events' keys derive from it)
 * @returns the member's arms, in config order
 */
export async function assignExperiments(
  ctx: OnboardingContext,
  join: { guildId: string; userId: string; eventId: string },
): Promise<Assignment[]> {
  const db = onboardingDb(ctx.db);
  const assignments: Assignment[] = [];
  for (const experiment of ctx.config.experiments) {
    if (!experiment.enabled) continue;
    const stored = await db
      .selectFrom('onboarding_assignments')
      .select('variant_id')
      .where('guild_id', '=', join.guildId)
      .where('experiment_id', '=', experiment.id)
      .where('user_id', '=', join.userId)
      .executeTakeFirst();
    const variantId = stored?.variant_id ?? assignVariant(experiment.id, join.userId, experiment.variants);
    if (stored === undefined) {
      await db
        .insertInto('onboarding_assignments')
        .values({
          guild_id: join.guildId,
          user_id: join.userId,
          experiment_id: experiment.id,
          variant_id: variantId,
          assigned_at: ctx.clock.now(),
        })
        .execute();
      await ctx.emit(
        'onboarding.variant_assigned',
        { userId: join.userId, experimentId: experiment.id, variantId },
        { key: `${join.eventId}:${experiment.id}`, guildId: join.guildId },
      );
    }
    const variant = experiment.variants.find((v) => v.id === variantId);
    assignments.push({ experimentId: experiment.id, variantId, welcomeMessage: variant?.welcomeMessage ?? null });
  }
  return assignments;
}

/**
 * The welcome text a member's arms call for: the first arm with its own text, else the
 * configured welcome.
 * @param assignments - the member's arms
 * @param fallback - `onboarding.welcomeMessage`
 */
export function welcomeTextFor(assignments: readonly Assignment[], fallback: string): string {
  return assignments.find((a) => a.welcomeMessage !== null)?.welcomeMessage ?? fallback;
}
