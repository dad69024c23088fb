import { afterEach, describe, expect, it } from 'vitest';
import { DAY, EVENTS_START, HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';

let c: EventsCommunity;
afterEach(async () => {
  await c.close();
});

const FIELDS = {
  title: 'Rust workshop',
  description: 'Ownership, hands on',
  start: '2026-03-05 18:00',
  duration: '90m',
  location: '',
};

describe('/event (staff)', () => {
  it('creates an event through the form: row, Discord event, jobs, audit entry', async () => {
    c = await openEventsCommunity({ timezone: 'Europe/Berlin' });
    const mira = await c.user('mira');
    const room = await c.channelId('Workshop Room');
    const asked = await c.command(mira, 'event', 'create', { type: 'workshop', channel: room, capacity: 12 });
    expect(asked.modal?.customId).toBe(`events:create:workshop:${room}:12`);
    expect(asked.modal?.inputs.map((i) => i.customId)).toEqual([
      'title',
      'description',
      'start',
      'duration',
      'location',
    ]);
    const done = await c.submitModal(mira, asked.interactionId, FIELDS);
    expect(done.reply?.ephemeral).toBe(true);
    expect(done.reply?.content).toContain('Created workshop “Rust workshop”');
    const [row] = await c.rows('events_events');
    expect(row).toMatchObject({
      id: `cmd:${done.interactionId}`,
      source: 'command',
      type: 'workshop',
      title: 'Rust workshop',
      description: 'Ownership, hands on',
      start_at: Date.UTC(2026, 2, 5, 17),
      end_at: Date.UTC(2026, 2, 5, 18, 30),
      channel_id: room,
      location: null,
      capacity: 12,
      host_id: mira,
      created_by: mira,
      status: 'scheduled',
    });
    const [listed] = await c.scheduledEvents();
    expect(listed).toMatchObject({ id: row?.platform_event_id, name: 'Rust workshop', entityType: 'voice' });
    const jobs = await c.pendingJobs();
    expect(jobs.map((j) => j.name)).toContain('eventStart');
    expect(jobs.map((j) => j.name)).not.toContain('syncProgramme');
    const audit = await c.c.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'events.create')
      .execute();
    expect(audit.map((a) => [a.actor, a.target])).toEqual([[`discord:${mira}`, row?.id]]);
  });

  it('refuses bad input and changes nothing', async () => {
    c = await openEventsCommunity({ timezone: 'Europe/Berlin' });
    const mira = await c.user('mira');
    const submit = async (fields: Record<string, string>) => {
      const form = await c.command(mira, 'event', 'create', { type: 'webinar' });
      return (await c.submitModal(mira, form.interactionId, { ...FIELDS, ...fields })).reply?.content ?? '';
    };
    expect(await submit({ start: '2026-03-01 18:00', location: 'https://example.org' })).toContain('in the past');
    expect(await submit({ start: 'tomorrow 18h', location: 'https://example.org' })).toContain('YYYY-MM-DD HH:mm');
    expect(await submit({ duration: 'long', location: 'https://example.org' })).toContain('duration');
    expect(await c.rows('events_events')).toEqual([]);
    expect(await c.scheduledEvents()).toEqual([]);
    // An external event needs its location, and ends on Discord too.
    expect(await submit({ location: 'https://example.org/live' })).toContain('Created webinar');
    expect(await c.scheduledEvents()).toEqual([
      expect.objectContaining({
        entityType: 'external',
        location: 'https://example.org/live',
        endAt: Date.UTC(2026, 2, 5, 18, 30),
      }),
    ]);
  });

  it('is for staff only, and refuses a text channel', async () => {
    c = await openEventsCommunity({});
    const sam = await c.user('sam');
    const refused = await c.command(sam, 'event', 'create', { type: 'ama' });
    expect(refused.modal).toBeNull();
    expect(refused.reply?.content).toContain('Only staff');
    const mira = await c.user('mira');
    const text = await c.command(mira, 'event', 'create', { type: 'ama', channel: await c.channelId('general') });
    expect(text.reply?.content).toContain('voice or stage channel');
  });

  it('moves and cancels an event, here and on Discord', async () => {
    c = await openEventsCommunity({ timezone: 'UTC' });
    const mira = await c.user('mira');
    const asked = await c.command(mira, 'event', 'create', { type: 'ama', channel: await c.channelId('Main Stage') });
    const done = await c.submitModal(mira, asked.interactionId, {
      ...FIELDS,
      start: '2026-03-06 15:00',
      duration: '1h',
    });
    const id = `cmd:${done.interactionId}`;
    const moved = await c.command(mira, 'event', 'move', { event: id, start: '2026-03-07 16:00' });
    expect(moved.reply?.content).toContain('Moved');
    let [row] = await c.rows('events_events');
    expect(row).toMatchObject({ start_at: Date.UTC(2026, 2, 7, 16), end_at: Date.UTC(2026, 2, 7, 17), sequence: 1 });
    expect((await c.scheduledEvents())[0]).toMatchObject({ startAt: Date.UTC(2026, 2, 7, 16), entityType: 'stage' });
    const past = await c.command(mira, 'event', 'move', { event: id, start: '2026-03-01 16:00' });
    expect(past.reply?.content).toContain('in the past');
    const canceled = await c.command(mira, 'event', 'cancel', { event: id });
    expect(canceled.reply?.content).toContain('Cancelled');
    [row] = await c.rows('events_events');
    expect(row?.status).toBe('canceled');
    expect(await c.scheduledEvents()).toEqual([]);
    expect((await c.emitted<{ eventId: string }>('events.canceled')).map((p) => p.eventId)).toEqual([id]);
    expect((await c.command(mira, 'event', 'cancel', { event: 'nope' })).reply?.content).toContain('No event');
  });
});

describe('events made on Discord', () => {
  it('become rows, follow Discord’s changes and are cancelled when deleted', async () => {
    c = await openEventsCommunity({});
    const lounge = await c.channelId('Lounge');
    const made = await c.c.sandbox.createScheduledEvent(
      c.guildId,
      {
        name: 'Friday AMA with the team',
        description: null,
        startAt: EVENTS_START + DAY,
        endAt: null,
        entityType: 'voice',
        channelId: lounge,
        location: null,
        recurrence: null,
      },
      'staff',
    );
    await c.c.settle();
    const [row] = await c.rows('events_events');
    expect(row).toMatchObject({
      id: `discord:${made.id}`,
      source: 'discord',
      type: 'ama',
      capacity: null,
      start_at: EVENTS_START + DAY,
      end_at: EVENTS_START + DAY + HOUR,
      platform_event_id: made.id,
    });
    await c.c.sandbox.editScheduledEvent(c.guildId, made.id, { startAt: EVENTS_START + 2 * DAY }, 'staff');
    await c.c.settle();
    const [moved] = await c.rows('events_events');
    expect(moved).toMatchObject({ start_at: EVENTS_START + 2 * DAY, sequence: 1 });
    expect((await c.emitted<{ eventId: string }>('events.changed')).map((p) => p.eventId)).toEqual([row?.id]);
    await c.c.sandbox.deleteScheduledEvent(c.guildId, made.id);
    await c.c.settle();
    const [deleted] = await c.rows('events_events');
    expect(deleted?.status).toBe('canceled');
    expect((await c.emitted<{ eventId: string }>('events.canceled')).map((p) => p.eventId)).toEqual([row?.id]);
  });
});
