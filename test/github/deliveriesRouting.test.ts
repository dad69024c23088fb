import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMBED_LIMITS } from '../../src/platform/discordLimits.js';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { deliverPayload, deliveryRows, payload, SECRET } from './deliveriesHarness.js';

type Json = Record<string, unknown>;

/** A pull request payload (real example) with another base branch, labels, author or sender. */
function pullRequest(changes: {
  base?: string;
  labels?: string[];
  author?: string;
  sender?: Json;
  number?: number;
  title?: string;
}): Json {
  const body = payload('pull_request.opened');
  const pr = { ...(body.pull_request as Json) };
  if (changes.base !== undefined) pr.base = { ...(pr.base as Json), ref: changes.base };
  if (changes.labels !== undefined) pr.labels = changes.labels.map((name) => ({ name }));
  if (changes.author !== undefined) pr.user = { ...(pr.user as Json), login: changes.author };
  if (changes.number !== undefined) pr.number = changes.number;
  if (changes.title !== undefined) pr.title = changes.title;
  return { ...body, pull_request: pr, ...(changes.sender === undefined ? {} : { sender: changes.sender }) };
}

describe(`github delivery routing (${testDialect})`, () => {
  let c: ContentCommunity;
  let n = 0;
  const send = (event: string, body: Json) => deliverPayload(c, event, `r-${++n}`, body).then(() => `r-${n}`);
  const inChannel = async (name: string) => (await c.messagesIn(c.channels[name] ?? '')).map((m) => m.embeds[0]?.title);

  beforeAll(async () => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', SECRET);
    c = await openContentCommunity(
      {
        github: {
          deliveries: {
            routes: [
              { events: ['pull_request'], branches: ['main', 'release/*'], channel: 'code-review' },
              { events: ['pull_request'], labels: ['Security'], channel: '#security' },
              { events: ['pull_request'], authors: ['octo-lead'], excludeAuthors: ['intern'], channel: 'leads' },
              { events: ['release'], channel: 'announcements' },
              { events: ['issues'], repositories: ['codertocat/*'], channel: 'development' },
              { events: ['issues'], thread: true, channel: 'issue-forum' },
            ],
          },
        },
      },
      {
        channels: [
          'code-review',
          'security',
          'leads',
          'announcements',
          'development',
          { name: 'issue-forum', kind: 'forum' },
        ],
      },
    );
  });
  afterAll(async () => {
    await c.close();
    vi.unstubAllEnvs();
  });

  it('routes by branch glob: main and release/* go to code review, other branches are filtered with the reason', async () => {
    await send('pull_request', pullRequest({ base: 'main', number: 10 }));
    await send('pull_request', pullRequest({ base: 'release/2.0', number: 11 }));
    const off = await send('pull_request', pullRequest({ base: 'feature/x', number: 12 }));
    expect(await inChannel('code-review')).toEqual([
      '[Codertocat/Hello-World] Pull request opened: #10 Update the README with new information.',
      '[Codertocat/Hello-World] Pull request opened: #11 Update the README with new information.',
    ]);
    expect((await deliveryRows(c))[off]).toMatchObject({
      status: 'filtered',
      reason: 'branch feature/x not in main, release/*',
      channels: '[]',
    });
  });

  it('routes by label (any of, case-insensitive) and by author, excluding authors', async () => {
    await send('pull_request', pullRequest({ base: 'dev', labels: ['security', 'deps'], number: 20 }));
    await send('pull_request', pullRequest({ base: 'dev', author: 'Octo-Lead', number: 21 }));
    await send('pull_request', pullRequest({ base: 'dev', author: 'intern', number: 22 }));
    expect(await inChannel('security')).toEqual([
      '[Codertocat/Hello-World] Pull request opened: #20 Update the README with new information.',
    ]);
    expect(await inChannel('leads')).toEqual([
      '[Codertocat/Hello-World] Pull request opened: #21 Update the README with new information.',
    ]);
  });

  it('filters deliveries sent by bots', async () => {
    const id = await send(
      'pull_request',
      pullRequest({ base: 'main', sender: { login: 'dependabot[bot]', id: 49699333, type: 'Bot' }, number: 30 }),
    );
    expect((await deliveryRows(c))[id]).toMatchObject({ status: 'filtered', reason: 'bot sender dependabot[bot]' });
  });

  it('shows a pull request base ← head, labels and merged', async () => {
    const body = pullRequest({ base: 'main', labels: ['bug'], number: 40 });
    const pr = body.pull_request as Json;
    const merged = {
      ...body,
      action: 'closed',
      pull_request: { ...pr, merged: true, merged_at: '2026-03-01T12:00:00Z', merged_by: pr.user, state: 'closed' },
    };
    await send('pull_request', merged);
    const [, , last] = await c.messagesIn(c.channels['code-review'] ?? '');
    expect(last?.embeds[0]).toMatchObject({
      title: '[Codertocat/Hello-World] Pull request merged: #40 Update the README with new information.',
      description: 'https://github.com/Codertocat/Hello-World/pull/2',
      color: 0x8250df,
      fields: [
        { name: 'Author', value: 'Codertocat', inline: true },
        { name: 'Branch', value: 'main ← changes', inline: true },
        { name: 'Merged', value: 'yes, by Codertocat', inline: true },
        { name: 'Labels', value: 'bug', inline: false },
      ],
      footer: 'pull_request · closed · by Codertocat',
    });
  });

  it('announces a release with a changelog summary of its notes', async () => {
    const body = payload('release.published');
    const notes = [
      '## Features',
      '- Faster sync',
      '- Dark mode',
      'Some prose that is not kept.',
      '## Fixes',
      ...Array.from({ length: 200 }, (_, i) => `- fix number ${i} with a fairly long description to fill the space`),
    ].join('\n');
    await send('release', { ...body, release: { ...(body.release as Json), name: 'v1.0 Aurora', body: notes } });
    const [release] = await c.messagesIn(c.channels.announcements ?? '');
    const embed = release?.embeds[0];
    expect(embed?.title).toBe('[Codertocat/Hello-World] Release published: v1.0 Aurora');
    expect(
      embed?.description?.startsWith(
        'https://github.com/Codertocat/Hello-World/releases/tag/0.0.1\n\n**Features**\n• Faster sync\n• Dark mode\n**Fixes**\n• fix number 0',
      ),
    ).toBe(true);
    expect(embed?.description).toMatch(/… and \d+ more$/);
    expect(embed?.description?.length).toBeLessThanOrEqual(1600);
  });

  it('keeps a very long title and labels within the embed limits', async () => {
    const long = 'A'.repeat(500);
    const labels = Array.from({ length: 100 }, (_, i) => `label-${i}-${'x'.repeat(20)}`);
    await send('pull_request', pullRequest({ base: 'main', title: long, labels, number: 50 }));
    const messages = await c.messagesIn(c.channels['code-review'] ?? '');
    const embed = messages.at(-1)?.embeds[0];
    expect(embed?.title).toHaveLength(EMBED_LIMITS.title);
    expect(embed?.title?.endsWith('…')).toBe(true);
    const labelField = embed?.fields?.find((f) => f.name === 'Labels');
    expect(labelField?.value).toHaveLength(EMBED_LIMITS.fieldValue);
    expect(labelField?.value.endsWith('…')).toBe(true);
  });

  it('routes by repository glob and opens one forum post per issue, later deliveries replying in it', async () => {
    const opened = payload('issues.opened');
    await send('issues', opened);
    await send('issues', payload('issues.labeled'));
    const otherIssue = { ...opened, issue: { ...(opened.issue as Json), number: 7, title: 'Another issue' } };
    await send('issues', otherIssue);
    expect(await inChannel('development')).toHaveLength(3);
    const threads = await c.rows('github_threads');
    expect(threads.map((t) => t.subject_key).sort()).toEqual(['codertocat/hello-world#1', 'codertocat/hello-world#7']);
    const first = threads.find((t) => t.subject_key === 'codertocat/hello-world#1');
    const inPost = await c.allMessagesIn(String(first?.thread_id));
    expect(inPost.map((m) => m.embeds[0]?.title)).toEqual([
      '[Codertocat/Hello-World] Issue opened: #1 Spelling error in the README file',
      '[Codertocat/Hello-World] Issue labeled: #1 Spelling error in the README file',
    ]);
    const rows = Object.values(await deliveryRows(c)).filter((r) => r.event === 'issues');
    expect(rows.map((r) => JSON.parse(String(r.channels)) as string[]).every((ch) => ch.length === 2)).toBe(true);
  });

  it('filters an event no route listens to, with the reason', async () => {
    const id = await send('push', payload('push'));
    expect((await deliveryRows(c))[id]).toMatchObject({ status: 'filtered', reason: 'no route for the event' });
  });

  it('lists deliveries by status and counts them per event and status (dashboard API)', async () => {
    const route = (path: string) => {
      const found = c.c.engine.moduleRoutes().find((r) => r.moduleId === 'github' && r.route.path === path);
      if (found === undefined) throw new Error(path);
      return found.route;
    };
    const actor = { userId: '1', name: 'Staff', role: 'viewer' as const, devLogin: true };
    const input = (query: Record<string, unknown>) => ({
      params: {},
      query,
      body: {},
      actor,
      guildId: c.guildId,
      requestId: 'q',
    });
    const listed = await c.c.engine.runRoute('github', route('/deliveries'), input({ status: 'filtered', limit: 50 }));
    if (listed.status !== 200) throw new Error('refused');
    const { deliveries } = listed.body as { deliveries: { status: string; reason: string | null }[] };
    // The intern's pull request (author excluded from leads) was filtered by the branch route's reason.
    expect(deliveries.map((d) => d.reason).sort()).toEqual([
      'bot sender dependabot[bot]',
      'branch dev not in main, release/*',
      'branch feature/x not in main, release/*',
      'no route for the event',
    ]);
    const stats = await c.c.engine.runRoute('github', route('/stats'), input({ days: 7 }));
    if (stats.status !== 200) throw new Error('refused');
    const body = stats.body as { total: number; byEvent: unknown[]; byStatus: unknown[]; daily: { count: number }[] };
    expect(body.byStatus).toEqual([
      { status: 'routed', count: body.total - 4 },
      { status: 'filtered', count: 4 },
    ]);
    expect(body.byEvent).toContainEqual({ event: 'push', count: 1 });
    expect(body.daily).toHaveLength(7);
    expect(body.daily.at(-1)?.count).toBe(body.total);
  });
});

describe(`github notices mention linked members (${testDialect})`, () => {
  let c: ContentCommunity;
  const LINKED = '849000000000000021';
  beforeAll(async () => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', SECRET);
    c = await openContentCommunity(
      {
        github: {
          deliveries: { routes: [{ events: ['issues'], channel: 'development' }] },
          accounts: { mentionMapping: { codertocat: LINKED } },
        },
      },
      { channels: ['development'] },
    );
  });
  afterAll(async () => {
    await c.close();
    vi.unstubAllEnvs();
  });

  it('mentions the Discord member mapped to the GitHub login, pinging only them', async () => {
    await deliverPayload(c, 'issues', 'm-1', payload('issues.opened'));
    const [notice] = await c.messagesIn(c.channels.development ?? '');
    expect(notice?.content).toBe(`<@${LINKED}>`);
    expect(notice?.pinged).toEqual({ userIds: [LINKED], roleIds: [] });
    expect(await c.rows('github_deliveries')).toEqual([
      expect.objectContaining({ delivery_id: 'm-1', sender: 'Codertocat' }),
    ]);
  });
});
