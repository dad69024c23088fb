import { afterEach, describe, expect, it } from 'vitest';
import type { ContentCommunity } from '../content/contentCommunity.js';
import {
  OPENS,
  SUBMISSIONS_CLOSE,
  VOTING_CLOSE,
  entryCards,
  openContestCommunity,
  submit,
  unlocked,
  vote,
  userOf,
} from './contestFixture.js';

describe('a challenge across a restart', () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  }, 120_000);

  it('keeps entries, votes and the voting deadline when the process restarts mid-voting', async () => {
    c = await openContestCommunity(true);
    const sam = await userOf(c, 'sam');
    const kenji = await userOf(c, 'kenji');
    const lena = await userOf(c, 'lena');
    await c.advanceTo(OPENS + 1000);
    await submit(c, sam, 'alpha');
    await submit(c, kenji, 'beta');
    await c.advanceTo(SUBMISSIONS_CLOSE + 1000);
    const [alpha, beta] = await entryCards(c);
    if (alpha === undefined || beta === undefined) throw new Error('cards missing');
    await vote(c, kenji, alpha);
    await vote(c, lena, alpha);
    await vote(c, sam, beta);
    const jobsBefore = await c.pendingJobs('challenges');

    c = await c.restart();
    expect(await c.pendingJobs('challenges')).toEqual(jobsBefore);
    expect(await c.rows('challenges_votes')).toHaveLength(3);
    expect(await vote(c, lena, alpha)).toMatch(/already goes to/);

    await c.advanceTo(VOTING_CLOSE + 1000);
    expect(await unlocked(c, 'challenge_champion')).toEqual([sam]);
    expect(await unlocked(c, 'challenge_runner_up')).toEqual([kenji]);
    const winners = await c.emitted('challenges.winners_announced');
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ winnerId: sam, runnerUpId: kenji, entries: 2, votes: 3 });
  }, 120_000);

  it('lets staff move the phases by hand and cancel', async () => {
    c = await openContestCommunity();
    const mira = await userOf(c, 'mira');
    const sam = await userOf(c, 'sam');
    const kenji = await userOf(c, 'kenji');
    expect((await c.command(sam, 'challenge-staff', 'start')).reply?.content).toMatch(/Only challenge staff/);
    expect((await c.command(mira, 'challenge-staff', 'start')).reply?.content).toMatch(/announced/);
    expect((await c.command(sam, 'challenge', 'current')).reply?.content).toMatch(/Taking entries/);
    await submit(c, sam, 'gamma');
    expect((await c.command(mira, 'challenge-staff', 'close-submissions')).reply?.content).toMatch(/voting is open/);
    expect((await c.command(kenji, 'challenge', 'entries')).reply?.content).toMatch(/#1 \*\*gamma\*\*.*0 votes/);
    expect((await c.command(mira, 'challenge-staff', 'close-voting')).reply?.content).toMatch(/Results/);
    expect(await unlocked(c, 'challenge_champion')).toEqual([sam]);
    // The original deadlines' jobs find the challenge closed and do nothing.
    await c.advanceTo(VOTING_CLOSE + 1000);
    expect(await c.emitted('challenges.winners_announced')).toHaveLength(1);
    expect((await c.command(mira, 'challenge-staff', 'cancel')).reply?.content).toMatch(/No challenge is running/);
  }, 120_000);
});
