import { afterEach, describe, expect, it } from 'vitest';
import { eventsDb } from '../../src/modules/events/EventsTables.js';
import { testDialect } from '../testStore.js';
import { runEndedEvent, users } from './attendanceFixture.js';
import { openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { storedEvent } from './rsvpFixture.js';

const MEMBER_TABLES = ['events_rsvps', 'events_attendance', 'events_surveys', 'events_members'] as const;

describe(`events member data: export and erase (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('exports RSVPs, attendance, survey answers and choices without the feed secret; erase removes them and unnames the host', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const [sam, kenji] = await users(t, ['sam', 'kenji']);
    await t.command(sam, 'events', 'reminders', { dm: true });
    await t.command(sam, 'events', 'calendar', {});
    const ended = await runEndedEvent(t, { id: 'ws-1', going: [sam, kenji], attendees: [sam, kenji] });
    const form = await t.press(sam, ended.survey, 'events:survey:ws-1');
    await t.submitModal(sam, form.interactionId, {
      rating: '4',
      content_quality: '4',
      engagement: '5',
      improvements: 'More exercises',
      future_topics: '',
    });
    await eventsDb(t.c.store.db).updateTable('events_events').set({ host_id: sam, created_by: sam }).execute();

    const exported = (await t.c.engine.memberData.exportMember(t.guildId, sam)).events ?? {};
    expect(Object.keys(exported).sort()).toEqual(['attendance', 'hostedOrCreated', 'preferences', 'rsvps', 'surveys']);
    expect(exported.rsvps).toMatchObject([{ event_id: 'ws-1', user_id: sam, status: 'going' }]);
    expect(exported.attendance).toMatchObject([{ event_id: 'ws-1', attended: 1 }]);
    expect(exported.surveys).toMatchObject([{ rating: 4, improvements: 'More exercises' }]);
    expect(exported.preferences).toMatchObject([{ dm_reminders: 1, has_feed: true }]);
    expect(JSON.stringify(exported)).not.toContain('feed_token_hash');
    expect(exported.hostedOrCreated).toMatchObject([{ id: 'ws-1', host_id: sam, created_by: sam }]);
    expect(JSON.stringify(exported)).not.toContain(kenji);

    const report = await t.c.engine.memberData.eraseMember(t.guildId, sam, 'cli:test', {
      keepModerationRecords: false,
    });
    // One row in each of the four tables, and the event's host and creator.
    expect(report.changed.events).toBe(6);
    const db = eventsDb(t.c.store.db);
    for (const table of MEMBER_TABLES) {
      const rows = await db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows), table).not.toContain(sam);
    }
    expect(await storedEvent(t, 'ws-1')).toMatchObject({ host_id: null, created_by: null, title: 'Rust workshop' });
    expect((await t.c.engine.memberData.exportMember(t.guildId, sam)).events ?? {}).toEqual({});
    // Kenji's data stays.
    expect(Object.keys((await t.c.engine.memberData.exportMember(t.guildId, kenji)).events ?? {}).sort()).toEqual([
      'attendance',
      'rsvps',
    ]);
  });
});
