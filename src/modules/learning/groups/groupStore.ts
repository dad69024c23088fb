import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { GroupType, SkillLevel } from '../config/LearningTypes.js';
import {
  learningDb,
  type LearningGroupTable,
  type LearningProfileTable,
  type LearningRoundTable,
  type LearningTables,
} from '../LearningTables.js';

/** A pair of member ids, smaller first. */
export type Pair = readonly [string, string];

const pairOf = (a: string, b: string): Pair => (a < b ? [a, b] : [b, a]);

/** A group with its members (as `/study-groups list` and disbanding read it). */
export interface GroupWithMembers extends Selectable<LearningGroupTable> {
  members: { user_id: string; compatibility: number }[];
}

/**
 * The groups part's reads and writes of the learning tables (rounds, groups, members,
 * unplaced), plus the profile and do-not-pair reads a round needs.
 */
export class GroupStore {
  readonly #db: Kysely<CoreTables & LearningTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = learningDb(db);
  }

  /**
   * Profiles taking part in group rounds at these skill levels, by user id.
   * @param guildId - the guild
   * @param skills - the levels the group type takes
   */
  async candidates(guildId: string, skills: readonly SkillLevel[]): Promise<Selectable<LearningProfileTable>[]> {
    return this.#db
      .selectFrom('learning_profiles')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('groups_opt_in', '=', 1)
      .where('skill', 'in', [...skills])
      .orderBy('user_id')
      .execute();
  }

  /**
   * Profiles of some members (for notices: who allowed DMs).
   * @param guildId - the guild
   * @param userIds - the members
   */
  async profiles(guildId: string, userIds: readonly string[]): Promise<Selectable<LearningProfileTable>[]> {
    if (userIds.length === 0) return [];
    return this.#db
      .selectFrom('learning_profiles')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', 'in', [...userIds])
      .execute();
  }

  /**
   * Do-not-pair pairs among these members (either side's list).
   * @param guildId - the guild
   * @param userIds - the cohort
   */
  async forbiddenPairs(guildId: string, userIds: readonly string[]): Promise<Pair[]> {
    if (userIds.length === 0) return [];
    const rows = await this.#db
      .selectFrom('learning_avoid')
      .select(['user_id', 'other_id'])
      .where('guild_id', '=', guildId)
      .where('user_id', 'in', [...userIds])
      .where('other_id', 'in', [...userIds])
      .orderBy('user_id')
      .orderBy('other_id')
      .execute();
    return uniquePairs(rows.map((r) => pairOf(r.user_id, r.other_id)));
  }

  /**
   * Pairs who shared a group in the guild's last `rounds` formed rounds (any type).
   * @param guildId - the guild
   * @param rounds - `groups.avoidRepeatRounds`
   */
  async recentPairs(guildId: string, rounds: number): Promise<Pair[]> {
    if (rounds <= 0) return [];
    const recent = await this.#db
      .selectFrom('learning_rounds')
      .select('id')
      .where('guild_id', '=', guildId)
      .where('status', '=', 'formed')
      .orderBy('number', 'desc')
      .limit(rounds)
      .execute();
    if (recent.length === 0) return [];
    const rows = await this.#db
      .selectFrom('learning_group_members as m')
      .innerJoin('learning_groups as g', (j) =>
        j.onRef('g.guild_id', '=', 'm.guild_id').onRef('g.id', '=', 'm.group_id'),
      )
      .select(['m.group_id', 'm.user_id'])
      .where('m.guild_id', '=', guildId)
      .where(
        'g.round_id',
        'in',
        recent.map((r) => r.id),
      )
      .orderBy('m.group_id')
      .orderBy('m.user_id')
      .execute();
    const byGroup = new Map<string, string[]>();
    for (const row of rows) byGroup.set(row.group_id, [...(byGroup.get(row.group_id) ?? []), row.user_id]);
    const pairs: Pair[] = [];
    for (const members of byGroup.values()) {
      members.forEach((a, i) => members.slice(i + 1).forEach((b) => pairs.push(pairOf(a, b))));
    }
    return uniquePairs(pairs);
  }

  /**
   * A round by id.
   * @param guildId - the guild
   * @param roundId - the round
   */
  async round(guildId: string, roundId: string): Promise<Selectable<LearningRoundTable> | undefined> {
    return this.#db
      .selectFrom('learning_rounds')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('id', '=', roundId)
      .executeTakeFirst();
  }

  /**
   * The guild's next running number of a table that numbers its rows (rounds, groups).
   * @param guildId - the guild
   * @param table - `learning_rounds` or `learning_groups`
   */
  async nextNumber(guildId: string, table: 'learning_rounds' | 'learning_groups'): Promise<number> {
    const row = await this.#db
      .selectFrom(table)
      .select((eb) => eb.fn.max('number').as('top'))
      .where('guild_id', '=', guildId)
      .executeTakeFirst();
    return (row?.top ?? 0) + 1;
  }

  /** Stores a round. */
  async insertRound(row: Insertable<LearningRoundTable>): Promise<void> {
    await this.#db.insertInto('learning_rounds').values(row).execute();
  }

  /**
   * Changes a round (a preview becoming formed).
   * @param guildId - the guild
   * @param roundId - the round
   * @param patch - the fields
   */
  async updateRound(guildId: string, roundId: string, patch: Partial<Selectable<LearningRoundTable>>): Promise<void> {
    await this.#db
      .updateTable('learning_rounds')
      .set(patch)
      .where('guild_id', '=', guildId)
      .where('id', '=', roundId)
      .execute();
  }

  /**
   * Deletes the guild's other previews of a type (a new preview replaces them).
   * @param guildId - the guild
   * @param type - the group type
   * @param keep - the new preview's id
   */
  async dropPreviews(guildId: string, type: GroupType, keep: string): Promise<void> {
    await this.#db
      .deleteFrom('learning_rounds')
      .where('guild_id', '=', guildId)
      .where('type', '=', type)
      .where('status', '=', 'preview')
      .where('id', '!=', keep)
      .execute();
  }

  /**
   * Stores a group and its members.
   * @param group - the group
   * @param members - its members and their compatibility with the others
   */
  async insertGroup(
    group: Insertable<LearningGroupTable>,
    members: readonly { userId: string; compatibility: number }[],
  ): Promise<void> {
    await this.#db.insertInto('learning_groups').values(group).execute();
    if (members.length === 0) return;
    await this.#db
      .insertInto('learning_group_members')
      .values(
        members.map((m) => ({
          guild_id: group.guild_id,
          group_id: group.id,
          user_id: m.userId,
          compatibility: m.compatibility,
        })),
      )
      .execute();
  }

  /**
   * Sets a group's thread and role once they exist.
   * @param guildId - the guild
   * @param groupId - the group
   * @param patch - thread and role ids
   */
  async setSpace(
    guildId: string,
    groupId: string,
    patch: { thread_id: string | null; role_id: string | null },
  ): Promise<void> {
    await this.#db
      .updateTable('learning_groups')
      .set(patch)
      .where('guild_id', '=', guildId)
      .where('id', '=', groupId)
      .execute();
  }

  /**
   * Stores the members a round could not place.
   * @param guildId - the guild
   * @param roundId - the round
   * @param unplaced - who and why
   */
  async insertUnplaced(
    guildId: string,
    roundId: string,
    unplaced: readonly { userId: string; reason: string }[],
  ): Promise<void> {
    if (unplaced.length === 0) return;
    await this.#db
      .insertInto('learning_unplaced')
      .values(unplaced.map((u) => ({ guild_id: guildId, round_id: roundId, user_id: u.userId, reason: u.reason })))
      .execute();
  }

  /**
   * Who a round could not place, and why, by user id.
   * @param guildId - the guild
   * @param roundId - the round
   */
  async unplacedOfRound(guildId: string, roundId: string): Promise<{ userId: string; reason: string }[]> {
    const rows = await this.#db
      .selectFrom('learning_unplaced')
      .select(['user_id', 'reason'])
      .where('guild_id', '=', guildId)
      .where('round_id', '=', roundId)
      .orderBy('user_id')
      .execute();
    return rows.map((r) => ({ userId: r.user_id, reason: r.reason }));
  }

  /**
   * Groups of a round, with members, by number.
   * @param guildId - the guild
   * @param roundId - the round
   */
  async groupsOfRound(guildId: string, roundId: string): Promise<GroupWithMembers[]> {
    const groups = await this.#db
      .selectFrom('learning_groups')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('round_id', '=', roundId)
      .orderBy('number')
      .execute();
    return this.#withMembers(guildId, groups);
  }

  /**
   * The active groups, with members, by number.
   * @param guildId - the guild
   */
  async activeGroups(guildId: string): Promise<GroupWithMembers[]> {
    const groups = await this.#db
      .selectFrom('learning_groups')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('status', '=', 'active')
      .orderBy('number')
      .execute();
    return this.#withMembers(guildId, groups);
  }

  /**
   * A group by its number, with members.
   * @param guildId - the guild
   * @param number - the running number
   */
  async groupByNumber(guildId: string, number: number): Promise<GroupWithMembers | undefined> {
    const groups = await this.#db
      .selectFrom('learning_groups')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('number', '=', number)
      .execute();
    return (await this.#withMembers(guildId, groups))[0];
  }

  /**
   * A group by id, with members.
   * @param guildId - the guild
   * @param groupId - the group
   */
  async group(guildId: string, groupId: string): Promise<GroupWithMembers | undefined> {
    const groups = await this.#db
      .selectFrom('learning_groups')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('id', '=', groupId)
      .execute();
    return (await this.#withMembers(guildId, groups))[0];
  }

  /**
   * Marks a group disbanded.
   * @param guildId - the guild
   * @param groupId - the group
   * @param at - epoch ms
   */
  async disband(guildId: string, groupId: string, at: number): Promise<void> {
    await this.#db
      .updateTable('learning_groups')
      .set({ status: 'disbanded', disbanded_at: at })
      .where('guild_id', '=', guildId)
      .where('id', '=', groupId)
      .execute();
  }

  /**
   * Why a member was left out of the guild's latest formed round, if they were.
   * @param guildId - the guild
   * @param userId - the member
   */
  async latestUnplaced(guildId: string, userId: string): Promise<{ number: number; reason: string } | undefined> {
    return this.#db
      .selectFrom('learning_unplaced as u')
      .innerJoin('learning_rounds as r', (j) =>
        j.onRef('r.guild_id', '=', 'u.guild_id').onRef('r.id', '=', 'u.round_id'),
      )
      .select(['r.number', 'u.reason'])
      .where('u.guild_id', '=', guildId)
      .where('u.user_id', '=', userId)
      .where('r.status', '=', 'formed')
      .orderBy('r.number', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async #withMembers(guildId: string, groups: Selectable<LearningGroupTable>[]): Promise<GroupWithMembers[]> {
    if (groups.length === 0) return [];
    const rows = await this.#db
      .selectFrom('learning_group_members')
      .select(['group_id', 'user_id', 'compatibility'])
      .where('guild_id', '=', guildId)
      .where(
        'group_id',
        'in',
        groups.map((g) => g.id),
      )
      .orderBy('user_id')
      .execute();
    return groups.map((g) => ({
      ...g,
      members: rows
        .filter((r) => r.group_id === g.id)
        .map((r) => ({ user_id: r.user_id, compatibility: r.compatibility })),
    }));
  }
}

function uniquePairs(pairs: readonly Pair[]): Pair[] {
  const seen = new Map<string, Pair>();
  for (const pair of pairs) seen.set(`${pair[0]}|${pair[1]}`, pair);
  return [...seen.values()];
}
