import { Routes } from 'discord.js';
import { z } from 'zod';
import { LIST_MEMBERS_PAGE_LIMIT } from '../discordLimits.js';
import type { ListedMember } from '../Platform.js';
import { parseMemberSnapshot } from './memberSnapshot.js';
import type { PlatformRest } from './platformRest.js';
import { snowflakeTime } from './snowflakeTime.js';

/**
 * Every member of a guild with List Guild Members, 1,000 per request, each page continuing
 * after the highest user id of the last (Discord sorts by user id). Needs the Server Members
 * intent; discord.js's queue paces the requests within the rate limit. Timeouts are as
 * Discord stores them (possibly past), like Get Guild Member's.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @throws Forbidden without the Server Members intent
 * @see https://discord.com/developers/docs/resources/guild#list-guild-members
 */
export async function listAllMembers(rest: PlatformRest, guildId: string): Promise<ListedMember[]> {
  const members: ListedMember[] = [];
  let after = '0';
  for (;;) {
    const query = new URLSearchParams({ limit: String(LIST_MEMBERS_PAGE_LIMIT), after });
    const page = z.array(z.unknown()).parse(await rest.get(Routes.guildMembers(guildId), { query }));
    for (const data of page) {
      const member = parseMemberSnapshot(data);
      if (member === null) continue;
      members.push({ ...member, accountCreatedAt: snowflakeTime(member.userId) });
      if (BigInt(member.userId) > BigInt(after)) after = member.userId;
    }
    if (page.length < LIST_MEMBERS_PAGE_LIMIT) return members;
  }
}
