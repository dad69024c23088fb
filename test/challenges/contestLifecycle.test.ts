import { afterEach, describe, expect, it } from 'vitest';
import type { ContentCommunity } from '../content/contentCommunity.js';
import {
  CONTEST,
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

describe('a monthly challenge from announcement to winners', () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  }, 120_000);

  it('announces, takes entries, counts votes and judges, names the winners and awards badges once', async () => {
    c = await openContestCommunity();
    const sam = await userOf(c, 'sam');
    const kenji = await userOf(c, 'kenji');
    const lena = await userOf(c, 'lena');
    const priya = await userOf(c, 'priya');
    const noor = await userOf(c, 'noor');
    expect(await submit(c, sam, 'too early')).toMatch(/Submissions are closed/);

    await c.advanceTo(OPENS + 1000);
    const announced = await c.messagesIn(c.channels.challenges ?? '');
    expect(announced).toHaveLength(1);
    const embed = announced[0]?.embeds[0];
    expect(embed?.title).toContain(CONTEST.title);
    expect(embed?.fields?.map((f) => f.value)).toEqual(
      expect.arrayContaining([
        'Beginner',
        'Developer tools',
        `<t:${SUBMISSIONS_CLOSE / 1000}:F>`,
        `<t:${VOTING_CLOSE / 1000}:F>`,
      ]),
    );

    expect(await submit(c, sam, 'grepx')).toMatch(/is #1/);
    expect(await submit(c, kenji, 'todo-cli')).toMatch(/is #2/);
    expect(await submit(c, lena, 'jqlite')).toMatch(/is #3/);
    expect(await submit(c, sam, 'second try')).toMatch(/already submitted/);
    expect((await entryCards(c)).map((m) => m.embeds[0]?.title)).toEqual(['#1 grepx', '#2 todo-cli', '#3 jqlite']);

    await c.advanceTo(SUBMISSIONS_CLOSE + 1000);
    expect(await submit(c, priya, 'late')).toMatch(/Submissions are closed/);
    const cards = await entryCards(c);
    expect(cards.every((m) => m.components.length === 1)).toBe(true);
    const [grepx, todo, jq] = cards as [(typeof cards)[0], (typeof cards)[0], (typeof cards)[0]];

    expect(await vote(c, sam, grepx)).toMatch(/own entry/);
    expect(await vote(c, priya, todo)).toMatch(/Voted for entry #2/);
    expect(await vote(c, priya, grepx)).toMatch(/Vote moved to entry #1/);
    expect(await vote(c, kenji, grepx)).toMatch(/Voted/);
    expect(await vote(c, lena, grepx)).toMatch(/Voted/);
    expect(await vote(c, sam, todo)).toMatch(/Voted/);
    expect(await vote(c, noor, jq)).toMatch(/Voted/);
    const judged = await c.command(noor, 'challenge', 'judge', { entry: 2, score: 9 });
    expect(judged.reply?.content).toMatch(/9\/10/);
    await c.command(noor, 'challenge', 'judge', { entry: 1, score: 4 });
    await c.command(noor, 'challenge', 'judge', { entry: 3, score: 6 });
    expect((await c.command(sam, 'challenge', 'judge', { entry: 2, score: 10 })).reply?.content).toMatch(/Only judges/);

    await c.advanceTo(VOTING_CLOSE + 1000);
    const results = (await c.messagesIn(c.channels.challenges ?? '')).at(-1);
    // grepx: 3 votes (1.0) and 4/10 → 0.7; todo-cli: 1 vote (0.33) and 9/10 → 0.62; jqlite: 1 vote and 6/10 → 0.47.
    expect(results?.embeds[0]?.fields?.map((f) => f.name)).toEqual(['🥇 Winner', '🥈 Runner-up']);
    expect(results?.embeds[0]?.fields?.[0]?.value).toContain(`<@${sam}>`);
    expect(results?.embeds[0]?.fields?.[1]?.value).toContain(`<@${kenji}>`);

    const [detail] = await c.emitted<{ winnerId: string; runnerUpId: string; entries: number; votes: number }>(
      'challenges.winners_announced',
    );
    expect(detail).toEqual({ contestId: CONTEST.id, winnerId: sam, runnerUpId: kenji, entries: 3, votes: 5 });
    expect(await unlocked(c, 'challenge_champion')).toEqual([sam]);
    expect(await unlocked(c, 'challenge_runner_up')).toEqual([kenji]);
    expect(await unlocked(c, 'challenger')).toEqual([sam, kenji, lena].sort());
    const contributions = await c.emitted<{ kind: string }>('contribution.recorded');
    expect(
      contributions
        .filter((p) => p.kind.startsWith('challenge_'))
        .map((p) => p.kind)
        .sort(),
    ).toEqual(['challenge_entry', 'challenge_entry', 'challenge_entry', 'challenge_runner_up', 'challenge_winner']);
    expect((await entryCards(c)).every((m) => m.components.length === 0)).toBe(true);
    expect(jq.components).toHaveLength(1);
    expect(await c.pendingJobs('challenges')).toEqual([]);
  }, 120_000);
});
