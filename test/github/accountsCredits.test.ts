import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import {
  actor,
  codeIn,
  deliver,
  fakeGithub,
  issue,
  mergedPull,
  review,
  VERIFY,
  type FakeGithub,
} from './accountsFixture.js';

const MAPPED_ID = '100000000000000001';

/** Credits on `github.delivery_received`: once per fact, linked members only, bots and self-reviews skipped; the thank-you on merge. */
describe(`github accounts: credits and thanks (${testDialect})`, () => {
  let t: ContentCommunity;
  let github: FakeGithub;
  let sam: string;
  beforeEach(async () => {
    github = fakeGithub();
    t = await openContentCommunity(
      {
        github: {
          accounts: { mentionMapping: { 'Mapped-Dev': MAPPED_ID }, bugLabels: ['Bug'], thanks: { channel: 'shipped' } },
        },
        recognition: { points: { code_review: 15 } },
      },
      { channels: ['shipped'] },
    );
    sam = await t.user('sam');
    const started = await t.command(sam, 'github', 'link', { login: 'octo-cat' });
    github.profile('octo-cat', { bio: codeIn(started.reply?.content) });
    await t.c.sandbox.pressReplyComponent({ interactionId: started.interactionId, userId: sam, customId: VERIFY });
    await t.c.settle();
  });
  afterEach(async () => {
    await t.close();
    await github.restore();
  });

  const awards = async () =>
    (await t.rows('recognition_awards'))
      .filter((a) => a.reason !== 'message')
      .map((a) => ({ user: a.user_id, reason: a.reason, points: Number(a.points) }));

  it('credits a merged pull request once, and thanks its author in the thanks channel', async () => {
    await deliver(t, mergedPull('d-1', actor('Octo-Cat')));
    await deliver(t, mergedPull('d-1', actor('Octo-Cat'))); // the same delivery again
    await deliver(t, mergedPull('d-2', actor('Octo-Cat'))); // a new delivery of the same merge
    expect(await awards()).toEqual([{ user: sam, reason: 'code_contribution', points: 100 }]);
    expect(await t.rows('github_credits')).toEqual([
      expect.objectContaining({
        kind: 'code_contribution',
        source_id: 'https://github.com/acme/core/pull/7',
        user_id: sam,
        login: 'octo-cat',
        delivery_id: 'd-1',
      }),
    ]);
    const thanks = await t.messagesIn(t.channels.shipped ?? '');
    expect(thanks.map((m) => m.content)).toEqual([
      `🎉 Thank you <@${sam}> for your contribution: **Faster search** (acme/core#7) is merged! https://github.com/acme/core/pull/7`,
    ]);
    expect(await t.emitted('github.contribution_credited')).toEqual([
      { userId: sam, kind: 'code_contribution', sourceId: 'https://github.com/acme/core/pull/7', deliveryId: 'd-1' },
    ]);
  });

  it('credits reviews and bug reports, not self-reviews, bots or unlinked logins; the mapping counts', async () => {
    await deliver(t, review('r-1', actor('octo-cat'), actor('someone')));
    await deliver(t, review('r-2', actor('octo-cat'), actor('Octo-Cat'))); // own pull request
    await deliver(t, review('r-3', actor('octo-cat'), actor('someone'), 'commented'));
    await deliver(t, issue('i-1', actor('octo-cat'), ['bug']));
    await deliver(t, issue('i-2', actor('octo-cat'), ['bug'], 'labeled')); // the same issue again
    await deliver(t, issue('i-3', actor('octo-cat'), ['question'], 'opened', 12));
    await deliver(t, mergedPull('p-1', actor('dependabot[bot]', 'Bot'), 8));
    await deliver(t, mergedPull('p-2', actor('stranger'), 10));
    await deliver(t, mergedPull('p-3', actor('mapped-dev'), 11));
    expect(await awards()).toEqual([
      { user: sam, reason: 'code_review', points: 15 },
      { user: sam, reason: 'bug_reported', points: 10 },
      { user: MAPPED_ID, reason: 'code_contribution', points: 100 },
    ]);
    // The stranger is thanked by login; the bot is not thanked.
    const thanks = (await t.messagesIn(t.channels.shipped ?? '')).map((m) => m.content);
    expect(thanks).toEqual([
      '🎉 Thank you **stranger** for your contribution: **Faster search** (acme/core#10) is merged! https://github.com/acme/core/pull/10',
      `🎉 Thank you <@${MAPPED_ID}> for your contribution: **Faster search** (acme/core#11) is merged! https://github.com/acme/core/pull/11`,
    ]);
  });
});

describe(`github accounts: credits switched off (${testDialect})`, () => {
  let t: ContentCommunity | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it('credits and thanks nothing when switched off', async () => {
    t = await openContentCommunity(
      {
        github: {
          accounts: {
            mentionMapping: { 'octo-cat': MAPPED_ID },
            credits: { mergedPullRequests: false, bugReports: false },
            thanks: { enabled: false, channel: 'shipped' },
          },
        },
      },
      { channels: ['shipped'] },
    );
    await deliver(t, mergedPull('d-1', actor('octo-cat')));
    await deliver(t, issue('i-1', actor('octo-cat'), ['bug']));
    await deliver(t, review('r-1', actor('octo-cat'), actor('someone')));
    expect((await t.rows('github_credits')).map((r) => r.kind)).toEqual(['code_review']);
    expect(await t.messagesIn(t.channels.shipped ?? '')).toEqual([]);
  });
});
