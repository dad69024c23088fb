import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { InteractionAnswers, MODAL_AFTER_DEFER } from '../../src/core/outbox/InteractionAnswers.js';
import { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { httpDeferral } from '../../src/platform/discord/httpInteraction.js';
import type { InteractionRef } from '../../src/platform/Platform.js';
import { InteractionAcks } from '../../src/store/InteractionAcks.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from './DiscordTestServer.js';
import { multipartOf } from './multipartOf.js';

/**
 * First answers of interactions received on the HTTP interactions endpoint, through the real
 * discord.js client: the answer goes to the endpoint (no request to Discord) while it waits,
 * and becomes an edit of the original once the endpoint deferred.
 */
const ORIGINAL = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@|%40)original$/;
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const ref = (id: string): InteractionRef => ({
  interactionId: id,
  token: `tok-${id}`,
  channelId: TEST_IDS.channels.general,
  userId: TEST_IDS.memberUserId,
});

describe(`first answers of HTTP interactions through discord.js (${testDialect})`, () => {
  let discord: DiscordTestServer;
  let store: TestStore;
  let acks: InteractionAcks;
  let platform: DiscordPlatform;
  let answers: InteractionAnswers;
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  let next = 1_456_255_637_913_604_900n;
  const received = async (): Promise<InteractionRef> => {
    next += 1n;
    const interaction = ref(next.toString());
    await acks.open(interaction.interactionId, clock.now());
    return interaction;
  };

  beforeAll(async () => {
    discord = await startDiscordTestServer({ transport: 'mock-agent' });
    const message = { id: '1456999999999999999', channel_id: TEST_IDS.channels.general, content: '' };
    discord.reply('PATCH', ORIGINAL, 200, message);
    store = await openTestStore();
    acks = new InteractionAcks(store.db);
    platform = new DiscordPlatform({
      token: discord.token,
      guildId: discord.guildId,
      apiUrl: discord.apiUrl,
      log: silentLogger(),
      clock,
      httpAcks: acks,
    });
    answers = new InteractionAnswers({ platform, clock, log: silentLogger() });
  });
  afterAll(async () => {
    answers.stop();
    await platform.stop();
    await discord.close();
    await store.destroy();
  });
  beforeEach(() => {
    discord.clearRequests();
  });

  it('an answer while the endpoint waits becomes its HTTP response: no request to Discord', async () => {
    const interaction = await received();
    await answers.respond(interaction, { content: 'You have 12 points.', ephemeral: true });
    expect(discord.requests).toEqual([]);
    expect(await acks.read(interaction.interactionId)).toEqual({
      state: 'answered',
      response: { type: 4, data: { content: 'You have 12 points.', allowed_mentions: { parse: [] }, flags: 64 } },
    });
  });

  it('after the endpoint deferred, the answer edits the original response', async () => {
    const interaction = await received();
    expect(await acks.deferIfPending(interaction.interactionId, httpDeferral())).toBe(true);
    await answers.respond(interaction, { content: 'Locked 12 channels.', ephemeral: true });
    expect(discord.requestsTo('POST', CALLBACK)).toEqual([]);
    const [edit] = discord.requestsTo('PATCH', ORIGINAL);
    expect(edit?.path).toBe(`/webhooks/${TEST_IDS.applicationId}/${interaction.token}/messages/%40original`);
    expect(edit?.body).toEqual({ content: 'Locked 12 channels.', allowed_mentions: { parse: [] } });
    // The endpoint's deferral stays what it sent.
    expect(await acks.read(interaction.interactionId)).toEqual({
      state: 'deferred',
      response: { type: 5, data: { flags: 64 } },
    });
  });

  it('a form after the endpoint deferred: the deferral says to try again', async () => {
    const interaction = await received();
    await acks.deferIfPending(interaction.interactionId, httpDeferral());
    await answers.showModal(interaction, {
      customId: 'report',
      title: 'Report',
      inputs: [{ customId: 'why', label: 'Why?', style: 'short' }],
    });
    expect(discord.requestsTo('PATCH', ORIGINAL).map((r) => r.body)).toEqual([
      { content: MODAL_AFTER_DEFER, allowed_mentions: { parse: [] } },
    ]);
  });

  it('a form while the endpoint waits goes as its HTTP response (callback type 9)', async () => {
    const interaction = await received();
    await platform.showModal(interaction, {
      customId: 'report',
      title: 'Report',
      inputs: [{ customId: 'why', label: 'Why?', style: 'short' }],
    });
    expect(discord.requests).toEqual([]);
    const state = await acks.read(interaction.interactionId);
    expect(state?.state).toBe('answered');
    expect(state?.state === 'answered' ? (state.response as { type: number }).type : null).toBe(9);
  });

  it('an answer with files: a deferral for the endpoint, then the files in an edit of it', async () => {
    const interaction = await received();
    await platform.respondToInteraction(interaction, {
      content: 'Your data.',
      ephemeral: true,
      files: [{ name: 'export.json', data: '{"points":12}', contentType: 'application/json' }],
    });
    expect(await acks.read(interaction.interactionId)).toEqual({
      state: 'answered',
      response: { type: 5, data: { flags: 64 } },
    });
    const [edit] = discord.requestsTo('PATCH', ORIGINAL);
    if (edit === undefined) throw new Error('no edit of the original response');
    const parts = await multipartOf(edit);
    expect(parts.map((part) => part.field).sort()).toEqual(['files[0]', 'payload_json']);
  });

  it('an interaction from the gateway (no row) is answered with the callback request as before', async () => {
    await platform.respondToInteraction(ref('1456255637913609999'), { content: 'Hi.' });
    expect(discord.requestsTo('POST', CALLBACK).map((r) => r.body)).toEqual([
      { type: 4, data: { content: 'Hi.', allowed_mentions: { parse: [] } } },
    ]);
  });
});
