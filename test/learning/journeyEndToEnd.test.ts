import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { DAY, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';
import { GOOD, insertMentor, insertProfile } from './mentorsFixture.js';

describe(`mentorship journey from a real request (${testDialect})`, () => {
  let t: LearningCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('request → accept → the intro prompt in the pair’s thread a day later', async () => {
    const c = (t = await openLearningCommunity());
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    await insertProfile(c, sam, { seeking: true });
    await insertMentor(c, kenji, GOOD);
    await c.command(sam, 'mentor', 'request', { mentor: kenji });
    const card = (await c.messagesIn(c.channels.mentoring)).find((m) => m.content.startsWith(`<@${kenji}> <@${sam}>`));
    if (card === undefined) throw new Error('no request card');
    await c.press(kenji, card, `learning:request:${sam}-${kenji}:accept`);
    const [mentorship] = await c.rows('learning_mentorships');
    const threadId = mentorship?.thread_id ?? null;
    if (mentorship === undefined || threadId === null) throw new Error('no mentorship thread');
    expect(await c.rows('learning_sessions')).toHaveLength(19);

    await c.advanceBy(DAY);
    const messages = await c.messagesIn(threadId);
    expect(messages).toHaveLength(2);
    expect(messages[1]?.content).toContain(`<@${kenji}> <@${sam}> **Introduction session** is due`);
    expect(messages[1]?.components.flatMap((r) => r.components.map((b) => b.customId))[0]).toBe(
      `learning:session:${mentorship.id}-intro-1:met`,
    );
  });
});
