import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/tutorial submit` through the real discord.js client: the command answered with the form
 * (callback type 9), its submission starting the library forum's post with the card (the
 * buttons carrying the tutorial's number) as its starter message; a star press edits the card.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const FORUM = TEST_IDS.channels.forum; // `help`
const ZEYLA = '114941315417899012'; // invoker of the interaction fixtures
const BEN = '1458000000000000888';

describe(`/tutorial submit through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({
      configText: stringify({
        version: 1,
        community: { name: 'Test Guild', guildId: G },
        privacy: { messageContentDays: 0 },
        analytics: { enabled: false },
        automod: { builtInRules: { 'new-member-spam': false } },
        onboarding: { journey: [], reengagement: { enabled: false } },
        tutorials: { library: { forum: 'help' } },
      }),
      clock,
    });
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers with the form, starts the forum post with the card, and a rating edits the card', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    const command = loadFixture('interaction_create_command', {
      id: '1458000000000000701',
      token: 'form-token',
      data: {
        id: '1444840420147204101',
        name: 'tutorial',
        type: 1,
        options: [
          {
            name: 'submit',
            type: 1,
            options: [
              { name: 'category', type: 3, value: 'getting_started' },
              { name: 'level', type: 3, value: 'beginner' },
              { name: 'format', type: 3, value: 'video' },
            ],
          },
        ],
      },
    });
    await discord.dispatch('INTERACTION_CREATE', command);
    const form = await discord.waitForRequest('POST', '/interactions/1458000000000000701/form-token/callback');
    await app.engine.settle();
    const formBody = form.body as {
      type: number;
      data: { custom_id: string; title: string; components: { component: { custom_id: string } }[] };
    };
    expect(formBody.type).toBe(9);
    expect(formBody.data.custom_id).toBe('tutorials:submit:getting_started:beginner:video');
    expect(formBody.data.title).toBe('Submit a tutorial');
    expect(formBody.data.components.map((c) => c.component.custom_id)).toEqual(['title', 'summary', 'link', 'body']);

    const SUBMIT = '1458000000000000702';
    const modal = loadFixture('interaction_create_modal', { id: SUBMIT, token: 'submit-token' });
    const field = (customId: string, value: string) => ({
      type: 18,
      component: { type: 4, custom_id: customId, value },
    });
    modal.data = {
      custom_id: 'tutorials:submit:getting_started:beginner:video',
      components: [
        field('title', 'Your first bot'),
        field('summary', 'Build a bot in ten minutes.'),
        field('link', 'https://example.com/video'),
        field('body', ''),
      ],
    };
    modal.channel_id = GENERAL;
    const threadId = '1458000000000000750';
    discord.replyOnce('POST', `/channels/${FORUM}/threads`, 201, {
      id: threadId,
      type: 11,
      guild_id: G,
      parent_id: FORUM,
      owner_id: discord.botUserId,
      name: 'Your first bot',
      message: { id: threadId, channel_id: threadId, content: '' },
    });
    discord.clearRequests();
    await discord.dispatch('INTERACTION_CREATE', modal);
    const callback = await discord.waitForRequest('POST', `/interactions/${SUBMIT}/submit-token/callback`);
    await app.engine.settle();

    const writes = discord.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /channels/${FORUM}/threads`,
      `POST /interactions/${SUBMIT}/submit-token/callback`,
    ]);
    const [post] = discord.requestsTo('POST', `/channels/${FORUM}/threads`);
    expect(post?.body).toMatchObject({
      name: 'Your first bot',
      message: {
        embeds: [
          {
            title: '#1 Your first bot',
            description: 'Build a bot in ten minutes.',
            fields: [
              { name: 'Category', value: 'Getting started', inline: true },
              { name: 'Level', value: 'Beginner', inline: true },
              { name: 'Format', value: 'Video', inline: true },
              { name: 'Author', value: `<@${ZEYLA}>`, inline: true },
              { name: 'Review', value: 'Awaiting expert review', inline: true },
              { name: 'Rating', value: 'No ratings yet', inline: true },
              { name: 'Views', value: '0', inline: true },
              { name: 'Completions', value: '0', inline: true },
              { name: 'Link', value: 'https://example.com/video', inline: false },
            ],
          },
        ],
        components: [
          {
            type: 1,
            components: [1, 2, 3, 4, 5].map((n) => ({
              type: 2,
              style: 2,
              label: '★'.repeat(n),
              custom_id: `tutorials:rate:1:${n}`,
            })),
          },
          {
            type: 1,
            components: [
              { type: 2, style: 1, label: 'Start', custom_id: 'tutorials:start:1' },
              { type: 2, style: 3, label: 'Mark complete', custom_id: 'tutorials:complete:1' },
              { type: 2, style: 2, label: 'Review (experts)', custom_id: 'tutorials:review:1' },
            ],
          },
        ],
      },
    });
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: `Thanks! Your tutorial is #1: https://discord.com/channels/${G}/${threadId}. An expert will review it.`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });

    discord.clearRequests();
    const press = loadFixture('interaction_create_button', { id: '1458000000000000703', token: 'token-703' });
    press.data = { custom_id: 'tutorials:rate:1:4', component_type: 2, id: 2 };
    press.member = {
      user: { id: BEN, username: 'ben', discriminator: '0', global_name: 'Ben', avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: '2026-01-01T12:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '0',
    };
    press.channel_id = threadId;
    await discord.dispatch('INTERACTION_CREATE', press);
    const rated = await discord.waitForRequest('POST', '/interactions/1458000000000000703/token-703/callback');
    await app.engine.settle();
    expect(rated.body).toMatchObject({
      type: 4,
      data: { content: expect.stringContaining('Rated ★★★★ (4/5) on #1') as unknown, flags: 64 },
    });
    const [edit] = discord.requestsTo('PATCH', `/channels/${threadId}/messages/${threadId}`);
    expect(edit?.body).toMatchObject({
      embeds: [
        {
          fields: expect.arrayContaining([{ name: 'Rating', value: '★ 4.0 / 5 (1 rating)', inline: true }]) as unknown,
        },
      ],
    });
  });
});
