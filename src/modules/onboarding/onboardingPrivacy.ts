import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { OnboardingContext } from './OnboardingContext.js';
import { onboardingDb } from './OnboardingTables.js';

/** The welcomes onboarding recorded for a member: exported, and deleted on erase. */
export const onboardingPrivacy: MemberPrivacy<OnboardingContext> = {
  async exportMember(ctx, guildId, userId) {
    const welcomes = await onboardingDb(ctx.db)
      .selectFrom('onboarding_welcomes')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('joined_at')
      .execute();
    return welcomes.length === 0 ? {} : { welcomes };
  },
  async eraseMember(ctx, guildId, userId) {
    const result = await onboardingDb(ctx.db)
      .deleteFrom('onboarding_welcomes')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
