import { afterEach, describe, expect, it } from 'vitest';
import { surveyResults, surveyTrend } from '../../src/modules/feedback/surveys/surveyResults.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import { HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

const labels = (message: SandboxMessage): string[] =>
  message.components.flatMap((row) => row.components.map((c) => (c.kind === 'button' ? c.label : '')));

async function surveyMessage(f: FeedbackCommunity): Promise<SandboxMessage> {
  const messages = await f.messagesIn(f.channels.general);
  const found = messages.find((m) => m.content.includes('survey'));
  if (found === undefined) throw new Error('no survey message');
  return found;
}

describe(`on-demand surveys (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('an NPS survey counts one answer per member, the changed answer replacing the first, and closes with the NPS', async () => {
    f = await openFeedbackCommunity();
    const [noor, sam, kenji, lena, priya] = [
      await f.user('noor'),
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
      await f.user('priya'),
    ];
    const started = await f.command(noor, 'survey', 'start', {
      kind: 'nps',
      question: 'Would you recommend us?',
      open_for: '2h',
    });
    expect(started.reply?.content).toMatch(/^Survey posted in <#\d+>; it closes <t:\d+:R>\./);
    const message = await surveyMessage(f);
    expect(message.content).toContain('Would you recommend us?');
    expect(message.components.map((row) => row.components.length)).toEqual([5, 5, 2]);
    expect(labels(message)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'Add a comment']);
    const surveyId = (await f.rows('feedback_surveys'))[0]?.id ?? '';
    expect((await f.pendingJobs()).map((j) => j.key)).toEqual([`survey-close:${surveyId}`]);

    const press = (user: string, score: number) => f.press(user, message, `feedback:survey:${surveyId}:${score}`);
    expect((await press(sam, 10)).reply).toEqual({
      content: 'Thanks for answering (10)! You can change it until the survey closes, or add a comment.',
      ephemeral: true,
    });
    await press(kenji, 9);
    await press(lena, 3);
    expect((await press(lena, 8)).reply?.content).toBe(
      'Thanks: your answer is now 8 (it was 3). You can still change it or add a comment.',
    );
    await press(priya, 2);
    // Promoters sam, kenji (2); passive lena (8); detractor priya (2): (2 − 1) / 4 = 25.
    expect((await f.rows('feedback_survey_responses')).length).toBe(4);

    await f.advanceBy(2 * HOUR);
    const closed = await surveyMessage(f);
    expect(closed.components).toEqual([]);
    expect(closed.content).toContain('4 answers: **NPS 25** (2 promoters, 1 passives, 1 detractors), mean 7.3.');
    expect(await f.emitted('feedback.survey_closed')).toEqual([
      { surveyId, kind: 'nps', responses: 4, mean: 7.25, nps: 25, promoters: 2, passives: 1, detractors: 1 },
    ]);
    expect(await f.emitted('feedback.survey_answered')).toHaveLength(5);
    const trend = await surveyTrend(f.c.store.db, f.guildId, 0, f.now() + 1);
    expect(trend).toEqual([expect.objectContaining({ surveyId, kind: 'nps', nps: 25, responses: 4 })]);
    expect(await f.pendingJobs()).toEqual([]);
  });

  it('a satisfaction survey takes 1–10 with a comment, /survey close ends it early with the mean', async () => {
    f = await openFeedbackCommunity();
    const [noor, sam, kenji] = [await f.user('noor'), await f.user('sam'), await f.user('kenji')];
    await f.command(noor, 'survey', 'start', { kind: 'satisfaction' });
    const message = await surveyMessage(f);
    expect(labels(message)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'Add a comment']);
    const surveyId = (await f.rows('feedback_surveys'))[0]?.id ?? '';
    const commentId = `feedback:survey-comment:${surveyId}`;
    expect((await f.press(sam, message, commentId)).reply?.content).toBe('Pick a score first, then add your comment.');
    await f.press(sam, message, `feedback:survey:${surveyId}:7`);
    await f.press(kenji, message, `feedback:survey:${surveyId}:10`);
    const form = await f.press(sam, message, commentId);
    expect(form.modal?.inputs.map((i) => i.customId)).toEqual(['comment']);
    expect((await f.submitModal(sam, form.interactionId, { comment: 'More game nights please' })).reply?.content).toBe(
      'Thanks for your comment: staff read every one.',
    );
    expect((await f.rows('feedback_survey_responses')).find((r) => r.user_id === sam)).toMatchObject({
      score: 7,
      comment: 'More game nights please',
    });

    expect((await f.command(noor, 'survey', 'close')).reply?.content).toBe('Survey closed. 2 answers, mean 8.5/10.');
    expect((await surveyMessage(f)).content).toContain('(closed)');
    const results = await surveyResults(f.c.store.db, f.guildId, surveyId);
    expect(results).toMatchObject({ responses: 2, mean: 8.5, nps: null, comments: 1 });
    expect(results?.distribution.find((d) => d.score === 7)).toEqual({ score: 7, count: 1 });
    expect((await f.command(noor, 'survey', 'results')).reply?.content).toContain('2 answers, mean 8.5/10.');
    expect((await f.command(noor, 'survey', 'close')).reply?.content).toBe('No survey is open.');
    // The close job finds it closed and changes nothing.
    await f.advanceBy(8 * 24 * HOUR);
    expect(await f.emitted('feedback.survey_closed')).toHaveLength(1);
  });

  it('refuses members who are not staff and bad input, posting nothing', async () => {
    f = await openFeedbackCommunity();
    const [noor, sam] = [await f.user('noor'), await f.user('sam')];
    expect((await f.command(sam, 'survey', 'start', { kind: 'nps' })).reply?.content).toBe(
      'Only feedback staff can run surveys.',
    );
    expect((await f.command(noor, 'survey', 'start', { kind: 'nps', open_for: 'soon' })).reply?.content).toBe(
      'open_for must be a duration from 1m to 90d, such as "30m", "24h" or "7d".',
    );
    expect((await f.command(noor, 'survey', 'start', { kind: 'nps', question: 'x'.repeat(301) })).reply?.content).toBe(
      'The question is 301 characters; at most 300.',
    );
    expect(
      (await f.command(noor, 'survey', 'start', { kind: 'nps', channel: f.channels.feedback })).reply?.content,
    ).toBe('Surveys can be posted in a text or announcement channel or a thread.');
    expect(await f.rows('feedback_surveys')).toEqual([]);
    expect(await f.pendingJobs()).toEqual([]);
  });
});
