import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { moderationDb } from '../ModerationTables.js';

/** How often an automod rule's cases were overturned on appeal. */
export interface RuleFalsePositives {
  ruleId: string;
  ruleName: string;
  cases: number;
  appealed: number;
  overturned: number;
  /** overturned / cases (0 when there are no cases). */
  rate: number;
}

/**
 * Per automod rule: cases, appealed cases and cases overturned on appeal (the false
 * positives), most overturned first.
 * @param db - the database
 * @param guildId - the guild
 */
export async function falsePositiveRates(db: Kysely<CoreTables>, guildId: string): Promise<RuleFalsePositives[]> {
  const mdb = moderationDb(db);
  const rows = await mdb
    .selectFrom('moderation_cases as c')
    .select((eb) => [
      'c.rule_id',
      eb.fn.max('c.rule_name').as('rule_name'),
      eb.fn.countAll<number | string>().as('cases'),
      eb.fn.sum<number | string>(eb.case().when('c.status', '=', 'overturned').then(1).else(0).end()).as('overturned'),
      eb.fn
        .sum<number | string>(
          eb
            .case()
            .when(eb.exists(eb.selectFrom('moderation_appeals as a').select('a.id').whereRef('a.case_id', '=', 'c.id')))
            .then(1)
            .else(0)
            .end(),
        )
        .as('appealed'),
    ])
    .where('c.guild_id', '=', guildId)
    .where('c.rule_id', 'is not', null)
    .groupBy('c.rule_id')
    .execute();
  return rows
    .map((r) => {
      const cases = Number(r.cases);
      const overturned = Number(r.overturned ?? 0);
      return {
        ruleId: r.rule_id ?? '',
        ruleName: r.rule_name ?? r.rule_id ?? '',
        cases,
        appealed: Number(r.appealed ?? 0),
        overturned,
        rate: cases === 0 ? 0 : overturned / cases,
      };
    })
    .sort((a, b) => b.overturned - a.overturned || b.rate - a.rate || a.ruleId.localeCompare(b.ruleId));
}
