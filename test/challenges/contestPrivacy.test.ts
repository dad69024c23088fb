import { afterEach, describe, expect, it } from 'vitest';
import type { ContentCommunity } from '../content/contentCommunity.js';
import {
  OPENS,
  SUBMISSIONS_CLOSE,
  VOTING_CLOSE,
  entryCards,
  openContestCommunity,
  submit,
  vote,
  userOf,
} from './contestFixture.js';

describe('challenge data of a member', () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  }, 120_000);

  it('exports and erases entries, votes and judge scores; a result names the erased winner `erased`', async () => {
    c = await openContestCommunity();
    const sam = await userOf(c, 'sam');
    const kenji = await userOf(c, 'kenji');
    const noor = await userOf(c, 'noor');
    await c.advanceTo(OPENS + 1000);
    await submit(c, sam, 'alpha');
    await submit(c, kenji, 'beta');
    await c.advanceTo(SUBMISSIONS_CLOSE + 1000);
    const [alpha, beta] = await entryCards(c);
    if (alpha === undefined || beta === undefined) throw new Error('cards missing');
    await vote(c, sam, beta);
    await vote(c, kenji, alpha);
    await vote(c, noor, alpha);
    await c.command(noor, 'challenge', 'judge', { entry: 1, score: 8 });
    await c.advanceTo(VOTING_CLOSE + 1000);

    const exported = await c.c.engine.memberData.exportMember(c.guildId, sam);
    expect(exported.challenges).toMatchObject({
      challengeEntries: [{ title: 'alpha', link: 'https://example.com/alpha', description: 'About alpha', place: 1 }],
      challengeVotes: [{ entry_number: 2 }],
      challengePlaces: [{ id: 'cli-tools', place: 'winner' }],
    });
    const judge = await c.c.engine.memberData.exportMember(c.guildId, noor);
    expect(judge.challenges).toMatchObject({ challengeJudgeScores: [{ entry_number: 1, score: 8 }] });

    await c.c.engine.memberData.eraseMember(c.guildId, sam, 'cli:test', { keepModerationRecords: false });
    const entries = await c.rows('challenges_entries');
    expect(entries.map((e) => e.author_id)).toEqual([kenji]);
    expect((await c.rows('challenges_votes')).map((v) => v.voter_id)).toEqual([]);
    expect(await c.rows('challenges_judge_scores')).toEqual([]);
    expect((await c.rows('challenges_contests'))[0]).toMatchObject({ winner_id: 'erased', runner_up_id: kenji });
    expect(JSON.stringify(await c.rows('challenges_entries'))).not.toContain('alpha');
  }, 120_000);
});
