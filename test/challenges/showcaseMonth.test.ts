import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { MARCH, nominate, openShowcases, openShowcaseApi, vote } from './showcaseFixture.js';

/** The shared test machine can be slow on PostgreSQL: a generous limit, no timing asserted. */
const SLOW = 120_000;
const MONTH = '2026-03';

describe(`monthly showcase (${testDialect})`, () => {
  let t: ContentCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  }, SLOW);

  it(
    'runs a month from nominations to winners: merged nominees, changeable votes, ties to the earlier nomination, badge once',
    async () => {
      const opened = await openShowcases();
      t = opened.t;
      const { mira, noor, sam, kenji, lena, tomas } = opened.m;
      const showcase = t.channels.showcase ?? '';

      // Before the month opens, nothing is taken.
      expect(await nominate(t, sam, 'creator_of_the_month', kenji)).toContain('not open');
      await t.runDueJobs();
      const [announcement] = await t.messagesIn(showcase);
      expect(announcement?.embeds[0]?.title).toBe('🏆 Showcase 2026-03: nominations are open');
      expect(await t.emitted('challenges.showcase_opened')).toEqual([{ month: MONTH, categories: 3, byUserId: null }]);

      // Nominations: the same nominee twice merges; self for a project is fine, for a member not.
      expect(await nominate(t, sam, 'project_of_the_month', lena, 'https://example.com/visualiser')).toContain(
        '1 nomination so far',
      );
      expect(await nominate(t, kenji, 'Project of the Month', lena, 'https://example.com/v2')).toContain(
        '2 nominations so far',
      );
      // Later nominations are later (the tie at the close goes to the earlier).
      await t.advanceBy(MINUTE);
      expect(await nominate(t, noor, 'project_of_the_month', sam, 'https://example.com/bot')).toContain(
        'You nominated',
      );
      expect(await nominate(t, sam, 'project_of_the_month', kenji, 'https://example.com/x')).toContain(
        'already nominated',
      );
      expect(await nominate(t, lena, 'project_of_the_month', lena, 'https://example.com/mine')).toContain(
        'You nominated',
      );
      expect(await nominate(t, kenji, 'creator_of_the_month', kenji)).toContain('cannot nominate yourself');
      expect(await nominate(t, sam, 'creator_of_the_month', kenji)).toContain('You nominated');
      expect(await nominate(t, tomas, 'community_choice', noor)).toContain('needs a link');
      expect(await t.emitted('challenges.nominated')).toHaveLength(5);
      expect(JSON.stringify(await t.emitted('challenges.nominated'))).not.toContain('great work');

      // A nomination without a reason opens the form; submitting it records the nomination.
      const form = await t.command(tomas, 'showcase', 'nominate', { category: 'creator_of_the_month', member: kenji });
      expect(form.modal?.customId).toBe(`challenges:showcase-nominate:${MONTH}:creator_of_the_month:${kenji}`);
      const submitted = await t.submitModal(tomas, form.interactionId, { reason: 'always helping' });
      expect(submitted.reply?.content).toContain('2 nominations so far');

      // Voting: one select menu per category, nominees by nominations.
      await t.advanceTo(MARCH.votingAt);
      expect(await nominate(t, noor, 'creator_of_the_month', sam)).toContain('not open');
      const project = (await t.messagesIn(showcase)).find((msg) => msg.content.includes('Project of the Month'));
      const menu = project?.components[0]?.components[0];
      expect(menu?.kind).toBe('select');
      expect(menu?.kind === 'select' ? menu.options.map((o) => o.value) : []).toEqual([lena, sam]);

      expect((await vote(t, kenji, MONTH, 'project_of_the_month', lena))?.content).toContain('You voted');
      expect((await vote(t, noor, MONTH, 'project_of_the_month', sam))?.content).toContain('You voted');
      expect((await vote(t, noor, MONTH, 'project_of_the_month', lena))?.content).toContain('is now');
      expect((await vote(t, lena, MONTH, 'project_of_the_month', sam))?.content).toContain('You voted');
      expect((await vote(t, tomas, MONTH, 'project_of_the_month', sam))?.content).toContain('You voted');
      expect((await vote(t, sam, MONTH, 'project_of_the_month', sam))?.content).toContain('cannot vote for yourself');
      expect((await vote(t, noor, MONTH, 'creator_of_the_month', kenji))?.content).toContain('You voted');
      expect(await t.rows('challenges_showcase_votes')).toHaveLength(5);

      // Close: lena and sam tie 2–2, lena was nominated first; kenji wins creator; no votes, no winner.
      await t.advanceTo(MARCH.closesAt);
      const awards = (await t.rows('challenges_showcase_awards')).map((a) => [a.category, a.winner_id, a.votes]);
      expect(awards.sort()).toEqual(
        [
          ['creator_of_the_month', kenji, 1],
          ['project_of_the_month', lena, 2],
        ].sort(),
      );
      const results = (await t.messagesIn(showcase)).find((msg) => msg.embeds[0]?.title?.includes('the winners'));
      expect(results?.embeds[0]?.fields?.map((f) => f.value)).toEqual([
        `<@${lena}> (2 votes)`,
        'No winner this month.',
        `<@${kenji}> (1 vote)`,
      ]);
      const contributions = await t.emitted<{ userId: string; kind: string }>('contribution.recorded');
      expect(
        contributions
          .filter((c) => c.kind === 'showcase_award')
          .map((c) => c.userId)
          .sort(),
      ).toEqual([kenji, lena].sort());
      const stars = async () =>
        (await t?.emitted<{ userId: string; name: string }>('recognition.achievement_unlocked'))?.filter(
          (b) => b.name === 'Showcase Star',
        ) ?? [];
      expect((await stars()).map((b) => b.userId).sort()).toEqual([kenji, lena].sort());
      // The menus are gone; a late vote is refused; the close again changes nothing.
      const after = (await t.messagesIn(showcase)).find((msg) => msg.id === project?.id);
      expect(after?.components).toEqual([]);
      expect(await t.command(mira, 'showcase-staff', 'close')).toMatchObject({
        reply: { content: expect.stringContaining('past that step') as unknown },
      });
      expect(await t.emitted('challenges.showcase_awarded')).toHaveLength(2);
      expect(await stars()).toHaveLength(2);
      expect((await t.pendingJobs('challenges')).map((j) => j.key)).toContain('showcase:2026-04:open');

      // The dashboard API: the month and the hall of fame.
      const app = await openShowcaseApi(t);
      try {
        const list = await app.inject({ method: 'GET', url: '/api/challenges/showcases' });
        expect(list.statusCode).toBe(200);
        const body = list.json<{ months: { month: string; status: string }[]; hallOfFame: { userId: string }[] }>();
        expect(body.months.map((mo) => [mo.month, mo.status])).toEqual([[MONTH, 'closed']]);
        expect(body.hallOfFame.map((h) => h.userId).sort()).toEqual([kenji, lena].sort());
        const one = await app.inject({ method: 'GET', url: `/api/challenges/showcases/${MONTH}` });
        const project = one
          .json<{ categories: { id: string; nominees: { userId: string; votes: number }[] }[] }>()
          .categories.find((c) => c.id === 'project_of_the_month');
        expect(project?.nominees.map((n) => [n.userId, n.votes])).toEqual([
          [lena, 2],
          [sam, 2],
        ]);
        expect((await app.inject({ method: 'GET', url: '/api/challenges/showcases/2026-01' })).statusCode).toBe(404);
      } finally {
        await app.close();
      }
    },
    SLOW,
  );

  it(
    'a restart mid-month loses nothing and posts nothing twice',
    async () => {
      const opened = await openShowcases(true);
      t = opened.t;
      const { sam, kenji, lena } = opened.m;
      await t.runDueJobs();
      expect(await nominate(t, sam, 'creator_of_the_month', kenji)).toContain('You nominated');
      t = await t.restart();
      await t.runDueJobs();
      expect(await nominate(t, lena, 'creator_of_the_month', kenji)).toContain('2 nominations so far');
      await t.advanceTo(MARCH.votingAt);
      t = await t.restart();
      expect((await vote(t, lena, MONTH, 'creator_of_the_month', kenji))?.content).toContain('You voted');
      await t.advanceTo(MARCH.closesAt);
      t = await t.restart();
      await t.runDueJobs();
      const showcase = t.channels.showcase ?? '';
      const messages = await t.messagesIn(showcase);
      expect(messages.filter((msg) => msg.embeds[0]?.title?.includes('nominations are open'))).toHaveLength(1);
      expect(messages.filter((msg) => msg.content.includes('Creator of the Month'))).toHaveLength(1);
      expect(messages.filter((msg) => msg.embeds[0]?.title?.includes('the winners'))).toHaveLength(1);
      expect(await t.emitted('challenges.showcase_awarded')).toEqual([
        { month: MONTH, category: 'creator_of_the_month', winnerId: kenji, votes: 1, decidedBy: 'votes' },
      ]);
    },
    SLOW,
  );

  it(
    'staff open early, pick a staff-decided winner, and cancel; members cannot',
    async () => {
      const opened = await openContent();
      t = opened.t;
      const { mira, sam, kenji } = opened.m;
      const noor = mira;
      expect((await t.command(sam, 'showcase-staff', 'open')).reply?.content).toContain('Only challenges staff');
      expect((await t.command(noor, 'showcase-staff', 'open')).reply?.content).toBe(
        'Nominations for 2026-03 are open.',
      );
      expect(await t.emitted('challenges.showcase_opened')).toEqual([{ month: MONTH, categories: 1, byUserId: noor }]);
      expect(await nominate(t, sam, 'mentor', kenji)).toContain('You nominated');
      expect(
        (await t.command(noor, 'showcase-staff', 'pick', { category: 'mentor', nominee: kenji })).reply?.content,
      ).toContain('announced with the results');
      expect((await t.command(noor, 'showcase-staff', 'open')).reply?.content).toBe('Voting for 2026-03 is open.');
      expect((await t.command(noor, 'showcase-staff', 'close')).reply?.content).toContain('winners announced');
      expect(await t.emitted('challenges.showcase_awarded')).toEqual([
        { month: MONTH, category: 'mentor', winnerId: kenji, votes: 0, decidedBy: 'staff' },
      ]);
      expect((await t.command(noor, 'showcase-staff', 'cancel')).reply?.content).toContain('past that step');
    },
    SLOW,
  );

  async function openContent() {
    const { openContentCommunity } = await import('../content/contentCommunity.js');
    const c = await openContentCommunity(
      {
        challenges: {
          showcases: {
            channel: 'showcase',
            categories: [{ id: 'mentor', name: 'Helpful Community Member', kind: 'member', decidedBy: 'staff' }],
          },
        },
      },
      { channels: ['showcase'] },
    );
    return { t: c, m: { mira: await c.user('mira'), sam: await c.user('sam'), kenji: await c.user('kenji') } };
  }
});
