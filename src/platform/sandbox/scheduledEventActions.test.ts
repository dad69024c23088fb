import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { MemberMatcher } from '../../core/privacy/MemberMatcher.js';
import { Forbidden, InvalidRequest, isNotFound } from '../PlatformError.js';
import { SCHEDULED_EVENTS_PER_GUILD } from '../scheduledEventLimits.js';
import type { ScheduledEventSpec } from '../types/ScheduledEvent.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';
import { sandboxPrivacy } from './sandboxPrivacy.js';

const HOUR = 3_600_000;

describe(`sandbox scheduled events (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<
    RecordingSandbox & { lounge: string; stage: string; ada: string; spec: ScheduledEventSpec }
  > {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const lounge = await rec.sandbox.createChannel(rec.guild.id, { name: 'Lounge', kind: 'voice' });
    const stage = await rec.sandbox.createChannel(rec.guild.id, { name: 'Stage', kind: 'stage' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    rec.events.length = 0;
    const spec: ScheduledEventSpec = {
      name: 'Study hall',
      description: 'Co-working',
      startAt: rec.clock.now() + HOUR,
      endAt: null,
      entityType: 'voice',
      channelId: lounge.id,
      location: null,
      recurrence: {
        startAt: rec.clock.now() + HOUR,
        frequency: 'weekly',
        interval: 1,
        byWeekday: [2],
        byNWeekday: null,
        byMonth: null,
        byMonthDay: null,
      },
    };
    return { ...rec, lounge: lounge.id, stage: stage.id, ada: ada.userId, spec };
  }

  it('creates, lists, edits and deletes as the bot, emitting the events and audit entries', async () => {
    const { sandbox, guild, spec, events } = await setUp();
    const created = await sandbox.createScheduledEvent(guild.id, spec, 'weekly programme');
    expect(created).toEqual({
      ...spec,
      id: created.id,
      guildId: guild.id,
      status: 'scheduled',
      creatorId: (await sandbox.guild()).botUserId,
      userCount: 0,
    });
    expect(await sandbox.listScheduledEvents(guild.id)).toEqual([created]);
    const moved = await sandbox.editScheduledEvent(
      guild.id,
      created.id,
      { entityType: 'external', location: 'https://meet.example/study', endAt: spec.startAt + HOUR },
      'moved online',
    );
    expect(moved).toMatchObject({ entityType: 'external', channelId: null, location: 'https://meet.example/study' });
    await sandbox.deleteScheduledEvent(guild.id, created.id);
    expect(await sandbox.listScheduledEvents(guild.id)).toEqual([]);
    expect(events.map((e) => [e.type, e.id])).toEqual([
      ['scheduled_event.created', `sandbox:scheduled_event.created:${created.id}`],
      [
        'scheduled_event.updated',
        expect.stringMatching(new RegExp(`^sandbox:scheduled_event.updated:${created.id}:\\d+$`)),
      ],
      ['scheduled_event.deleted', `sandbox:scheduled_event.deleted:${created.id}`],
    ]);
    expect(events[1]?.payload).toMatchObject({
      scheduledEventId: created.id,
      entityType: 'external',
      status: 'scheduled',
    });
    expect((await sandbox.listAuditLog()).map((a) => [a.action, a.reason])).toEqual([
      ['guild_scheduled_event_delete', 'Guildhall'],
      ['guild_scheduled_event_update', 'moved online'],
      ['guild_scheduled_event_create', 'weekly programme'],
      ['channel_create', 'Guildhall'],
      ['channel_create', 'Guildhall'],
    ]);
    await expect(sandbox.deleteScheduledEvent(guild.id, created.id)).rejects.toSatisfy((e) =>
      isNotFound(e, 'scheduled_event'),
    );
  });

  it('refuses what Discord refuses: limits, the wrong channel kind, a 101st open event', async () => {
    const { sandbox, guild, spec, stage, events } = await setUp();
    await expect(sandbox.createScheduledEvent(guild.id, { ...spec, name: '' }, 'r')).rejects.toBeInstanceOf(
      InvalidRequest,
    );
    await expect(sandbox.createScheduledEvent(guild.id, { ...spec, channelId: stage }, 'r')).rejects.toThrow(
      /voice event takes place in a voice channel/,
    );
    for (let i = 0; i < SCHEDULED_EVENTS_PER_GUILD; i++) {
      await sandbox.createScheduledEvent(guild.id, { ...spec, name: `Event ${i}` }, 'r');
    }
    await expect(sandbox.createScheduledEvent(guild.id, spec, 'r')).rejects.toThrow(/at most 100/);
    const first = (await sandbox.listScheduledEvents(guild.id))[0];
    await sandbox.editScheduledEvent(guild.id, first?.id ?? '', { status: 'canceled' }, 'r');
    await expect(sandbox.createScheduledEvent(guild.id, spec, 'r')).resolves.toMatchObject({ status: 'scheduled' });
    expect(events.filter((e) => e.type === 'scheduled_event.created')).toHaveLength(SCHEDULED_EVENTS_PER_GUILD + 1);
  });

  it('a member marks interested, takes it back and marks again: three facts with distinct ids', async () => {
    const { sandbox, guild, spec, ada, events } = await setUp();
    const event = await sandbox.createScheduledEvent(guild.id, spec, 'r');
    events.length = 0;
    const marked = await sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: true });
    expect(marked.userCount).toBe(1);
    await sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: true });
    await sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: false });
    await sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: false });
    await sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: true });
    const payload = { scheduledEventId: event.id, userId: ada };
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['scheduled_event.user_added', payload],
      ['scheduled_event.user_removed', payload],
      ['scheduled_event.user_added', payload],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(await sandbox.listScheduledEventUsers(guild.id, event.id)).toEqual([ada]);
    expect((await sandbox.listScheduledEvents(guild.id))[0]?.userCount).toBe(1);
  });

  it('staff with Manage Events start and end an event; a plain member may not', async () => {
    const { sandbox, guild, spec, ada, eventsOf } = await setUp();
    const event = await sandbox.createScheduledEvent(guild.id, spec, 'r');
    await expect(
      sandbox.setScheduledEventStatus({ userId: ada, eventId: event.id, status: 'active' }),
    ).rejects.toBeInstanceOf(Forbidden);
    const host = await sandbox.createRole(guild.id, { name: 'Host', permissions: (1n << 33n).toString() });
    await sandbox.addRole(guild.id, ada, host.id, 'host');
    await sandbox.setScheduledEventStatus({ userId: ada, eventId: event.id, status: 'active' });
    await expect(
      sandbox.setScheduledEventStatus({ userId: ada, eventId: event.id, status: 'canceled' }),
    ).rejects.toThrow(/active event cannot become canceled/);
    const owner = (await sandbox.guild()).ownerId;
    const ended = await sandbox.setScheduledEventStatus({ userId: owner, eventId: event.id, status: 'completed' });
    expect(ended.status).toBe('completed');
    expect(eventsOf('scheduled_event.updated').map((e) => e.payload.status)).toEqual(['active', 'completed']);
    expect(await sandbox.listScheduledEvents(guild.id)).toEqual([]);
    await expect(
      sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: true }),
    ).rejects.toThrow(/is completed/);
  });

  it('member export lists the events they are interested in; erase removes the interest', async () => {
    const { sandbox, guild, spec, ada } = await setUp();
    const event = await sandbox.createScheduledEvent(guild.id, spec, 'r');
    await sandbox.setScheduledEventInterest({ userId: ada, eventId: event.id, interested: true });
    const privacy = sandboxPrivacy(store!.db);
    const exported = await privacy.exportMember(ada);
    expect(exported.scheduledEventsInterested).toEqual([
      { eventId: event.id, name: 'Study hall', markedAt: expect.any(Number) as number },
    ]);
    await privacy.eraseMember(new MemberMatcher({ userId: ada, names: await privacy.namesOf(ada) }), {
      keepModerationRecords: false,
    });
    expect(await sandbox.listScheduledEventUsers(guild.id, event.id)).toEqual([]);
    expect((await privacy.exportMember(ada)).scheduledEventsInterested).toBeUndefined();
  });
});
