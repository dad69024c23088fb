import { Routes } from 'discord.js';
import { z } from 'zod';
import { assertScheduledEvent, assertScheduledEventPatch, assertScheduledEventRoom } from '../scheduledEventLimits.js';
import type { ScheduledEventPatch, ScheduledEventSnapshot, ScheduledEventSpec } from '../types/ScheduledEvent.js';
import { auditLogReason } from './auditLogReason.js';
import type { PlatformRest } from './platformRest.js';
import { parseScheduledEvent, toCreateBody, toPatchBody } from './scheduledEventRest.js';

/** Most users Get Guild Scheduled Event Users answers per request. */
export const SCHEDULED_EVENT_USERS_PAGE = 100;

const eventUsers = z.array(z.object({ user: z.object({ id: z.string() }) }));

/**
 * List Scheduled Events for Guild, with each event's interested count.
 * @param rest - the platform's REST client
 * @param guildId - the guild
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#list-scheduled-events-for-guild
 */
export async function listScheduledEvents(rest: PlatformRest, guildId: string): Promise<ScheduledEventSnapshot[]> {
  const answer = await rest.get(Routes.guildScheduledEvents(guildId), {
    query: new URLSearchParams({ with_user_count: 'true' }),
  });
  return z.array(z.unknown()).parse(answer).map(parseScheduledEvent);
}

/**
 * Create Guild Scheduled Event, after checking the spec against Discord's rules and listing
 * the guild's events (one GET) to refuse a 101st without a write.
 * @param rest - the platform's REST client
 * @param guildId - the guild
 * @param spec - the event
 * @param reason - audit-log reason
 * @param now - epoch ms (a start before it is refused)
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event
 */
export async function createScheduledEvent(
  rest: PlatformRest,
  guildId: string,
  spec: ScheduledEventSpec,
  reason: string,
  now: number,
): Promise<ScheduledEventSnapshot> {
  assertScheduledEvent(spec, now);
  assertScheduledEventRoom(await listScheduledEvents(rest, guildId));
  const created = await rest.post(Routes.guildScheduledEvents(guildId), {
    body: toCreateBody(spec),
    reason: auditLogReason(reason),
  });
  return parseScheduledEvent(created);
}

/**
 * Modify Guild Scheduled Event (status included: start, end, cancel), after reading the event
 * (Get Guild Scheduled Event) to check the change merged with it.
 * @param rest - the platform's REST client
 * @param target - guild and event
 * @param patch - the fields to change
 * @param reason - audit-log reason
 * @param now - epoch ms
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event
 */
export async function editScheduledEvent(
  rest: PlatformRest,
  target: { guildId: string; eventId: string },
  patch: ScheduledEventPatch,
  reason: string,
  now: number,
): Promise<ScheduledEventSnapshot> {
  const route = Routes.guildScheduledEvent(target.guildId, target.eventId);
  assertScheduledEventPatch(parseScheduledEvent(await rest.get(route)), patch, now);
  const edited = await rest.patch(route, { body: toPatchBody(patch), reason: auditLogReason(reason) });
  return parseScheduledEvent(edited);
}

/**
 * Delete Guild Scheduled Event.
 * @param rest - the platform's REST client
 * @param guildId - the guild
 * @param eventId - the event
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#delete-guild-scheduled-event
 */
export async function deleteScheduledEvent(rest: PlatformRest, guildId: string, eventId: string): Promise<void> {
  await rest.delete(Routes.guildScheduledEvent(guildId, eventId));
}

/**
 * Get Guild Scheduled Event Users, every page: 100 a request, ascending by user id, each next
 * page `after` the last user of the previous one, until a page is not full.
 * @param rest - the platform's REST client
 * @param guildId - the guild
 * @param eventId - the event
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#get-guild-scheduled-event-users
 */
export async function listScheduledEventUsers(rest: PlatformRest, guildId: string, eventId: string): Promise<string[]> {
  const users: string[] = [];
  let after: string | null = null;
  for (;;) {
    const query = new URLSearchParams({ limit: String(SCHEDULED_EVENT_USERS_PAGE) });
    if (after !== null) query.set('after', after);
    const page = eventUsers.parse(await rest.get(Routes.guildScheduledEventUsers(guildId, eventId), { query }));
    users.push(...page.map((u) => u.user.id));
    const last = page.at(-1);
    if (page.length < SCHEDULED_EVENT_USERS_PAGE || last === undefined) return users;
    after = last.user.id;
  }
}
