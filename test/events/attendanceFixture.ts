import type { EventType } from '../../src/modules/events/config/EventTypes.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { HOUR, MINUTE, type EventsCommunity } from './eventsCommunity.js';
import { planEvent, rsvp } from './rsvpFixture.js';

/**
 * A member joins, moves to, mutes in or leaves (`channel: null`) a voice channel in the
 * sandbox at the clock's time, then the engine settles.
 * @param t - the events community
 * @param userId - the member
 * @param channel - a voice channel's name, or null to disconnect
 * @param state - muted / deafened (default: as before, else not)
 */
export async function voice(
  t: EventsCommunity,
  userId: string,
  channel: string | null,
  state: { muted?: boolean; deafened?: boolean } = {},
): Promise<void> {
  const channelId = channel === null ? null : await t.channelId(channel);
  await t.c.sandbox.setVoice({ userId, channelId, ...state });
  await t.c.settle();
}

/**
 * Points recognition awarded for a kind of contribution: user id → points, summed.
 * @param t - the events community
 * @param reason - the award's reason (`event_attended`, `event_hosted`)
 */
export async function awards(t: EventsCommunity, reason: string): Promise<Record<string, number>> {
  const rows = await t.c.store.db
    .withTables<{ recognition_awards: { user_id: string; points: number; reason: string } }>()
    .selectFrom('recognition_awards')
    .select(['user_id', 'points'])
    .where('reason', '=', reason)
    .execute();
  const out: Record<string, number> = {};
  for (const r of rows) out[r.user_id] = (out[r.user_id] ?? 0) + r.points;
  return out;
}

/**
 * Each member's attendance in an event: user id → `present/unmuted` minutes and `✓` when attended.
 * @param t - the events community
 * @param eventId - the event
 */
export async function attendanceOf(t: EventsCommunity, eventId: string): Promise<Record<string, string>> {
  const rows = (await t.rows('events_attendance')).filter((r) => r.event_id === eventId);
  return Object.fromEntries(
    rows.map((r) => [r.user_id, `${r.present_ms / 60_000}/${r.unmuted_ms / 60_000}${r.attended === 1 ? ' ✓' : ''}`]),
  );
}

/** An event that ran and ended in a test, with its survey message. */
export interface EndedEvent {
  eventId: string;
  /** The "Rate this event" message in #announcements. */
  survey: SandboxMessage;
}

/**
 * Runs a 1-hour event in Workshop Room (or at `location`) two hours from now: `going` RSVP going, `attendees` sit in
 * the channel from the start to the end; the clock ends a minute after the end (attendance closed).
 * @param t - the events community
 * @param spec - id, type, who goes and who comes
 */
export async function runEndedEvent(
  t: EventsCommunity,
  spec: { id: string; type?: EventType; going: readonly string[]; attendees: readonly string[]; location?: string },
): Promise<EndedEvent> {
  const start = t.now() + 2 * HOUR;
  const place = spec.location === undefined ? {} : { channel_id: null, location: spec.location };
  const planned = await planEvent(t, { id: spec.id, type: spec.type ?? 'workshop', start_at: start, ...place });
  for (const member of spec.going) await rsvp(t, planned, member, 'going');
  await t.advanceTo(start);
  for (const member of spec.attendees) await voice(t, member, 'Workshop Room');
  await t.advanceTo(start + HOUR + MINUTE);
  for (const member of spec.attendees) await voice(t, member, null);
  const messages = await t.messagesIn(await t.channelId('announcements'));
  const survey = messages.find((m) =>
    m.components.some((row) =>
      row.components.some((c) => 'customId' in c && c.customId === `events:survey:${spec.id}`),
    ),
  );
  if (survey === undefined) throw new Error(`no survey message for ${spec.id}`);
  return { eventId: spec.id, survey };
}

/**
 * The ids of seeded members, in the order of their usernames.
 * @param t - the events community
 * @param names - usernames
 */
export async function users<const N extends readonly string[]>(
  t: EventsCommunity,
  names: N,
): Promise<{ [K in keyof N]: string }> {
  // Promise.all over a mapped tuple loses its length: the ids come back in the names' order.
  return (await Promise.all(names.map((name) => t.user(name)))) as { [K in keyof N]: string };
}
