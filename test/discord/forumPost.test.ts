import { stringify } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { DEFAULT_AUTO_RESPONSES } from '../../src/modules/feedback/FeedbackConfig.js';
import { InvalidRequest } from '../../src/platform/PlatformError.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

const G = TEST_IDS.guildId;
const FORUM = TEST_IDS.channels.forum; // `help`, tags Solved and Question
const GENERAL = TEST_IDS.channels.general;
const ZEYLA = '114941315417899012'; // invoker of the interaction fixtures

describe('createForumPost through discord.js', () => {
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

  it('POSTs the post with its starter message and tags in one request, without the nonce', async () => {
    const post = await c.platform.createForumPost(FORUM, {
      name: '  Weekly thread  ',
      message: {
        content: 'Hello <@42>',
        embeds: [{ title: 'Card' }],
        components: [{ components: [{ kind: 'button', customId: 'x:y', label: 'Go', style: 'primary' }] }],
        allowedUserMentions: ['42'],
        nonce: 'feedback:card:1',
      },
      appliedTags: [TEST_IDS.forumTags.question, TEST_IDS.forumTags.question],
    });
    expect(c.discord.requests.map((r) => [r.method, r.path, r.body, r.auditLogReason])).toEqual([
      [
        'POST',
        `/channels/${FORUM}/threads`,
        {
          name: 'Weekly thread',
          auto_archive_duration: 1440,
          message: {
            content: 'Hello <@42>',
            embeds: [{ title: 'Card' }],
            components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'x:y', label: 'Go' }] }],
            allowed_mentions: { parse: [], users: ['42'] },
          },
          applied_tags: [TEST_IDS.forumTags.question],
        },
        'Guildhall',
      ],
    ]);
    // The starter message has the post's id.
    expect(post.messageId).toBe(post.threadId);
    expect(post.threadId).toMatch(/^\d+$/);
  });

  it('refuses, before any request, a bad name, too many or unknown tags, a poll or an empty message', async () => {
    const message = { content: 'Hi' };
    const attempts = [
      { name: ' ', message },
      { name: 'x'.repeat(101), message },
      { name: 'ok', message, appliedTags: ['1', '2', '3', '4', '5', '6'] },
      { name: 'ok', message, appliedTags: ['849000000000000999'] },
      {
        name: 'ok',
        message: { content: 'Vote', poll: { question: 'Which?', answers: ['A', 'B'], durationHours: 24 } },
      },
      { name: 'ok', message: { content: '  ' } },
    ];
    for (const attempt of attempts) {
      await expect(c.platform.createForumPost(FORUM, attempt)).rejects.toBeInstanceOf(InvalidRequest);
    }
    expect(c.discord.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe(`/feedback submit with a forum feedback.channel through discord.js (${testDialect})`, () => {
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
        feedback: { channel: 'help' },
      }),
      clock,
    });
  });
  afterAll(async () => {
    await running.close();
  });

  it('starts a post in the forum with the card as its starter message, then the auto-response in it', async () => {
    const { discord, app } = running;
    const SUBMIT = '1458000000000000102';
    const modal = loadFixture('interaction_create_modal', { id: SUBMIT, token: 'submit-token' });
    const field = (customId: string, value: string) => ({
      type: 18,
      component: { type: 4, custom_id: customId, value },
    });
    modal.data = {
      custom_id: 'feedback:form:bug',
      components: [field('title', 'Login fails'), field('details', 'Since Tuesday.')],
    };
    modal.channel_id = GENERAL;
    // Discord answers the post (a thread) with its starter message nested, sharing its id.
    const threadId = '1458000000000000500';
    discord.replyOnce('POST', `/channels/${FORUM}/threads`, 201, {
      id: threadId,
      type: 11,
      guild_id: G,
      parent_id: FORUM,
      owner_id: discord.botUserId,
      name: '#1 Login fails',
      message: { id: threadId, channel_id: threadId, content: '' },
    });
    discord.clearRequests();
    await discord.dispatch('INTERACTION_CREATE', modal);
    const callback = await discord.waitForRequest('POST', `/interactions/${SUBMIT}/submit-token/callback`);
    await app.engine.settle();

    const writes = discord.requests.filter((r) => r.method !== 'GET');
    const [post] = discord.requestsTo('POST', `/channels/${FORUM}/threads`);
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /channels/${FORUM}/threads`,
      `POST /channels/${threadId}/messages`,
      `POST /interactions/${SUBMIT}/submit-token/callback`,
    ]);
    expect(post?.body).toEqual({
      name: '#1 Login fails',
      auto_archive_duration: 1440,
      message: {
        embeds: [
          {
            title: '#1 Login fails',
            color: 0x5865f2,
            description: 'Since Tuesday.',
            fields: [
              { name: 'Type', value: 'Bug report', inline: true },
              { name: 'Status', value: 'New', inline: true },
              { name: 'From', value: `<@${ZEYLA}>`, inline: true },
            ],
          },
        ],
        components: [
          { type: 1, components: [{ type: 2, style: 2, label: 'Follow', custom_id: `feedback:follow:${SUBMIT}` }] },
        ],
        allowed_mentions: { parse: [] },
      },
    });
    const [response] = discord.requestsTo('POST', `/channels/${threadId}/messages`);
    expect(response?.body).toEqual({
      content: `<@${ZEYLA}> ${DEFAULT_AUTO_RESPONSES.bug} (#1)`,
      allowed_mentions: { parse: [], users: [ZEYLA] },
      nonce: expect.any(String) as string,
      enforce_nonce: true,
    });
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: `Thanks! Your feedback is #1: https://discord.com/channels/${G}/${threadId}`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });
});
