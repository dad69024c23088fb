import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CommunityEvent } from '../../src/modules/events/store/CommunityEvents.js';
import { DAY, EVENTS_START, HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';

// EVENTS_START is Monday 2 March 2026, 12:00 UTC (13:00 in Berlin).
const weekly = (id: string, day: string, start: string, channel: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `${id} title`,
  type: 'community_call',
  duration: '1h',
  channel,
  rrule: `FREQ=WEEKLY;BYDAY=${day}`,
  start,
  ...extra,
});

const PROGRAMME = [
  weekly('standup', 'MO', '2026-03-02T18:00', 'Community Meetings'),
  weekly('office-hours', 'TU', '2026-03-03T17:00', 'Office Hours', { type: 'office_hours' }),
  weekly('workshop', 'WE', '2026-03-04T18:00', 'Workshop Room', { type: 'workshop', capacity: 20 }),
];

let open: EventsCommunity[] = [];
afterEach(async () => {
  for (const c of open) await c.close();
  open = [];
});

async function community(events: Record<string, unknown>, restartable = false): Promise<EventsCommunity> {
  const c = await openEventsCommunity({ timezone: 'Europe/Berlin', ...events }, { restartable });
  open.push(c);
  return c;
}

const ids = (rows: CommunityEvent[]) => rows.map((r) => r.id);

