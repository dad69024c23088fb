import type { ApiHandler, ApiReply, ApiRoute } from './fakeDiscordApi.js';
import { bodyObject, discordError, newSnowflake } from './fakeDiscordApi.js';
import type { FixtureObject } from './fixtures.js';

/** The guild's scheduled events and who is interested, as the fake API answers them (tests may change both). */
export interface FakeScheduledEvents {
  /** Guild scheduled event objects, every status (Discord lists only scheduled and active ones). */
  events: FixtureObject[];
  /** Event id → interested user ids. */
  users: Map<string, string[]>;
}

const G = '(\\d+)';
const ok = (body: unknown): ApiReply => ({ status: 200, body });
const unknownEvent: ApiReply = { status: 404, body: discordError(10070, 'Unknown Guild Scheduled Event') };
const r = (method: string, path: RegExp, handler: ApiHandler): ApiRoute => ({ method, path, handler, once: false });
const byId = (a: string, b: string): number => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/**
 * A guild scheduled event object as Discord sends it (REST and GUILD_SCHEDULED_EVENT_*),
 * a voice event in the given channel unless `fields` say otherwise.
 * @param guildId - its guild
 * @param fields - fields to set (name, times, entity_type, recurrence_rule …)
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object
 */
export function fakeScheduledEvent(guildId: string, fields: FixtureObject = {}): FixtureObject {
  return {
    id: newSnowflake(),
    guild_id: guildId,
    channel_id: null,
    creator_id: null,
    name: 'Event',
    description: null,
    scheduled_start_time: '2026-01-07T18:00:00.000Z',
    scheduled_end_time: null,
    privacy_level: 2,
    status: 1,
    entity_type: 2,
    entity_id: null,
    entity_metadata: null,
    image: null,
    recurrence_rule: null,
    ...fields,
  };
}

/**
 * Discord's scheduled-event endpoints over {@link FakeScheduledEvents}: list (scheduled and
 * active only, `user_count` with `with_user_count=true`), create (the bot as creator,
 * status scheduled), get, modify (fields merged, `channel_id` and `entity_metadata` as sent),
 * delete (204), users (ascending by id, `limit` default 100, `after`/`before`). An unknown
 * event is 404 `10070`. Writes send no gateway dispatch (tests dispatch what they need).
 * @param guildId - the test guild
 * @param botUser - the bot's user object (the creator)
 * @param state - events and interested users
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event
 */
export function fakeScheduledEventRoutes(
  guildId: string,
  botUser: FixtureObject,
  state: FakeScheduledEvents,
): ApiRoute[] {
  const find = (id: string | undefined): FixtureObject | undefined => state.events.find((e) => e.id === id);
  const countOf = (id: unknown): number => state.users.get(String(id))?.length ?? 0;
  const base = `^/guilds/${G}/scheduled-events`;
  return [
    r('GET', new RegExp(`${base}$`), (q) => {
      const withCount = new URLSearchParams(q.query).get('with_user_count') === 'true';
      const open = state.events.filter((e) => e.status === 1 || e.status === 2);
      return ok(open.map((e) => (withCount ? { ...e, user_count: countOf(e.id) } : e)));
    }),
    r('POST', new RegExp(`${base}$`), (q) => {
      const created = fakeScheduledEvent(guildId, {
        creator_id: botUser.id,
        creator: botUser,
        ...bodyObject(q.body),
        status: 1,
      });
      state.events.push(created);
      return ok(created);
    }),
    r('GET', new RegExp(`${base}/${G}$`), (_q, [, id]) => {
      const event = find(id);
      return event === undefined ? unknownEvent : ok(event);
    }),
    r('PATCH', new RegExp(`${base}/${G}$`), (q, [, id]) => {
      const event = find(id);
      if (event === undefined) return unknownEvent;
      Object.assign(event, bodyObject(q.body));
      return ok(event);
    }),
    r('DELETE', new RegExp(`${base}/${G}$`), (_q, [, id]) => {
      const event = find(id);
      if (event === undefined) return unknownEvent;
      state.events.splice(state.events.indexOf(event), 1);
      state.users.delete(String(id));
      return { status: 204 };
    }),
    r('GET', new RegExp(`${base}/${G}/users$`), (q, [, id]) => {
      if (find(id) === undefined) return unknownEvent;
      const query = new URLSearchParams(q.query);
      const limit = Math.min(Number(query.get('limit') ?? 100), 100);
      const before = query.get('before');
      const after = query.get('after');
      let ids = [...(state.users.get(String(id)) ?? [])].sort(byId);
      if (before !== null) ids = ids.filter((u) => byId(u, before) < 0).slice(-limit);
      else ids = ids.filter((u) => after === null || byId(u, after) > 0).slice(0, limit);
      return ok(
        ids.map((userId) => ({
          guild_scheduled_event_id: id,
          user: {
            id: userId,
            username: `user${userId.slice(-4)}`,
            discriminator: '0',
            global_name: null,
            avatar: null,
          },
        })),
      );
    }),
  ];
}
