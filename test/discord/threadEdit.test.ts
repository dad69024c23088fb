import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequest, isNotFound } from '../../src/platform/PlatformError.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture, type FixtureObject } from './fixtures.js';

const G = TEST_IDS.guildId;
const FORUM = TEST_IDS.channels.forum;
const { solved: SOLVED, question: QUESTION } = TEST_IDS.forumTags;
const POST = '1456255637913604200';
const ASKER = '114941315417899012';

/** A forum post as THREAD_CREATE / THREAD_UPDATE carry it (the captured thread, in the forum). */
function forumPost(state: {
  tags: string[];
  archived?: boolean;
  locked?: boolean;
  archivedAt?: string;
  name?: string;
}): FixtureObject {
  const thread = loadFixture('thread_create');
  return {
    ...thread,
    id: POST,
    parent_id: FORUM,
    owner_id: ASKER,
    name: state.name ?? 'Bot will not start',
    applied_tags: state.tags,
    thread_metadata: {
      archived: state.archived ?? false,
      auto_archive_duration: 1440,
      archive_timestamp: state.archivedAt ?? '2026-01-01T12:00:00.000000+00:00',
      locked: state.locked ?? false,
      create_timestamp: '2026-01-01T12:00:00.000000+00:00',
    },
  };
}

describe('forum posts: tags, archive and lock through discord.js (REST through undici MockAgent)', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform({ transport: 'mock-agent' });
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('THREAD_CREATE of a forum post carries its applied_tags as appliedTags', async () => {
    const events = await dispatchAndCollect(c, [['THREAD_CREATE', forumPost({ tags: [QUESTION] })]]);
    expect(events).toEqual([
      {
        id: `discord:thread.created:${POST}`,
        type: 'thread.created',
        guildId: G,
        occurredAt: Date.UTC(2026, 0, 1, 12),
        source: 'discord',
        payload: {
          threadId: POST,
          parentId: FORUM,
          ownerId: ASKER,
          name: 'Bot will not start',
          appliedTags: [QUESTION],
        },
      },
    ]);
  });

  it('editThread PATCHes the thread with applied_tags, archived, locked and the audit-log reason', async () => {
    c.discord.reply(
      'PATCH',
      `/channels/${POST}`,
      200,
      forumPost({ tags: [SOLVED, QUESTION], archived: true, locked: true }),
    );
    await c.platform.editThread(
      POST,
      { appliedTags: [SOLVED, QUESTION, SOLVED], archived: true, locked: true },
      'Solved: answer by @sam',
    );
    const [request] = c.discord.requestsTo('PATCH', `/channels/${POST}`);
    expect(request?.via).toBe('mock-agent');
    expect(request?.body).toEqual({ applied_tags: [SOLVED, QUESTION], archived: true, locked: true });
    expect(request?.auditLogReason).toBe('Solved: answer by @sam');
    expect(c.discord.requests).toHaveLength(1);

    await c.platform.editThread(POST, { name: '  Renamed  ', archived: false }, 'Reopened');
    expect(c.discord.requestsTo('PATCH', `/channels/${POST}`)[1]?.body).toEqual({ name: 'Renamed', archived: false });
  });

  it('checks tags before any request: at most 5, and only the cached forum’s own', async () => {
    await expect(c.platform.editThread(POST, { appliedTags: ['1', '2', '3', '4', '5', '6'] }, 'x')).rejects.toThrow(
      InvalidRequest,
    );
    // The post is cached since its THREAD_CREATE: its forum has no tag 42.
    await expect(c.platform.editThread(POST, { appliedTags: [QUESTION, '42'] }, 'x')).rejects.toThrow(/no tag 42/);
    await c.platform.editThread(POST, {}, 'nothing');
    expect(c.discord.requests).toEqual([]);
  });

  it('maps Unknown Channel to NotFound', async () => {
    const gone = '1456255637913604999';
    c.discord.replyOnce('PATCH', `/channels/${gone}`, 404, discordError(10003, 'Unknown Channel'));
    const error = await c.platform.editThread(gone, { archived: true }, 'x').catch((e: unknown) => e);
    expect(isNotFound(error, 'channel')).toBe(true);
  });

  it('THREAD_UPDATE becomes thread.updated with the thread after; a redelivery keeps its id, archiving again is new', async () => {
    const archived = forumPost({
      tags: [SOLVED],
      archived: true,
      locked: true,
      archivedAt: '2026-01-02T09:00:00.000000+00:00',
    });
    const reopened = forumPost({ tags: [SOLVED], archivedAt: '2026-01-03T09:00:00.000000+00:00' });
    const archivedAgain = forumPost({
      tags: [SOLVED],
      archived: true,
      locked: true,
      archivedAt: '2026-01-04T09:00:00.000000+00:00',
    });
    const events = await dispatchAndCollect(c, [
      ['THREAD_UPDATE', archived],
      ['THREAD_UPDATE', archived],
      ['THREAD_UPDATE', reopened],
      ['THREAD_UPDATE', archivedAgain],
    ]);
    expect(events.map((e) => e.type)).toEqual(['thread.updated', 'thread.updated', 'thread.updated', 'thread.updated']);
    expect(events[0]?.id).toMatch(new RegExp(`^discord:thread\\.updated:${POST}:[0-9a-f]{16}$`));
    expect(events[0]).toEqual({
      id: events[0]?.id,
      type: 'thread.updated',
      guildId: G,
      occurredAt: c.clock.now(),
      source: 'discord',
      payload: {
        threadId: POST,
        parentId: FORUM,
        name: 'Bot will not start',
        appliedTags: [SOLVED],
        archived: true,
        locked: true,
      },
    });
    expect(events[2]?.payload).toMatchObject({ archived: false, locked: false });
    const ids = events.map((e) => e.id);
    expect(ids[1]).toBe(ids[0]);
    expect(new Set([ids[0], ids[2], ids[3]]).size).toBe(3);
  });

  it('ignores thread updates of another guild', async () => {
    const other = { ...forumPost({ tags: [] }), guild_id: TEST_IDS.otherGuildId, parent_id: '849000000000000998' };
    expect(await dispatchAndCollect(c, [['THREAD_UPDATE', other]])).toEqual([]);
  });
});
