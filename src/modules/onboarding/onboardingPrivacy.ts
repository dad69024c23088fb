import type { Kysely } from 'kysely';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { Json } from '../../core/DomainEvent.js';
import type { CoreTables } from '../../store/CoreTables.js';
import type { OnboardingContext } from './OnboardingContext.js';
import { onboardingDb, type OnboardingTables } from './OnboardingTables.js';

/** Every onboarding table holding member rows, each keyed by guild and user, with its export order. */
const MEMBER_TABLES = [
  ['welcomes', 'onboarding_welcomes', 'joined_at'],
  ['member', 'onboarding_members', 'joined_at'],
  ['steps', 'onboarding_steps', 'due_at'],
  ['assignments', 'onboarding_assignments', 'assigned_at'],
  ['reengagements', 'onboarding_reengagements', 'sent_at'],
] as const satisfies readonly (readonly [string, keyof OnboardingTables, string])[];

type Db = Kysely<CoreTables & OnboardingTables>;

/**
 * A member's onboarding data: their welcomes, their gate and journey row (type, rules, intro,
 * DM choice), journey steps, A/B arms and re-engagement messages. Exported by table (a table
 * with no rows is left out; `member` is one object); all of it deleted on erase.
 */
export const onboardingPrivacy: MemberPrivacy<OnboardingContext> = {
  async exportMember(ctx, guildId, userId) {
    const db: Db = onboardingDb(ctx.db);
    const data: Record<string, Json> = {};
    for (const [section, table, order] of MEMBER_TABLES) {
      const rows: Json[] = await db
        .selectFrom(table)
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy(order)
        .execute();
      if (rows.length === 0) continue;
      data[section] = section === 'member' ? (rows[0] ?? null) : rows;
    }
    return data;
  },
  async eraseMember(ctx, guildId, userId) {
    const db: Db = onboardingDb(ctx.db);
    let erased = 0;
    for (const [, table] of MEMBER_TABLES) {
      const result = await db
        .deleteFrom(table)
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      erased += Number(result.numDeletedRows);
    }
    return erased;
  },
};
