import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { DAY, FEEDBACK_SECTION, HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

const WEEKLY = {
  ...FEEDBACK_SECTION,
  timezone: 'Europe/Berlin',
  surveys: {
    scheduled: [
      {
        id: 'weekly-pulse',
        kind: 'satisfaction',
        question: 'How was your week here?',
        channel: 'general',
        rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
        openFor: '1d',
      },
    ],
  },
};

describe(`scheduled surveys (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('posts at the rule’s local time, closes after openFor with the results, and schedules the next', async () => {
    f = await openFeedbackCommunity(WEEKLY);
    const sam = await f.user('sam');
    // The harness starts on Monday 2 March 2026, 12:00 UTC; Tuesday 18:00 in Berlin (CET) is 17:00 UTC.
    const first = Date.UTC(2026, 2, 3, 17);
    expect(await f.pendingJobs()).toEqual([
      { key: `survey-scheduled:weekly-pulse:${first}`, name: 'survey-scheduled', run_at: first },
    ]);

    await f.advanceTo(first);
    const surveys = await f.rows('feedback_surveys');
    expect(surveys).toEqual([
      expect.objectContaining({
        id: `weekly-pulse-${first}`,
        kind: 'satisfaction',
        schedule_id: 'weekly-pulse',
        opened_at: first,
        closes_at: first + DAY,
        channel_id: f.channels.general,
      }),
    ]);
    const message = (await f.messagesIn(f.channels.general)).find((m) => m.id === surveys[0]?.message_id);
    expect(message?.content).toContain('How was your week here?');
    expect((await f.pendingJobs()).map((j) => [j.name, j.run_at])).toEqual([
      ['survey-close', first + DAY],
      ['survey-scheduled', first + 7 * DAY],
    ]);
    if (message === undefined) throw new Error('no survey message');
    await f.press(sam, message, `feedback:survey:weekly-pulse-${first}:6`);

    await f.advanceTo(first + DAY + HOUR);
    const closed = (await f.messagesIn(f.channels.general)).find((m) => m.id === message.id);
    expect(closed?.content).toContain('1 answer, mean 6.0/10.');
    expect(await f.emitted('feedback.survey_closed')).toEqual([
      {
        surveyId: `weekly-pulse-${first}`,
        kind: 'satisfaction',
        responses: 1,
        mean: 6,
        nps: null,
        promoters: 0,
        passives: 0,
        detractors: 0,
      },
    ]);
    expect(await f.emitted('feedback.survey_opened')).toEqual([
      {
        surveyId: `weekly-pulse-${first}`,
        kind: 'satisfaction',
        channelId: f.channels.general,
        scheduleId: 'weekly-pulse',
      },
    ]);
  });

  it('schedules nothing when no survey is configured', async () => {
    f = await openFeedbackCommunity();
    expect(await f.pendingJobs()).toEqual([]);
  });
});
