import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';
import { avoid, FULL, GOOD, insertMentor, insertProfile, WEAK, users } from './mentorsFixture.js';

const DAY = 24 * 60 * 60 * 1000;

/** The request card posted in #mentoring for a mentor by a mentee. */
async function requestCard(t: LearningCommunity, mentorId: string, menteeId: string) {
  const card = (await t.messagesIn(t.channels.mentoring)).find((m) =>
    m.content.startsWith(`<@${mentorId}> <@${menteeId}> asks`),
  );
  if (card === undefined) throw new Error('no request card');
  return card;
}

describe(`mentor requests (${testDialect})`, () => {
  let t: LearningCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('request → accept: the mentorship row, the private thread with the intro, the event', async () => {
    t = await openLearningCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    await insertProfile(t, sam, { seeking: true });
    await insertMentor(t, kenji, GOOD);

    const asked = await t.command(sam, 'mentor', 'request', { mentor: kenji });
    expect(asked.reply).toEqual({
      content: `Your request went to <@${kenji}> (85 % match). You will be told when they answer.`,
      ephemeral: true,
    });
    const card = await requestCard(t, kenji, sam);
    expect(card.content).toBe(`<@${kenji}> <@${sam}> asks you to be their mentor (85 % match). Only you can answer.`);
    expect(card.pinged.userIds).toEqual([kenji]);
    const buttons = card.components.flatMap((r) => r.components);
    expect(buttons.map((b) => (b.kind === 'button' ? [b.label, b.customId] : []))).toEqual([
      ['Accept', `learning:request:${sam}-${kenji}:accept`],
      ['Decline', `learning:request:${sam}-${kenji}:decline`],
    ]);

    expect((await t.press(lena, card, `learning:request:${sam}-${kenji}:accept`)).reply?.content).toBe(
      `Only <@${kenji}> can answer this request.`,
    );
    expect(await t.rows('learning_mentorships')).toEqual([]);

    const accepted = await t.press(kenji, card, `learning:request:${sam}-${kenji}:accept`);
    const [row] = await t.rows('learning_mentorships');
    expect(row).toMatchObject({
      mentor_id: kenji,
      mentee_id: sam,
      source: 'request',
      status: 'active',
      started_at: t.now(),
      ends_at: t.now() + 180 * DAY,
    });
    expect(row?.compatibility).toBeCloseTo(0.85, 6);
    expect(row?.thread_id).not.toBeNull();
    const threadId = row?.thread_id ?? '';
    expect(accepted.reply).toEqual({
      content: `You now mentor <@${sam}>. Your private thread: <#${threadId}>.`,
      ephemeral: true,
    });
    const thread = await t.c.sandbox.getThread(threadId);
    expect(thread).toMatchObject({ name: 'Mentorship · Kenji & Sam', parentId: t.channels.mentoring, kind: 'thread' });
    const [intro] = await t.messagesIn(threadId);
    expect(intro?.content).toContain(
      `Welcome to your mentorship, <@${kenji}> (mentor) and <@${sam}> (mentee): a 85 % match.`,
    );
    expect(intro?.content).toContain(
      'an introduction session in week 1, check-ins every 14 days, milestone reviews every 30 days and a project review every 90 days',
    );
    expect(intro?.pinged.userIds.sort()).toEqual([kenji, sam].sort());
    expect((await t.rows('learning_profiles')).find((p) => p.user_id === sam)?.seeking_mentor).toBe(0);
    expect(await t.emitted('learning.mentorship_started')).toEqual([
      {
        mentorshipId: row?.id,
        mentorId: kenji,
        menteeId: sam,
        compatibility: row?.compatibility,
        source: 'request',
        threadId,
      },
    ]);

    expect((await t.press(kenji, card, `learning:request:${sam}-${kenji}:accept`)).reply?.content).toBe(
      `You already mentor <@${sam}>.`,
    );
    expect(await t.rows('learning_mentorships')).toHaveLength(1);
  });

  it('decline tells the mentee and starts nothing', async () => {
    t = await openLearningCommunity();
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    await insertProfile(t, sam, { dm: true });
    await insertMentor(t, kenji, FULL);
    await t.command(sam, 'mentor', 'request', { mentor: kenji });
    const card = await requestCard(t, kenji, sam);
    const declined = await t.press(kenji, card, `learning:request:${sam}-${kenji}:decline`);
    expect(declined.reply?.content).toBe(`Declined: <@${sam}> is told.`);
    expect(await t.rows('learning_mentorships')).toEqual([]);
    const notice = (await t.messagesIn(t.channels.mentoring)).at(-1);
    expect(notice?.content).toContain(`<@${kenji}> cannot take you as a mentee right now.`);
    expect(notice?.pinged.userIds).toEqual([sam]);
    const dms = await t.c.sandbox.listDirectMessages(sam);
    expect(dms.map((d) => d.content)).toEqual([expect.stringContaining('cannot take you as a mentee right now')]);
    expect(await t.emitted('learning.mentorship_started')).toEqual([]);
  });

  it('a mentor who allowed DMs gets the request by DM', async () => {
    t = await openLearningCommunity();
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    await insertProfile(t, sam);
    await insertMentor(t, kenji, FULL, { dm: true });
    await t.command(sam, 'mentor', 'request', { mentor: kenji });
    const dms = await t.c.sandbox.listDirectMessages(kenji);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.content).toBe(`<@${sam}> asks you to be their mentor (100 % match). Only you can answer.`);
    expect(dms[0]?.components.flatMap((r) => r.components).map((b) => b.customId)).toEqual([
      `learning:request:${sam}-${kenji}:accept`,
      `learning:request:${sam}-${kenji}:decline`,
    ]);
    expect(await t.messagesIn(t.channels.mentoring)).toEqual([]);
  });

  it('refuses pairs below the floor, avoided, paused, full or with a mentor already', async () => {
    t = await openLearningCommunity();
    const [sam, kenji, lena, tomas, priya] = await users(t, 'sam', 'kenji', 'lena', 'tomas', 'priya');
    await insertProfile(t, sam);
    await insertMentor(t, kenji, WEAK);
    await insertMentor(t, lena, FULL, { active: 0 });
    await insertMentor(t, tomas, FULL);
    await avoid(t, sam, tomas);
    await insertMentor(t, priya, FULL, { capacity: 0 });
    const ask = async (mentor: string) =>
      (await (t as LearningCommunity).command(sam, 'mentor', 'request', { mentor })).reply?.content;
    expect(await ask(kenji)).toBe(`The match with <@${kenji}> is 60 %, below the 70 % this community asks for.`);
    expect(await ask(lena)).toBe(`<@${lena}> is not taking mentees (not registered, or paused).`);
    expect(await ask(tomas)).toBe(`<@${tomas}> cannot be matched with this mentee (a do-not-pair list).`);
    expect(await ask(priya)).toBe(`<@${priya}> has no room for another mentee right now.`);
    expect(await ask(sam)).toBe('You cannot mentor yourself.');
    expect(await t.messagesIn(t.channels.mentoring)).toEqual([]);
  });

  it('respects capacity when the mentor accepts a second request', async () => {
    t = await openLearningCommunity();
    const [sam, lena, kenji] = [await t.user('sam'), await t.user('lena'), await t.user('kenji')];
    await insertProfile(t, sam);
    await insertProfile(t, lena);
    await insertMentor(t, kenji, FULL, { capacity: 1 });
    await t.command(sam, 'mentor', 'request', { mentor: kenji });
    await t.command(lena, 'mentor', 'request', { mentor: kenji });
    await t.press(kenji, await requestCard(t, kenji, sam), `learning:request:${sam}-${kenji}:accept`);
    const second = await t.press(kenji, await requestCard(t, kenji, lena), `learning:request:${lena}-${kenji}:accept`);
    expect(second.reply?.content).toBe(
      `This request cannot be accepted any more: <@${kenji}> has no room for another mentee right now.`,
    );
    expect((await t.rows('learning_mentorships')).map((m) => m.mentee_id)).toEqual([sam]);
    expect((await t.command(sam, 'mentor', 'request', { mentor: kenji })).reply?.content).toBe(
      'There is an active mentorship already: end it first with `/mentor end`.',
    );
  });
});
