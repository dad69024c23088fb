import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequest } from '../../src/platform/PlatformError.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';

const { general: GENERAL } = TEST_IDS.channels;
const MESSAGE = '849000000000000900';

/** A message object holding a poll with three answers (ids 1–3) and the given counts. */
function pollMessage(finalized: boolean, counts: { id: number; count: number }[] | null): Record<string, unknown> {
  return {
    id: MESSAGE,
    channel_id: GENERAL,
    content: '',
    poll: {
      question: { text: 'Next game night?' },
      answers: [1, 2, 3].map((answer_id) => ({ answer_id, poll_media: { text: `a${answer_id}` } })),
      expiry: '2026-03-03T12:00:00.000000+00:00',
      allow_multiselect: false,
      layout_type: 1,
      ...(counts === null
        ? {}
        : { results: { is_finalized: finalized, answer_counts: counts.map((c) => ({ ...c, me_voted: false })) } }),
    },
  };
}

describe('native polls on Discord', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('sendMessage with a poll posts Discord’s poll create request', async () => {
    await c.platform.sendMessage(GENERAL, {
      poll: { question: 'Next game night?', answers: ['Friday', 'Saturday'], durationHours: 2, allowMultiselect: true },
      nonce: 'feedback:poll:1',
    });
    const request = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    expect(request.body).toEqual({
      poll: {
        question: { text: 'Next game night?' },
        answers: [{ poll_media: { text: 'Friday' } }, { poll_media: { text: 'Saturday' } }],
        duration: 2,
        allow_multiselect: true,
        layout_type: 1,
      },
      allowed_mentions: { parse: [] },
      nonce: expect.any(String) as unknown,
      enforce_nonce: true,
    });
  });

  it('refuses a poll beyond Discord’s limits before any request', async () => {
    const send = (poll: { question: string; answers: string[]; durationHours: number }) =>
      c.platform.sendMessage(GENERAL, { poll });
    await expect(send({ question: 'Q', answers: ['a', 'x'.repeat(56)], durationHours: 1 })).rejects.toThrow(
      'characters; Discord allows 55',
    );
    await expect(send({ question: 'Q', answers: ['a', 'b'], durationHours: 769 })).rejects.toThrow(
      'a poll lasts 1 to 768 whole hours (769 given)',
    );
    await expect(
      send({ question: 'Q', answers: Array.from({ length: 11 }, (_, i) => `${i}`), durationHours: 1 }),
    ).rejects.toThrow('a poll has 1 to 10 answers (11 given)');
    expect(c.discord.requestsTo('POST', `/channels/${GENERAL}/messages`)).toEqual([]);
  });

  it('endPoll expires the poll and reads the counts in answer order, unchosen answers 0', async () => {
    c.discord.replyOnce('GET', `/channels/${GENERAL}/messages/${MESSAGE}`, 200, pollMessage(false, null));
    c.discord.replyOnce(
      'POST',
      `/channels/${GENERAL}/polls/${MESSAGE}/expire`,
      200,
      pollMessage(true, [
        { id: 3, count: 1 },
        { id: 1, count: 4 },
      ]),
    );
    expect(await c.platform.endPoll(GENERAL, MESSAGE)).toEqual({ counts: [4, 0, 1], finalized: true });
    const expire = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/polls/${MESSAGE}/expire`);
    expect(expire.body).toBeUndefined();
  });

  it('endPoll on a poll already ended reads it without expiring again', async () => {
    c.discord.replyOnce(
      'GET',
      `/channels/${GENERAL}/messages/${MESSAGE}`,
      200,
      pollMessage(true, [{ id: 2, count: 7 }]),
    );
    expect(await c.platform.endPoll(GENERAL, MESSAGE)).toEqual({ counts: [0, 7, 0], finalized: true });
    expect(c.discord.requestsTo('POST', `/channels/${GENERAL}/polls/${MESSAGE}/expire`)).toEqual([]);
  });

  it('endPoll racing Discord’s own expiry (520001) reads the final counts', async () => {
    c.discord.replyOnce(
      'GET',
      `/channels/${GENERAL}/messages/${MESSAGE}`,
      200,
      pollMessage(false, [{ id: 1, count: 1 }]),
    );
    c.discord.replyOnce(
      'POST',
      `/channels/${GENERAL}/polls/${MESSAGE}/expire`,
      400,
      discordError(520001, 'Poll expired'),
    );
    c.discord.replyOnce(
      'GET',
      `/channels/${GENERAL}/messages/${MESSAGE}`,
      200,
      pollMessage(true, [{ id: 1, count: 2 }]),
    );
    expect(await c.platform.endPoll(GENERAL, MESSAGE)).toEqual({ counts: [2, 0, 0], finalized: true });
  });

  it('fetchPollResults refuses a message without a poll', async () => {
    c.discord.replyOnce('GET', `/channels/${GENERAL}/messages/${MESSAGE}`, 200, { id: MESSAGE, channel_id: GENERAL });
    await expect(c.platform.fetchPollResults(GENERAL, MESSAGE)).rejects.toBeInstanceOf(InvalidRequest);
  });
});
