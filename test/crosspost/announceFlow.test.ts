import { MockAgent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentCommunity, MINUTE, type ContentCommunity } from '../content/contentCommunity.js';

const HOOK = 'https://hooks.example.com';

describe('crosspost: /announce → preview → publish, with outgoing webhooks', () => {
  let c: ContentCommunity | undefined;
  let agent: MockAgent;
  let previous: Dispatcher;
  beforeEach(() => {
    previous = getGlobalDispatcher();
    agent = new MockAgent();
    agent.disableNetConnect();
    setGlobalDispatcher(agent);
    process.env.CROSSPOST_TEST_X_URL = `${HOOK}/x`;
    process.env.CROSSPOST_TEST_GENERIC_URL = `${HOOK}/generic`;
    process.env.CROSSPOST_TEST_HEADERS = JSON.stringify({ authorization: 'Bearer t0ken' });
    delete process.env.CROSSPOST_TEST_MISSING_URL;
  });
  afterEach(async () => {
    await c?.close();
    c = undefined;
    setGlobalDispatcher(previous);
    await agent.close();
  });

  const open = (targets: unknown[], maxAttempts = 3) =>
    openContentCommunity({
      crosspost: {
        announcements: { discord: { channel: 'announcements' }, targets, hashtags: ['community'], maxAttempts },
      },
    });

  async function composeAndPublish(cc: ContentCommunity) {
    const mira = await cc.user('mira');
    const form = await cc.command(mira, 'announce', null);
    expect(form.modal?.customId).toBe('crosspost:compose');
    const preview = await cc.submitModal(mira, form.interactionId, {
      title: 'Release 2.0',
      text: 'We shipped **version 2.0** today.',
      link: 'https://example.com/r2',
      hashtags: 'release',
    });
    expect(preview.reply?.ephemeral).toBe(true);
    const embeds = preview.reply?.embeds ?? [];
    expect(embeds.map((e) => e.title?.split(' — ')[0]).slice(0, 4)).toEqual(['Discord', 'X', 'LinkedIn', 'YouTube']);
    expect(embeds[1]?.description).toBe(
      'Release 2.0\n\nWe shipped version 2.0 today.\n\nhttps://example.com/r2\n\n#release #community',
    );
    expect(embeds[1]?.title).toContain('X — 88/280 · 2/3 hashtags');
    const publishId = `crosspost:publish:${preview.interactionId}`;
    const published = await cc.c.sandbox.pressReplyComponent({
      interactionId: preview.interactionId,
      userId: mira,
      customId: publishId,
    });
    await cc.c.settle();
    const answer = await cc.c.sandbox.getInteraction(published.interactionId);
    expect(answer?.reply?.content).toContain('Published: posted in');
    return { mira, postId: preview.interactionId };
  }

  it('posts the Discord text in #announcements and delivers to each webhook with its shape and an idempotency key', async () => {
    const bodies: { path: string; body: unknown; key: unknown; auth: unknown }[] = [];
    const pool = agent.get(HOOK);
    for (const path of ['/x', '/generic']) {
      pool.intercept({ path, method: 'POST' }).reply(200, (opts) => {
        const headers = opts.headers as Record<string, string>;
        bodies.push({
          path,
          body: JSON.parse(opts.body as string),
          key: headers['idempotency-key'],
          auth: headers.authorization,
        });
        return 'ok';
      });
    }
    c = await open([
      { id: 'x-relay', platform: 'x', urlEnv: 'CROSSPOST_TEST_X_URL', headersEnv: 'CROSSPOST_TEST_HEADERS' },
      { id: 'zapier', platform: 'generic', urlEnv: 'CROSSPOST_TEST_GENERIC_URL' },
    ]);
    const { postId } = await composeAndPublish(c);
    const channel = await c.channelId('announcements');
    const posted = await c.messagesIn(channel);
    expect(posted.at(-1)?.content).toBe(
      '**Release 2.0**\n\nWe shipped **version 2.0** today.\n\nhttps://example.com/r2\n\n#release #community',
    );
    await c.runDueJobs();
    bodies.sort((a, b) => b.path.localeCompare(a.path));
    expect(bodies).toEqual([
      {
        path: '/x',
        body: { text: 'Release 2.0\n\nWe shipped version 2.0 today.\n\nhttps://example.com/r2\n\n#release #community' },
        key: `${postId}:x-relay`,
        auth: 'Bearer t0ken',
      },
      {
        path: '/generic',
        body: {
          text: 'Release 2.0\n\nWe shipped version 2.0 today.\n\nhttps://example.com/r2\n\n#release #community',
          title: 'Release 2.0',
          link: 'https://example.com/r2',
          hashtags: ['release', 'community'],
          platform: 'generic',
        },
        key: `${postId}:zapier`,
        auth: undefined,
      },
    ]);
    const deliveries = await c.rows('crosspost_deliveries');
    // Rows in no particular order (PostgreSQL moves an updated row): sorted by target.
    expect(deliveries.map((d) => [d.target_id, d.status, Number(d.attempts), Number(d.http_status)]).sort()).toEqual([
      ['x-relay', 'delivered', 1, 200],
      ['zapier', 'delivered', 1, 200],
    ]);
    expect((await c.emitted<{ targetId: string }>('crosspost.delivered')).map((e) => e.targetId).sort()).toEqual([
      'x-relay',
      'zapier',
    ]);
    expect(await c.emitted('crosspost.published')).toHaveLength(1);
  });

  it('retries after a 500 and records both attempts; fails for good after maxAttempts', async () => {
    const pool = agent.get(HOOK);
    pool.intercept({ path: '/x', method: 'POST' }).reply(500, 'boom');
    pool.intercept({ path: '/x', method: 'POST' }).reply(201, 'ok');
    pool.intercept({ path: '/generic', method: 'POST' }).reply(503, 'down').times(2);
    c = await open(
      [
        { id: 'x-relay', platform: 'x', urlEnv: 'CROSSPOST_TEST_X_URL' },
        { id: 'zapier', platform: 'generic', urlEnv: 'CROSSPOST_TEST_GENERIC_URL' },
      ],
      2,
    );
    await composeAndPublish(c);
    await c.advanceBy(10 * MINUTE);
    const attempts = (await c.rows('crosspost_attempts')).map((a) => [
      a.target_id,
      Number(a.attempt),
      Number(a.ok),
      Number(a.http_status),
    ]);
    expect(attempts.sort()).toEqual([
      ['x-relay', 1, 0, 500],
      ['x-relay', 2, 1, 201],
      ['zapier', 1, 0, 503],
      ['zapier', 2, 0, 503],
    ]);
    const deliveries = await c.rows('crosspost_deliveries');
    const byTarget = new Map(deliveries.map((d) => [String(d.target_id), d]));
    expect(byTarget.get('x-relay')?.status).toBe('delivered');
    expect(byTarget.get('zapier')?.status).toBe('failed');
    expect(byTarget.get('zapier')?.last_error).toBe('HTTP 503: down');
    expect(await c.emitted<{ targetId: string; attempts: number }>('crosspost.failed')).toEqual([
      expect.objectContaining({ targetId: 'zapier', attempts: 2, httpStatus: 503 }),
    ]);
  });

  it('records a clear failure when the URL environment variable is missing', async () => {
    c = await open([{ id: 'linkedin', platform: 'linkedin', urlEnv: 'CROSSPOST_TEST_MISSING_URL' }]);
    await composeAndPublish(c);
    await c.runDueJobs();
    const [delivery] = await c.rows('crosspost_deliveries');
    expect(delivery?.status).toBe('failed');
    expect(delivery?.last_error).toBe('environment variable CROSSPOST_TEST_MISSING_URL (the webhook URL) is not set');
  });

  it('refuses /announce to members who are not staff, and erase replaces the author', async () => {
    c = await open([]);
    const sam = await c.user('sam');
    const answer = await c.command(sam, 'announce', null);
    expect(answer.reply?.content).toBe('Only announcement staff can use /announce.');
    const { mira } = await composeAndPublish(c);
    await c.c.engine.memberData.eraseMember(c.guildId, mira, 'test', { keepModerationRecords: false });
    const [post] = await c.rows('crosspost_posts');
    expect(post?.author_id).toBe('erased');
  });
});
