import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import { deleteMemberRows, exportMemberRows, type MemberRowTable } from '../../core/privacy/memberRowTables.js';
import type { OnboardingContext } from './OnboardingContext.js';
import type { OnboardingTables } from './OnboardingTables.js';

/** Every onboarding table holding member rows, each keyed by guild and user, in export order. */
const MEMBER_TABLES = [
  { section: 'welcomes', table: 'onboarding_welcomes', orderBy: 'joined_at' },
  { section: 'member', table: 'onboarding_members', orderBy: 'joined_at', single: true },
  { section: 'steps', table: 'onboarding_steps', orderBy: 'due_at' },
  { section: 'assignments', table: 'onboarding_assignments', orderBy: 'assigned_at' },
  { section: 'reengagements', table: 'onboarding_reengagements', orderBy: 'sent_at' },
] as const satisfies readonly (MemberRowTable & { table: keyof OnboardingTables })[];

/**
 * A member's onboarding data: their welcomes, their gate and journey row (type, rules, intro,
 * DM choice), journey steps, A/B arms and re-engagement messages. Exported by table (a table
 * with no rows is left out; `member` is one object); all of it deleted on erase.
 */
export const onboardingPrivacy: MemberPrivacy<OnboardingContext> = {
  exportMember: (ctx, guildId, userId) => exportMemberRows(ctx.db, MEMBER_TABLES, guildId, userId),
  eraseMember: (ctx, guildId, userId) => deleteMemberRows(ctx.db, MEMBER_TABLES, guildId, userId),
};
