import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { HOUR, MINUTE, SUPPORT_SECTION, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

describe(`solutions: closing solved questions (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** Sam asks, Kenji answers, Sam marks the answer; answers the question id. */
  async function solvedQuestion(c: SupportCommunity): Promise<string> {
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    const id = await c.ask(sam, 'Slow start', 'The bot takes minutes to start.');
    const answer = await c.post(kenji, id, 'Turn off the full member fetch.');
    await c.messageCommand(sam, 'Mark as solution', answer);
    return id;
  }

  it('archives the thread `archiveAfter` after the solution and emits support.closed', async () => {
    t = await openSupportCommunity();
    const id = await solvedQuestion(t);
    const solvedAt = t.now();
    await t.advanceBy(HOUR - MINUTE);
    expect((await t.thread(id)).archived).toBe(false);
    await t.advanceBy(MINUTE);
    expect(await t.thread(id)).toMatchObject({ archived: true, locked: false });
    expect((await t.rows('support_questions'))[0]).toMatchObject({
      status: 'solved',
      archive_at: null,
      archived_at: solvedAt + HOUR,
    });
    expect(await t.emitted('support.closed')).toEqual([{ questionId: id, locked: false }]);
  });

  it('locks as well with solutions.lock', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, solutions: { lock: true, archiveAfter: '30m' } });
    const id = await solvedQuestion(t);
    await t.advanceBy(30 * MINUTE);
    expect(await t.thread(id)).toMatchObject({ archived: true, locked: true });
    expect(await t.emitted('support.closed')).toEqual([{ questionId: id, locked: true }]);
  });

  it('a later message moves the archiving; a message after closing closes it again later', async () => {
    t = await openSupportCommunity();
    const id = await solvedQuestion(t);
    await t.advanceBy(40 * MINUTE);
    await t.post(await t.user('sam'), id, 'One more thing: does it also fix the memory use?');
    const movedTo = t.now() + HOUR;
    expect((await t.rows('support_questions'))[0]?.archive_at).toBe(movedTo);

    await t.advanceBy(30 * MINUTE); // past the first archive time: nothing happens
    expect((await t.thread(id)).archived).toBe(false);
    expect(await t.emitted('support.closed')).toEqual([]);
    await t.advanceTo(movedTo);
    expect((await t.thread(id)).archived).toBe(true);
    expect(await t.emitted('support.closed')).toHaveLength(1);

    // Someone posts in the closed thread (Discord unarchives it): it closes again an hour later.
    await t.advanceBy(MINUTE);
    await t.post(await t.user('lena'), id, 'It does, yes.');
    expect((await t.thread(id)).archived).toBe(false);
    expect((await t.rows('support_questions'))[0]).toMatchObject({ archived_at: null, archive_at: t.now() + HOUR });
    await t.advanceBy(HOUR);
    expect((await t.thread(id)).archived).toBe(true);
    expect(await t.emitted('support.closed')).toHaveLength(2);
  });

  it('a question reopened and solved again is archived once, from the second solution', async () => {
    t = await openSupportCommunity();
    const sam = await t.user('sam');
    const id = await solvedQuestion(t);
    await t.advanceBy(10 * MINUTE);
    await t.commandIn(id, sam, 'unsolved', null);
    await t.advanceBy(20 * MINUTE);
    await t.commandIn(id, sam, 'solved', null);
    const second = t.now();
    await t.advanceTo(second + HOUR - MINUTE);
    expect((await t.thread(id)).archived).toBe(false);
    await t.advanceTo(second + HOUR);
    expect((await t.thread(id)).archived).toBe(true);
    expect(await t.emitted('support.closed')).toHaveLength(1);
  });
});
