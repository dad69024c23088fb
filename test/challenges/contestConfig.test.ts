import { afterEach, describe, expect, it } from 'vitest';
import { ContestsConfig } from '../../src/modules/challenges/contests/contestsConfig.js';
import { rankEntries } from '../../src/modules/challenges/contests/rankEntries.js';
import type { TalliedEntry } from '../../src/modules/challenges/contests/contestStore.js';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';

function entry(number: number, votes: number, judgeScores: number[], createdAt = number): TalliedEntry {
  return {
    guild_id: 'g',
    contest_id: 'c',
    number,
    author_id: `u${number}`,
    title: `t${number}`,
    link: 'https://example.com',
    description: '',
    channel_id: null,
    message_id: null,
    created_at: createdAt,
    score: null,
    place: null,
    votes,
    judgeScores,
  };
}

describe('challenges.contests settings and scoring', () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('schedules nothing by default and fills in the defaults', () => {
    const parsed = ContestsConfig.parse(undefined);
    expect(parsed).toMatchObject({
      channel: null,
      schedule: { items: [], rotation: { enabled: false, themes: [] } },
      weights: { community: 0.5, judges: 0.5 },
      maxEntriesPerMember: 1,
    });
    const item = ContestsConfig.parse({
      schedule: { items: [{ id: 'a', title: 'A', theme: 'T', opensAt: '2027-01-04' }] },
    });
    expect(item.schedule.items[0]).toMatchObject({ submitFor: 21 * 86_400_000, voteFor: 5 * 86_400_000, level: 'all' });
  });

  it('refuses bad dates, duplicate ids, an enabled rotation without themes and a bad rule, with paths', () => {
    const result = ContestsConfig.safeParse({
      schedule: {
        items: [
          { id: 'a', title: 'A', theme: 'T', opensAt: '2027-02-30' },
          { id: 'a', title: 'B', theme: 'T', opensAt: '2027-03-01' },
        ],
        rotation: { enabled: true, rrule: 'FREQ=SOMETIMES' },
      },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual([
      'schedule.items.0.opensAt',
      'schedule.items.1.id',
      'schedule.rotation.rrule',
      'schedule.rotation.themes',
    ]);
  });

  it('ranks by normalised votes and mean judge score, ties to more votes then the earliest entry', () => {
    const ranked = rankEntries([entry(1, 1, [10]), entry(2, 2, [5]), entry(3, 2, [5], 0)], {
      community: 0.5,
      judges: 0.5,
    });
    // 1: 0.5×0.5 + 1×0.5 = 0.75; 2 and 3: 1×0.5 + 0.5×0.5 = 0.75 → more votes first, then the earlier (3).
    expect(ranked.map((e) => e.number)).toEqual([3, 2, 1]);
    expect(ranked[0]?.score).toBeCloseTo(0.75);
    const votesOnly = rankEntries([entry(1, 1, []), entry(2, 3, [])], { community: 0.5, judges: 0.5 });
    expect(votesOnly.map((e) => [e.number, e.score])).toEqual([
      [2, 1],
      [1, 1 / 3],
    ]);
  });

  it('plans the rotation’s next challenge with that month’s theme, once across restarts', async () => {
    const contests = {
      channel: 'challenges',
      schedule: {
        rotation: {
          enabled: true,
          rrule: 'FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=12;BYMINUTE=0',
          themes: [
            { title: 'Accessible forms', theme: 'Accessibility', level: 'intermediate' },
            { title: 'Tiny games', theme: 'Games', level: 'beginner' },
          ],
        },
      },
    };
    c = await openContentCommunity({ challenges: { contests } }, { channels: ['challenges'], restartable: true });
    const april = Date.UTC(2026, 3, 1, 12);
    expect(await c.pendingJobs('challenges')).toEqual([
      { key: `contest:rotation-2026-04-01:announce:${april}`, name: 'contest-announce', run_at: april },
    ]);
    c = await c.restart();
    expect(await c.pendingJobs('challenges')).toHaveLength(1);
    await c.advanceTo(april + 1000);
    const [announcement] = await c.messagesIn(c.channels.challenges ?? '');
    // (2026 × 12 + 3) mod 2 = 1: the second theme.
    expect(announcement?.embeds[0]?.title).toBe('🏆 Challenge: Tiny games');
    expect((await c.pendingJobs('challenges')).map((j) => j.key)).toEqual([
      `contest:rotation-2026-04-01:close-submissions:${april + 21 * 86_400_000}`,
      `contest:rotation-2026-05-01:announce:${Date.UTC(2026, 4, 1, 12)}`,
    ]);
  });
});
