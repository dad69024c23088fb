import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventSurveyResults } from '../../src/modules/events/survey/surveyResults.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import { awards, voice } from './attendanceFixture.js';
import { HOUR, MINUTE, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { statuses } from './rsvpFixture.js';

interface Series {
  id: string;
  capacity?: number | null;
}

/** The miyabi template's events section, with the Wednesday workshop limited to two places. */
function miyabiEvents(): Record<string, unknown> {
  const template = parse(readFileSync('templates/miyabi/community.yaml', 'utf8')) as {
    events: Record<string, unknown> & { programme: Series[] };
  };
  const programme = template.events.programme.map((series) =>
    series.id === 'workshop-wednesday' ? { ...series, capacity: 2 } : series,
  );
  // The seeded sandbox has #announcements (the template's #events comes with its server section).
  return { ...template.events, programme, announceChannel: 'announcements' };
}

const WORKSHOP = 'workshop-wednesday:2026-03-04';

describe(`the miyabi weekly programme, end to end in the sandbox (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('creates the occurrences; members RSVP, the waitlist promotes, reminders fire, voice gives attendance and points, the survey aggregates', async () => {
    t = await openEventsCommunity(miyabiEvents(), {
      sections: { recognition: { points: { event_attended: 10 } } },
    });
    const [sam, kenji, lena, priya] = [
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
      await t.user('priya'),
    ];
    await t.runDueJobs();

    // The programme's occurrences within the horizon, each a Discord scheduled event.
    const rows = await t.rows('events_events');
    expect(rows).toHaveLength(22);
    expect((await t.scheduledEvents()).length).toBe(22);
    const workshop = rows.find((r) => r.id === WORKSHOP);
    expect(workshop).toMatchObject({ title: 'Workshop Wednesday', capacity: 2, status: 'scheduled' });
    const start = workshop?.start_at ?? 0;
    expect(new Date(start).toISOString()).toBe('2026-03-04T17:00:00.000Z');

    const announcements = await t.channelId('announcements');
    const card = (await t.messagesIn(announcements)).find((m) =>
      m.components.some((row) =>
        row.components.some((c) => 'customId' in c && c.customId === `events:rsvp:going:${WORKSHOP}`),
      ),
    );
    expect(card).toBeDefined();
    const press = (userId: string, choice: string) =>
      t!.press(userId, card as SandboxMessage, `events:rsvp:${choice}:${WORKSHOP}`);

    // Two places: the third "Going" waits; one leaving promotes her, and she is told.
    await press(sam, 'going');
    await press(kenji, 'going');
    expect((await press(lena, 'going')).reply?.content).toContain('number 1 on the waitlist');
    await press(kenji, 'not_going');
    expect(await statuses(t, WORKSHOP)).toMatchObject({ [sam]: 'going', [kenji]: 'not_going', [lena]: 'going' });
    expect(await t.emitted('events.waitlist_promoted')).toEqual([{ eventId: WORKSHOP, userId: lena }]);
    const told = (await t.messagesIn(announcements)).filter((m) => m.pinged.userIds.includes(lena));
    expect(told).toHaveLength(1);

    // Discord's "interested" on the full event: Priya joins the waitlist.
    await t.c.sandbox.setScheduledEventInterest({
      userId: priya,
      eventId: workshop?.platform_event_id ?? '',
      interested: true,
    });
    await t.c.settle();
    expect((await statuses(t, WORKSHOP))[priya]).toMatch(/^waitlisted/);

    // Reminders 24 h, 1 h and at the start, each mentioning exactly the members going.
    await t.advanceTo(start);
    const reminders = await t.emitted<{ eventId: string; before: number; recipients: number }>('events.reminder_sent');
    expect(reminders.filter((r) => r.eventId === WORKSHOP).map((r) => [r.before, r.recipients])).toEqual([
      [24 * HOUR, 2],
      [HOUR, 2],
      [0, 2],
    ]);
    const mentions = (await t.messagesIn(announcements)).filter(
      (m) => m.pinged.userIds.includes(sam) && m.pinged.userIds.includes(lena),
    );
    expect(mentions).toHaveLength(3);
    expect(mentions.every((m) => m.pinged.userIds.length === 2)).toBe(true);

    // Voice: Sam stays 40 minutes in the Workshop Room; Lena does not come.
    await voice(t, sam, 'Workshop Room');
    await t.advanceTo(start + 40 * MINUTE);
    await voice(t, sam, null);
    await t.advanceTo(start + 90 * MINUTE);

    const ended = await t.emitted<{ eventId: string; going: number; attended: number; noShows: number; rate: number }>(
      'events.ended',
    );
    expect(ended.find((e) => e.eventId === WORKSHOP)).toMatchObject({ going: 2, attended: 1, noShows: 1, rate: 0.5 });
    expect(await awards(t, 'event_attended')).toEqual({ [sam]: 10 });

    // The survey: Sam rates it by the button and its form; the results add up.
    const survey = (await t.messagesIn(announcements)).find((m) =>
      m.components.some((row) =>
        row.components.some((c) => 'customId' in c && c.customId === `events:survey:${WORKSHOP}`),
      ),
    );
    expect(survey).toBeDefined();
    const form = await t.press(sam, survey as SandboxMessage, `events:survey:${WORKSHOP}`);
    await t.submitModal(sam, form.interactionId, {
      rating: '5',
      content_quality: '4',
      engagement: '4',
      improvements: '',
      future_topics: 'Async Rust',
    });
    const results = await eventSurveyResults(t.c.store.db, t.guildId, WORKSHOP);
    expect(results).toMatchObject({ responses: 1, attendees: 1, responseRate: 1 });
    expect(results?.futureTopics.map((topic) => topic.text)).toEqual(['Async Rust']);
    expect(results?.rating.mean).toBe(5);
  });
});
