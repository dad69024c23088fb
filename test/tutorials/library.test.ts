import { afterEach, describe, expect, it } from 'vitest';
import type { ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { cardOf, openLibrary, submitTutorial } from './libraryFixture.js';

const SLOW = 90_000;

describe(`tutorial library (${testDialect})`, () => {
  let t: ContentCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  }, SLOW);

  it(
    '/tutorial submit starts a forum post whose starter message is the card with the buttons',
    async () => {
      t = await openLibrary();
      const sam = await t.user('sam');
      const row = await submitTutorial(t, sam, 'Your first bot', 'Build a bot in ten minutes');
      expect(row).toMatchObject({
        number: 1,
        author_id: sam,
        category: 'getting_started',
        level: 'beginner',
        status: 'pending',
      });
      const thread = await t.c.sandbox.getThread(String(row.id));
      expect(thread?.parentId).toBe(t.channels.tutorials);
      expect(thread?.name).toBe('Your first bot');
      const [card] = await t.messagesIn(String(row.id));
      expect(card?.embeds[0]?.title).toBe('#1 Your first bot');
      const customIds = card?.components.flatMap((r) => r.components.map((c) => ('customId' in c ? c.customId : '')));
      expect(customIds).toEqual([
        'tutorials:rate:1:1',
        'tutorials:rate:1:2',
        'tutorials:rate:1:3',
        'tutorials:rate:1:4',
        'tutorials:rate:1:5',
        'tutorials:start:1',
        'tutorials:complete:1',
        'tutorials:review:1',
      ]);
      const events = (await t.rows('event_log')).filter((e) => String(e.type).startsWith('tutorials.'));
      expect(events.map((e) => e.type)).toEqual(['tutorials.submitted']);
      expect(String(events[0]?.payload)).not.toContain('ten minutes');
    },
    SLOW,
  );

  it(
    'an unknown category is refused with the list, nothing stored',
    async () => {
      t = await openLibrary();
      const sam = await t.user('sam');
      const out = await t.command(sam, 'tutorial', 'submit', {
        category: 'cooking',
        level: 'beginner',
        format: 'written',
      });
      expect(out.modal).toBeNull();
      expect(out.reply?.content).toContain('getting_started, advanced_techniques, industry_workflows, troubleshooting');
      expect(await t.rows('tutorials_library')).toEqual([]);
    },
    SLOW,
  );

  it(
    'ratings: one per member, changeable, not the author; completions once; views unique; card edited',
    async () => {
      t = await openLibrary();
      const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
      const row = await submitTutorial(t, sam, 'Slash commands', 'Register and answer');
      const post = String(row.id);
      const open = t;
      const card = () => cardOf(open, post);
      expect((await t.press(sam, await card(), 'tutorials:rate:1:5')).reply?.content).toContain('cannot rate your own');
      await t.press(kenji, await card(), 'tutorials:rate:1:2');
      const changed = await t.press(kenji, await card(), 'tutorials:rate:1:4');
      expect(changed.reply?.content).toContain('Rating changed to');
      await t.press(lena, await card(), 'tutorials:rate:1:5');
      const fields = (await card()).embeds[0]?.fields ?? [];
      expect(fields.find((f) => f.name === 'Rating')?.value).toBe('★ 4.5 / 5 (2 ratings)');

      expect((await t.press(kenji, await card(), 'tutorials:complete:1')).reply?.content).toContain('marked complete');
      expect((await t.press(kenji, await card(), 'tutorials:complete:1')).reply?.content).toContain(
        'already completed',
      );
      const start = await t.press(lena, await card(), 'tutorials:start:1');
      expect(start.reply?.content).toContain(`/${post}`);
      await t.command(lena, 'tutorial', 'open', { number: 1 });
      const after = (await card()).embeds[0]?.fields ?? [];
      expect(after.find((f) => f.name === 'Completions')?.value).toBe('1');
      expect(after.find((f) => f.name === 'Views')?.value).toBe('2');
      const types = (await t.rows('event_log')).map((e) => String(e.type)).filter((ty) => ty.startsWith('tutorials.'));
      expect(types.filter((ty) => ty === 'tutorials.rated')).toHaveLength(3);
      expect(types.filter((ty) => ty === 'tutorials.completed')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'expert review: members are refused; changes requested then approval credits `tutorial` once with quality',
    async () => {
      t = await openLibrary({ expertRoles: ['Moderator'] });
      const [sam, kenji, lena, noor, mira] = [
        await t.user('sam'),
        await t.user('kenji'),
        await t.user('lena'),
        await t.user('noor'),
        await t.user('mira'),
      ];
      const row = await submitTutorial(t, sam, 'Caching', 'Cache API answers');
      const post = String(row.id);
      const open = t;
      const card = () => cardOf(open, post);
      for (const [who, stars] of [
        [kenji, 4],
        [lena, 5],
        [noor, 4],
      ] as const) {
        await t.press(who, await card(), `tutorials:rate:1:${stars}`);
      }
      expect((await t.press(kenji, await card(), 'tutorials:review:1')).reply?.content).toContain('Only the library');
      const asked = await t.press(noor, await card(), 'tutorials:review:1');
      expect(asked.modal?.title).toBe('Review tutorial #1');
      await t.submitModal(noor, asked.interactionId, { verdict: 'changes', notes: 'Add an example' });
      expect((await t.rows('tutorials_library'))[0]?.status).toBe('changes_requested');
      const told = (await t.messagesIn(post)).at(-1);
      expect(told?.content).toContain('needs changes');
      expect(told?.content).toContain('Add an example');

      const again = await t.press(mira, await card(), 'tutorials:review:1');
      await t.submitModal(mira, again.interactionId, { verdict: 'approve', notes: '' });
      const third = await t.press(noor, await card(), 'tutorials:review:1');
      await t.submitModal(noor, third.interactionId, { verdict: 'approve', notes: 'Still good' });
      expect((await t.rows('tutorials_library'))[0]).toMatchObject({ status: 'approved', credited: 1 });
      const credits = (await t.rows('event_log')).filter((e) => e.type === 'contribution.recorded');
      expect(credits).toHaveLength(1);
      expect(JSON.parse(String(credits[0]?.payload))).toMatchObject({ userId: sam, kind: 'tutorial', quality: 4 });
      expect((await card()).embeds[0]?.fields?.find((f) => f.name === 'Review')?.value).toContain('approved');
    },
    SLOW,
  );

  it(
    '/tutorial find ranks by words within filters; /tutorial top by rating',
    async () => {
      t = await openLibrary();
      const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
      await submitTutorial(t, sam, 'Deploying with Docker', 'Containers for your bot');
      await submitTutorial(t, sam, 'Debugging slow queries', 'Find the slow SQL', {
        category: 'troubleshooting',
        level: 'advanced',
        format: 'video',
      });
      const found = await t.command(kenji, 'tutorial', 'find', { query: 'docker' });
      expect(found.reply?.content).toContain('#1 Deploying with Docker');
      expect(found.reply?.content).not.toContain('#2');
      const filtered = await t.command(kenji, 'tutorial', 'find', { query: 'slow', level: 'beginner' });
      expect(filtered.reply?.content).toContain('No tutorial matches');
      const post2 = String((await t.rows('tutorials_library')).find((r) => r.number === 2)?.id);
      await t.press(kenji, await cardOf(t, post2), 'tutorials:rate:2:5');
      const top = await t.command(kenji, 'tutorial', 'top', {});
      const content = top.reply?.content ?? '';
      expect(content.indexOf('#2 ')).toBeLessThan(content.indexOf('#1 '));
    },
    SLOW,
  );

  it(
    "a member's own forum post becomes a tutorial with Guildhall's card in it; posting there counts a view",
    async () => {
      t = await openLibrary();
      const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
      const thread = await t.c.sandbox.createThread({
        userId: sam,
        channelId: t.channels.tutorials ?? '',
        name: 'Git basics',
        content: 'Commit, branch, merge',
      });
      await t.c.settle();
      const [row] = await t.rows('tutorials_library');
      expect(row).toMatchObject({ id: thread.id, source: 'forum', author_id: sam, summary: 'Commit, branch, merge' });
      await t.c.sandbox.postMessage({ userId: kenji, channelId: thread.id, content: 'Thanks, this helped' });
      await t.c.settle();
      const card = (await t.messagesIn(thread.id)).find((m) => m.embeds.length > 0);
      expect(card?.embeds[0]?.fields?.find((f) => f.name === 'Views')?.value).toBe('1');
    },
    SLOW,
  );

  it(
    'export and erase: the author’s text goes, the tutorial stays as (erased); ratings and reviews go',
    async () => {
      t = await openLibrary();
      const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
      const row = await submitTutorial(t, sam, 'Secret sauce', 'A summary');
      await t.press(kenji, await cardOf(t, String(row.id)), 'tutorials:rate:1:3');
      const exported = (await t.c.engine.memberData.exportMember(t.guildId, sam)).tutorials ?? {};
      expect(JSON.stringify(exported)).toContain('Secret sauce');
      const kenjiExport = (await t.c.engine.memberData.exportMember(t.guildId, kenji)).tutorials ?? {};
      expect(JSON.stringify(kenjiExport)).toContain('"rating":3');
      await t.c.engine.memberData.eraseMember(t.guildId, sam, 'cli:test', { keepModerationRecords: false });
      await t.c.engine.memberData.eraseMember(t.guildId, kenji, 'cli:test', { keepModerationRecords: false });
      const [after] = await t.rows('tutorials_library');
      expect(after).toMatchObject({ author_id: null, title: '', summary: '', body: '', link: '' });
      expect(JSON.stringify(await t.rows('tutorials_library'))).not.toContain(sam);
      expect(await t.rows('tutorials_library_members')).toEqual([]);
    },
    SLOW,
  );
});
