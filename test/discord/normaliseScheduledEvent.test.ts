import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduledEventFacts } from '../../src/core/DomainEvent.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS } from './testGuild.js';

const G = TEST_IDS.guildId;
const { voice: LOUNGE } = TEST_IDS.channels;
// guild_scheduled_event_create.json: zeyla's weekly study hall in voice; _user_add.json: zeyla interested.
const EVENT = '1312000000000000001';
const ZEYLA = '114941315417899012';
/** Epoch ms in the event's snowflake (Discord's epoch is 2015-01-01). */
const CREATED_AT = Number((BigInt(EVENT) >> 22n) + 1_420_070_400_000n);

const facts: ScheduledEventFacts = {
  scheduledEventId: EVENT,
  name: 'Study hall',
  description: 'Co-working in the lounge, cameras optional',
  startAt: Date.UTC(2026, 0, 7, 18),
  endAt: null,
  entityType: 'voice',
  channelId: LOUNGE,
  location: null,
  status: 'scheduled',
  creatorId: ZEYLA,
};

describe('scheduled events from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  const event = (patch: Record<string, unknown> = {}) =>
    loadFixture('guild_scheduled_event_create', { guild_id: G, channel_id: LOUNGE, ...patch });
  const user = () => loadFixture('guild_scheduled_event_user_add', { guild_id: G });
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('GUILD_SCHEDULED_EVENT_CREATE becomes scheduled_event.created at the snowflake time; a redelivery has the same id', async () => {
    const events = await dispatchAndCollect(c, [
      ['GUILD_SCHEDULED_EVENT_CREATE', event()],
      ['GUILD_SCHEDULED_EVENT_CREATE', event()],
    ]);
    const created = {
      id: `discord:scheduled_event.created:${EVENT}`,
      type: 'scheduled_event.created',
      guildId: G,
      occurredAt: CREATED_AT,
      source: 'discord',
      payload: facts,
    };
    expect(events).toEqual([created, created]);
  });

  it('an UPDATE becomes scheduled_event.updated with an id from the new state: a redelivery repeats it, a change does not', async () => {
    c.clock.advance(1000);
    const started = event({ status: 2 });
    const events = await dispatchAndCollect(c, [
      ['GUILD_SCHEDULED_EVENT_UPDATE', started],
      ['GUILD_SCHEDULED_EVENT_UPDATE', started],
      ['GUILD_SCHEDULED_EVENT_UPDATE', event({ status: 3 })],
    ]);
    expect(events.map((e) => [e.type, e.occurredAt, e.payload])).toEqual([
      ['scheduled_event.updated', c.clock.now(), { ...facts, status: 'active' }],
      ['scheduled_event.updated', c.clock.now(), { ...facts, status: 'active' }],
      ['scheduled_event.updated', c.clock.now(), { ...facts, status: 'completed' }],
    ]);
    expect(events[0]?.id).toMatch(new RegExp(`^discord:scheduled_event\\.updated:${EVENT}:active:[0-9a-f]{16}$`));
    expect(events[1]?.id).toBe(events[0]?.id);
    expect(events[2]?.id).toMatch(new RegExp(`^discord:scheduled_event\\.updated:${EVENT}:completed:`));
  });

  it('a moved external event carries its location and end time', async () => {
    const moved = event({
      entity_type: 3,
      channel_id: null,
      entity_metadata: { location: 'Café Lumen' },
      scheduled_end_time: '2026-01-07T20:00:00+00:00',
    });
    const [updated] = await dispatchAndCollect(c, [['GUILD_SCHEDULED_EVENT_UPDATE', moved]]);
    expect(updated?.payload).toEqual({
      ...facts,
      entityType: 'external',
      channelId: null,
      location: 'Café Lumen',
      endAt: Date.UTC(2026, 0, 7, 20),
    });
  });

  it('GUILD_SCHEDULED_EVENT_DELETE becomes scheduled_event.deleted with the event as it was', async () => {
    const events = await dispatchAndCollect(c, [['GUILD_SCHEDULED_EVENT_DELETE', event({ status: 4 })]]);
    expect(events).toEqual([
      {
        id: `discord:scheduled_event.deleted:${EVENT}`,
        type: 'scheduled_event.deleted',
        guildId: G,
        occurredAt: c.clock.now(),
        source: 'discord',
        payload: { ...facts, status: 'canceled' },
      },
    ]);
  });

  it('USER_ADD and USER_REMOVE become user_added / user_removed; re-adding later is a new fact', async () => {
    c.clock.advance(1000);
    const first = await dispatchAndCollect(c, [['GUILD_SCHEDULED_EVENT_USER_ADD', user()]]);
    c.clock.advance(1000);
    const removed = await dispatchAndCollect(c, [['GUILD_SCHEDULED_EVENT_USER_REMOVE', user()]]);
    c.clock.advance(1000);
    const again = await dispatchAndCollect(c, [['GUILD_SCHEDULED_EVENT_USER_ADD', user()]]);
    const payload = { scheduledEventId: EVENT, userId: ZEYLA };
    const at = c.clock.now();
    expect([...first, ...removed, ...again]).toEqual([
      {
        id: `discord:scheduled_event.user_added:${EVENT}:${ZEYLA}:${at - 2000}`,
        type: 'scheduled_event.user_added',
        guildId: G,
        occurredAt: at - 2000,
        source: 'discord',
        payload,
      },
      {
        id: `discord:scheduled_event.user_removed:${EVENT}:${ZEYLA}:${at - 1000}`,
        type: 'scheduled_event.user_removed',
        guildId: G,
        occurredAt: at - 1000,
        source: 'discord',
        payload,
      },
      {
        id: `discord:scheduled_event.user_added:${EVENT}:${ZEYLA}:${at}`,
        type: 'scheduled_event.user_added',
        guildId: G,
        occurredAt: at,
        source: 'discord',
        payload,
      },
    ]);
  });

  it('ignores scheduled events of another guild', async () => {
    const other = TEST_IDS.otherGuildId;
    const events = await dispatchAndCollect(c, [
      ['GUILD_SCHEDULED_EVENT_CREATE', event({ guild_id: other })],
      ['GUILD_SCHEDULED_EVENT_USER_ADD', { ...user(), guild_id: other }],
    ]);
    expect(events).toEqual([]);
  });
});