describe('programme sync', () => {
  it('creates the occurrences within the horizon as rows and Discord scheduled events', async () => {
    const c = await community({ horizon: '14d', programme: PROGRAMME });
    await c.runDueJobs();
    const rows = await c.rows('events_events');
    expect(ids(rows)).toEqual([
      'standup:2026-03-02',
      'office-hours:2026-03-03',
      'workshop:2026-03-04',
      'standup:2026-03-09',
      'office-hours:2026-03-10',
      'workshop:2026-03-11',
    ]);
    expect(rows.every((r) => r.status === 'scheduled' && r.sequence === 0 && r.source === 'programme')).toBe(true);
    // 18:00 in Berlin (CET, UTC+1) is 17:00 UTC.
    expect(rows[0]?.start_at).toBe(Date.UTC(2026, 2, 2, 17));
    expect(rows[0]?.channel_id).toBe(await c.channelId('Community Meetings'));
    expect(rows[2]?.capacity).toBe(20);
    const listed = await c.scheduledEvents();
    expect(listed).toHaveLength(6);
    expect(new Set(rows.map((r) => r.platform_event_id))).toEqual(new Set(listed.map((e) => e.id)));
    const standup = listed.find((e) => e.id === rows[0]?.platform_event_id);
    expect(standup).toMatchObject({
      name: 'standup title',
      startAt: Date.UTC(2026, 2, 2, 17),
      endAt: Date.UTC(2026, 2, 2, 18),
      entityType: 'voice',
      channelId: await c.channelId('Community Meetings'),
      recurrence: null,
    });
    expect((await c.emitted<{ eventId: string }>('events.scheduled')).map((p) => p.eventId)).toEqual(ids(rows));
    // The jobs of each occurrence and the next hourly sync.
    const jobs = await c.pendingJobs();
    expect(jobs.filter((j) => j.name === 'syncProgramme').map((j) => j.run_at)).toEqual([EVENTS_START + HOUR]);
    expect(jobs.some((j) => j.key === 'standup:2026-03-02:' + String(Date.UTC(2026, 2, 2, 17)) + ':start')).toBe(true);
  });

  it('adds occurrences entering the horizon as time passes, without duplicates', async () => {
    const c = await community({ horizon: '7d', programme: PROGRAMME });
    await c.runDueJobs();
    expect(await c.rows('events_events')).toHaveLength(3);
    await c.advanceTo(EVENTS_START + 2 * DAY);
    const rows = await c.rows('events_events');
    expect(ids(rows).filter((id) => id.endsWith('2026-03-09'))).toEqual(['standup:2026-03-09']);
    expect(new Set(ids(rows)).size).toBe(rows.length);
    const platformIds = rows.map((r) => r.platform_event_id);
    expect(platformIds.every((id) => id !== null)).toBe(true);
    expect(new Set(platformIds).size).toBe(rows.length);
  });

  it('moves and cancels single occurrences by exception', async () => {
    const c = await community({
      horizon: '14d',
      programme: [
        weekly('standup', 'MO', '2026-03-02T18:00', 'Community Meetings', {
          exceptions: [
            { date: '2026-03-09', moveTo: '2026-03-10T19:30' },
            { date: '2026-03-02', cancel: true },
          ],
        }),
      ],
    });
    await c.runDueJobs();
    const rows = await c.rows('events_events');
    expect(rows.map((r) => [r.id, r.start_at])).toEqual([['standup:2026-03-09', Date.UTC(2026, 2, 10, 18, 30)]]);
    expect((await c.scheduledEvents()).map((e) => e.startAt)).toEqual([Date.UTC(2026, 2, 10, 18, 30)]);
  });

  it('applies a changed file: exceptions on stored occurrences, a removed series cancels its future ones', async () => {
    const first = await community({ horizon: '14d', programme: PROGRAMME }, true);
    await first.runDueJobs();
    expect(await first.scheduledEvents()).toHaveLength(6);
    // The file changes: office hours removed, one workshop moved, one standup cancelled.
    const c = await reopen(first, {
      horizon: '14d',
      programme: [
        weekly('standup', 'MO', '2026-03-02T18:00', 'Community Meetings', {
          exceptions: [{ date: '2026-03-09', cancel: true }],
        }),
        weekly('workshop', 'WE', '2026-03-04T18:00', 'Workshop Room', {
          type: 'workshop',
          capacity: 20,
          exceptions: [{ date: '2026-03-11', moveTo: '2026-03-12T18:30' }],
        }),
      ],
    });
    await c.runDueJobs();
    const rows = new Map((await c.rows('events_events')).map((r) => [r.id, r]));
    expect(rows.get('office-hours:2026-03-03')?.status).toBe('canceled');
    expect(rows.get('office-hours:2026-03-10')?.status).toBe('canceled');
    expect(rows.get('standup:2026-03-09')?.status).toBe('canceled');
    expect(rows.get('standup:2026-03-02')?.status).toBe('scheduled');
    const moved = rows.get('workshop:2026-03-11');
    expect(moved).toMatchObject({ status: 'scheduled', start_at: Date.UTC(2026, 2, 12, 17, 30), sequence: 1 });
    expect(rows.get('office-hours:2026-03-03')?.sequence).toBe(1);
    const listed = await c.scheduledEvents();
    expect(listed).toHaveLength(3);
    expect(listed.find((e) => e.id === moved?.platform_event_id)?.startAt).toBe(Date.UTC(2026, 2, 12, 17, 30));
    const canceled = await c.emitted<{ eventId: string }>('events.canceled');
    expect(canceled.map((p) => p.eventId).sort()).toEqual([
      'office-hours:2026-03-03',
      'office-hours:2026-03-10',
      'standup:2026-03-09',
    ]);
    const changed = await c.emitted<{ eventId: string; sequence: number }>('events.changed');
    expect(changed.filter((p) => p.eventId === 'workshop:2026-03-11')).toEqual([
      expect.objectContaining({ sequence: 1, startAt: Date.UTC(2026, 2, 12, 17, 30) }),
    ]);
  });

  it('adopts a Discord event made before a crash instead of making a second one, also after a restart', async () => {
    const first = await community({ horizon: '3d', programme: [PROGRAMME[0]] }, true);
    // As if a sync created the Discord event, then crashed before committing its row.
    await first.c.sandbox.createScheduledEvent(
      first.guildId,
      {
        name: 'standup title',
        description: null,
        startAt: Date.UTC(2026, 2, 2, 17),
        endAt: Date.UTC(2026, 2, 2, 18),
        entityType: 'voice',
        channelId: await first.channelId('Community Meetings'),
        location: null,
        recurrence: null,
      },
      'test',
    );
    await first.c.settle();
    await first.runDueJobs();
    const listed = await first.scheduledEvents();
    expect(listed).toHaveLength(1);
    const rows = await first.rows('events_events');
    expect(rows.map((r) => [r.id, r.source, r.platform_event_id])).toEqual([
      ['standup:2026-03-02', 'programme', listed[0]?.id],
    ]);
    const c = await first.restart();
    open = [c];
    await c.advanceTo(EVENTS_START + 2 * HOUR);
    expect(await c.scheduledEvents()).toHaveLength(1);
    expect(await c.rows('events_events')).toHaveLength(1);
  });

  it('never holds more than Discord’s 100 scheduled events, counting the ones it did not make', async () => {
    const c = await community({
      horizon: '28d',
      maxScheduled: 100,
      programme: [
        { ...weekly('daily', 'MO', '2026-03-03T09:00', 'Office Hours'), rrule: 'FREQ=DAILY' },
        { ...weekly('evening', 'MO', '2026-03-03T20:00', 'Workshop Room'), rrule: 'FREQ=DAILY' },
      ],
    });
    const lounge = await c.channelId('Lounge');
    for (let i = 0; i < 60; i++) {
      await c.c.sandbox.createScheduledEvent(
        c.guildId,
        {
          name: `Other ${i}`,
          description: null,
          startAt: EVENTS_START + DAY + i * HOUR,
          endAt: null,
          entityType: 'voice',
          channelId: lounge,
          location: null,
          recurrence: null,
        },
        'test',
      );
    }
    await c.c.settle();
    await c.runDueJobs();
    const listed = await c.scheduledEvents();
    expect(listed).toHaveLength(100);
    const programme = (await c.rows('events_events')).filter((r) => r.source === 'programme');
    // 55 wanted within the horizon (28 mornings from 3 March, 27 evenings: the 29th's is the
    // last before 30 March 12:00 UTC), 40 places left on Discord; the rest wait as rows.
    expect(programme).toHaveLength(55);
    expect(programme.filter((r) => r.platform_event_id !== null)).toHaveLength(40);
    // The earliest get the places.
    expect(programme.slice(0, 40).every((r) => r.platform_event_id !== null)).toBe(true);
  });

  it('caps the occurrences at maxScheduled, earliest first', async () => {
    const c = await community({ horizon: '28d', maxScheduled: 5, programme: PROGRAMME });
    await c.runDueJobs();
    expect(ids(await c.rows('events_events'))).toEqual([
      'standup:2026-03-02',
      'office-hours:2026-03-03',
      'workshop:2026-03-04',
      'standup:2026-03-09',
      'office-hours:2026-03-10',
    ]);
  });

  it('creates one Discord recurring event for a series Discord can express, with useNativeRecurrence', async () => {
    const c = await community({
      horizon: '28d',
      useNativeRecurrence: true,
      programme: [
        PROGRAMME[0],
        {
          ...weekly('hackathon', 'FR', '2026-03-27T10:00', 'Main Stage', { type: 'hackathon', duration: '8h' }),
          rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR',
        },
      ],
    });
    await c.runDueJobs();
    const rows = await c.rows('events_events');
    const standups = rows.filter((r) => r.series_id === 'standup');
    expect(standups).toHaveLength(4);
    const listed = await c.scheduledEvents();
    expect(listed).toHaveLength(2);
    const recurring = listed.find((e) => e.recurrence !== null);
    expect(recurring?.recurrence).toMatchObject({ frequency: 'weekly', interval: 1, byWeekday: [0] });
    expect(standups.every((r) => r.platform_event_id === recurring?.id)).toBe(true);
    const hackathon = rows.find((r) => r.series_id === 'hackathon');
    expect(listed.find((e) => e.id === hackathon?.platform_event_id)).toMatchObject({
      recurrence: null,
      entityType: 'stage',
    });
  });

  it('creates the miyabi template’s programme (seed 001) within the horizon', async () => {
    const template = parse(readFileSync('templates/miyabi/community.yaml', 'utf8')) as {
      events: Record<string, unknown>;
    };
    const c = await community(template.events);
    await c.runDueJobs();
    const rows = await c.rows('events_events');
    const bySeries = (id: string) => rows.filter((r) => r.series_id === id).map((r) => r.local_date);
    // From Monday 2 March 2026 12:00 UTC, 28 days ahead.
    expect(bySeries('community-standup')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
    expect(bySeries('office-hours')).toEqual(['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24']);
    expect(bySeries('workshop-wednesday')).toEqual(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25']);
    expect(bySeries('showcase-thursday')).toEqual(['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26']);
    expect(bySeries('innovation-friday')).toEqual(['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27']);
    expect(bySeries('community-day')).toEqual(['2026-03-07']);
    expect(bySeries('quarterly-hackathon')).toEqual(['2026-03-28']);
    const listed = await c.scheduledEvents();
    expect(listed).toHaveLength(22);
    const stage = await c.channelId('Main Stage');
    expect(listed.filter((e) => e.entityType === 'stage' && e.channelId === stage)).toHaveLength(6);
    expect(rows.find((r) => r.series_id === 'workshop-wednesday')?.capacity).toBe(50);
  });

  it('follows a cancellation made on Discord and does not create the occurrence again', async () => {
    const c = await community({ horizon: '7d', programme: [PROGRAMME[0]] });
    await c.runDueJobs();
    const [row] = await c.rows('events_events');
    const mira = await c.user('mira');
    await c.c.sandbox.setScheduledEventStatus({
      userId: mira,
      eventId: row?.platform_event_id ?? '',
      status: 'canceled',
    });
    await c.c.settle();
    expect((await c.rows('events_events')).map((r) => [r.id, r.status, r.sequence])).toEqual([
      ['standup:2026-03-02', 'canceled', 1],
    ]);
    expect((await c.emitted<{ eventId: string }>('events.canceled')).map((p) => p.eventId)).toEqual([
      'standup:2026-03-02',
    ]);
    await c.advanceTo(EVENTS_START + 2 * HOUR);
    expect(await c.scheduledEvents()).toEqual([]);
    expect(await c.rows('events_events')).toHaveLength(1);
  });

  it('schedules nothing without a programme or one-off', async () => {
    const c = await community({});
    await c.runDueJobs();
    expect(await c.pendingJobs()).toEqual([]);
    expect(await c.rows('events_events')).toEqual([]);
  });
});

async function reopen(previous: EventsCommunity, events: Record<string, unknown>): Promise<EventsCommunity> {
  const c = await previous.restart({ timezone: 'Europe/Berlin', ...events });
  open = [c];
  return c;
}
