import { afterEach, describe, expect, it } from 'vitest';
import { eventSurveyResults, surveyResultsByType } from '../../src/modules/events/survey/surveyResults.js';
import { runEndedEvent, users } from './attendanceFixture.js';
import { DAY, EVENTS_START, HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';

let t: EventsCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const answer = (rating: string, quality: string, engagement: string, texts: Record<string, string> = {}) => ({
  rating,
  content_quality: quality,
  engagement,
  improvements: '',
  future_topics: '',
  ...texts,
});

describe('post-event survey', () => {
  it('attendees and members going rate the event by button and form; results add up per event and per type', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const [sam, kenji, lena, priya, tomas] = await users(t, ['sam', 'kenji', 'lena', 'priya', 'tomas']);
    const ws = await runEndedEvent(t, { id: 'ws-1', going: [sam, lena], attendees: [sam, kenji] });
    const button = 'events:survey:ws-1';
    expect(ws.survey.content).toContain('**Rust workshop** has ended.');
    expect([...ws.survey.pinged.userIds].sort()).toEqual([sam, kenji].sort());

    const stranger = await t.press(tomas, ws.survey, button);
    expect(stranger.modal).toBeNull();
    expect(stranger.reply).toEqual({
      content: 'The survey of “Rust workshop” is for members who attended or said they were going.',
      ephemeral: true,
    });

    const opened = await t.press(sam, ws.survey, button);
    expect(opened.modal?.customId).toBe('events:survey-form:ws-1');
    expect(opened.modal?.inputs.map((i) => [i.customId, i.style, i.required])).toEqual([
      ['rating', 'short', true],
      ['content_quality', 'short', true],
      ['engagement', 'short', true],
      ['improvements', 'paragraph', false],
      ['future_topics', 'paragraph', false],
    ]);
    const bad = await t.submitModal(sam, opened.interactionId, answer('6', '4', '4'));
    expect(bad.reply).toEqual({
      content:
        '“Overall rating (1–5)” must be a whole number from 1 to 5 (you wrote “6”). Nothing was saved: press “Rate this event” again.',
      ephemeral: true,
    });
    expect(await t.rows('events_surveys')).toEqual([]);

    const first = await t.submitModal(
      sam,
      (await t.press(sam, ws.survey, button)).interactionId,
      answer('4', '5', '3'),
    );
    expect(first.reply).toEqual({
      content: 'Thanks for rating “Rust workshop” (4/5): the hosts read every answer.',
      ephemeral: true,
    });
    const again = await t.submitModal(
      sam,
      (await t.press(sam, ws.survey, button)).interactionId,
      answer('5', '5', '4', { future_topics: 'Async Rust' }),
    );
    expect(again.reply?.content).toBe(
      'Thanks: your new answer about “Rust workshop” replaces the one you gave before.',
    );
    await t.submitModal(kenji, (await t.press(kenji, ws.survey, button)).interactionId, answer('5', '4', '4'));
    // Lena was going and did not come: she may still say why.
    await t.submitModal(
      lena,
      (await t.press(lena, ws.survey, button)).interactionId,
      answer('2', '3', '2', { improvements: 'Start on time' }),
    );

    expect((await t.rows('events_surveys')).length).toBe(3);
    const submitted = await t.emitted<{ userId: string; rating: number }>('events.survey_submitted');
    expect(submitted.map((s) => [s.userId, s.rating])).toEqual([
      [sam, 4],
      [sam, 5],
      [kenji, 5],
      [lena, 2],
    ]);

    const results = await eventSurveyResults(t.c.store.db, t.guildId, 'ws-1');
    expect(results).toMatchObject({
      eventId: 'ws-1',
      title: 'Rust workshop',
      eventType: 'workshop',
      responses: 3,
      attendees: 2,
      responseRate: 1.5,
      rating: { mean: 4, distribution: [0, 1, 0, 0, 2] },
      contentQuality: { mean: 4, distribution: [0, 0, 1, 1, 1] },
      engagement: { mean: 10 / 3, distribution: [0, 1, 0, 2, 0] },
      improvements: [{ eventId: 'ws-1', text: 'Start on time' }],
      futureTopics: [{ eventId: 'ws-1', text: 'Async Rust' }],
    });

    const ama = await runEndedEvent(t, { id: 'ama-1', type: 'ama', going: [], attendees: [priya] });
    await t.submitModal(
      priya,
      (await t.press(priya, ama.survey, 'events:survey:ama-1')).interactionId,
      answer('3', '3', '3'),
    );
    const ws2 = await runEndedEvent(t, { id: 'ws-2', going: [], attendees: [kenji] });
    await t.submitModal(
      kenji,
      (await t.press(kenji, ws2.survey, 'events:survey:ws-2')).interactionId,
      answer('1', '2', '3'),
    );

    const byType = await surveyResultsByType(t.c.store.db, t.guildId, { from: EVENTS_START, to: t.now() });
    expect(byType).toMatchObject([
      { eventType: 'ama', events: 1, responses: 1, attendees: 1, responseRate: 1, rating: { mean: 3 } },
      {
        eventType: 'workshop',
        events: 2,
        responses: 4,
        attendees: 3,
        rating: { mean: 13 / 4, distribution: [1, 1, 0, 0, 2] },
      },
    ]);
    // A range that holds only the first workshop.
    const firstOnly = await surveyResultsByType(t.c.store.db, t.guildId, {
      from: EVENTS_START,
      to: EVENTS_START + 3 * HOUR,
    });
    expect(firstOnly.map((r) => [r.eventType, r.events, r.responses])).toEqual([['workshop', 1, 3]]);
  });

  it('refuses answers once the survey has closed, and changes nothing', async () => {
    t = await openEventsCommunity({ reminders: [], survey: { openFor: '2d' } });
    const sam = await t.user('sam');
    const ws = await runEndedEvent(t, { id: 'ws-1', going: [sam], attendees: [sam] });
    const opened = await t.press(sam, ws.survey, 'events:survey:ws-1');
    expect(opened.modal).not.toBeNull();
    await t.advanceBy(2 * DAY);
    const late = await t.submitModal(sam, opened.interactionId, answer('5', '5', '5'));
    expect(late.reply?.content).toMatch(/^The survey of “Rust workshop” closed <t:\d+:R>\.$/);
    expect(late.reply?.ephemeral).toBe(true);
    expect(await t.rows('events_surveys')).toEqual([]);
    expect((await t.press(sam, ws.survey, 'events:survey:ws-1')).modal).toBeNull();
  });
});
