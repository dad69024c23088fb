import { afterEach, describe, expect, it } from 'vitest';
import { ShowcasesConfig } from '../../src/modules/challenges/showcases/showcasesConfig.js';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { MARCH, nominate, openShowcases, vote } from './showcaseFixture.js';

const SLOW = 120_000;
const MONTH = '2026-03';

describe(`showcase privacy and settings (${testDialect})`, () => {
  let t: ContentCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  }, SLOW);

  it(
    'exports and erases nominations (made and received) and votes; the award stays with the winner erased',
    async () => {
      const opened = await openShowcases();
      t = opened.t;
      const { sam, kenji, lena } = opened.m;
      await t.runDueJobs();
      await nominate(t, sam, 'creator_of_the_month', kenji);
      await nominate(t, kenji, 'creator_of_the_month', lena);
      await t.advanceTo(MARCH.votingAt);
      await vote(t, lena, MONTH, 'creator_of_the_month', kenji);
      await vote(t, sam, MONTH, 'creator_of_the_month', kenji);
      await t.advanceTo(MARCH.closesAt);

      const exported = (await t.c.engine.memberData.exportMember(t.guildId, kenji)).challenges ?? {};
      expect(exported.showcaseNominationsMade).toMatchObject([
        { month: MONTH, nominee_id: lena, reason: 'great work' },
      ]);
      expect(exported.showcaseNominationsReceived).toMatchObject([{ month: MONTH, reason: 'great work' }]);
      expect(JSON.stringify(exported.showcaseNominationsReceived)).not.toContain(sam);
      expect(exported.showcaseAwards).toMatchObject([{ month: MONTH, category: 'creator_of_the_month', votes: 2 }]);

      await t.c.engine.memberData.eraseMember(t.guildId, kenji, 'cli:test', { keepModerationRecords: false });
      expect(await t.rows('challenges_showcase_nominations')).toEqual([]);
      expect(await t.rows('challenges_showcase_votes')).toEqual([]);
      expect(await t.rows('challenges_showcase_awards')).toMatchObject([
        { winner_id: 'erased', votes: 2, nominations: 1, category: 'creator_of_the_month' },
      ]);
      const after = (await t.c.engine.memberData.exportMember(t.guildId, kenji)).challenges ?? {};
      expect(after).toEqual({});
    },
    SLOW,
  );

  it(
    'schedules nothing by default',
    async () => {
      t = await openContentCommunity({}, { channels: ['showcase'] });
      await t.advanceBy(40 * 24 * 3_600_000);
      expect((await t.pendingJobs('challenges')).filter((j) => j.name === 'showcase-phase')).toEqual([]);
      expect(await t.rows('challenges_showcase_months')).toEqual([]);
    },
    SLOW,
  );

  it('refuses settings that cannot work, with the path', () => {
    const problems = (input: unknown) =>
      ShowcasesConfig.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect(problems({ enabled: true })).toEqual([['channel', 'showcases need a channel when enabled']]);
    expect(problems({ schedule: { nominationsDay: 5, votingDay: 3 } })).toEqual([
      ['schedule.votingDay', 'must be after nominationsDay'],
    ]);
    expect(
      problems({
        categories: [
          { id: 'a', name: 'A', kind: 'member' },
          { id: 'a', name: 'B', kind: 'project' },
        ],
      }),
    ).toEqual([['categories.1.id', 'duplicate category "a"']]);
    expect(ShowcasesConfig.parse({}).categories.map((c) => c.id)).toEqual([
      'project_of_the_month',
      'community_choice',
      'creator_of_the_month',
    ]);
  });
});
