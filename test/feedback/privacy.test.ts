import { afterEach, describe, expect, it } from 'vitest';
import { feedbackDb } from '../../src/modules/feedback/FeedbackTables.js';
import { FeedbackConfig } from '../../src/modules/feedback/FeedbackConfig.js';
import { buildWeeklyReport } from '../../src/modules/feedback/reports/buildWeeklyReport.js';
import { dumpDatabase, findTraces } from '../privacy/databaseDump.js';
import { DAY, FEEDBACK_SECTION, HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { seedItems } from './reportSeed.js';

const WORDS = ['zorblax', 'quintessor'];

describe('feedback member export and erase', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('exports everything of a member, then erase leaves no id or text of theirs and keeps others’ votes', async () => {
    f = await openFeedbackCommunity();
    const db = feedbackDb(f.c.store.db);
    const guild = f.guildId;
    const member = await f.user('kenji');
    const other = await f.user('sam');
    const staff = await f.user('noor');
    const now = f.now();
    const [theirs, others] = await seedItems(f.c.store.db, guild, [
      {
        type: 'feature',
        title: 'Zorblax integration',
        body: 'Please add quintessor support to zorblax.',
        at: now - HOUR,
        author: member,
        up: 2,
      },
      {
        type: 'feature',
        title: 'Calendar export',
        body: 'Export events to a calendar.',
        at: now - HOUR,
        author: other,
        up: 1,
      },
    ]);
    await db
      .insertInto('feedback_votes')
      .values([
        { guild_id: guild, item_id: theirs!.id, user_id: other, value: 1, voted_at: now },
        { guild_id: guild, item_id: theirs!.id, user_id: staff, value: 1, voted_at: now },
        { guild_id: guild, item_id: others!.id, user_id: member, value: 1, voted_at: now },
      ])
      .execute();
    await db
      .insertInto('feedback_followers')
      .values([
        { guild_id: guild, item_id: theirs!.id, user_id: member, reason: 'author', since: now },
        { guild_id: guild, item_id: theirs!.id, user_id: other, reason: 'voter', since: now },
      ])
      .execute();
    await db
      .insertInto('feedback_prefs')
      .values({ guild_id: guild, user_id: member, dm: 1, updated_at: now })
      .execute();
    await db
      .insertInto('feedback_history')
      .values({
        guild_id: guild,
        item_id: others!.id,
        at: now,
        from_status: 'new',
        to_status: 'triaged',
        by_id: member,
        note: 'zorblax team looks',
      })
      .execute();
    await db
      .insertInto('feedback_surveys')
      .values({
        guild_id: guild,
        id: 's1',
        kind: 'nps',
        question: 'How likely?',
        channel_id: f.channels.general,
        message_id: null,
        schedule_id: null,
        opened_by: staff,
        opened_at: now,
        closes_at: now + DAY,
        closed_at: null,
      })
      .execute();
    await db
      .insertInto('feedback_survey_responses')
      .values({
        guild_id: guild,
        survey_id: 's1',
        user_id: member,
        score: 9,
        comment: 'quintessor rocks',
        answered_at: now,
      })
      .execute();
    await db
      .insertInto('feedback_polls')
      .values({
        guild_id: guild,
        id: 'p1',
        question: 'Zorblax or not?',
        answers: JSON.stringify(['zorblax', 'quintessor']),
        channel_id: f.channels.general,
        message_id: null,
        native: 0,
        opened_by: member,
        opened_at: now,
        closes_at: now + DAY,
        closed_at: null,
        results: null,
      })
      .execute();
    await db
      .insertInto('feedback_poll_votes')
      .values({ guild_id: guild, poll_id: 'p1', user_id: member, answer: 0, voted_at: now })
      .execute();
    const config = FeedbackConfig.parse(FEEDBACK_SECTION);
    const report = await buildWeeklyReport(f.c.store.db, guild, config, now - DAY, now + DAY);
    await db
      .insertInto('feedback_reports')
      .values({
        guild_id: guild,
        week: '2026-03-02',
        created_at: now,
        report: JSON.stringify(report),
        message_id: null,
      })
      .execute();
    expect(report.topics.map((t) => t.term)).toContain('zorblax');

    const exported = (await f.c.engine.memberData.exportMember(guild, member)).feedback ?? {};
    expect(Object.keys(exported).sort()).toEqual(
      [
        'dmPreference',
        'following',
        'itemsSubmitted',
        'pollVotes',
        'pollsOpened',
        'statusChanges',
        'surveyAnswers',
        'votes',
      ].sort(),
    );
    expect(JSON.stringify(exported.itemsSubmitted)).toContain('Please add quintessor support to zorblax.');
    expect(JSON.stringify(exported.surveyAnswers)).toContain('quintessor rocks');

    const erased = await f.c.engine.memberData.eraseMember(guild, member, 'cli:test', { keepModerationRecords: false });
    expect(erased.changed.feedback).toBeGreaterThan(0);
    const feedbackTables = (await dumpDatabase(f.c.store)).filter((t) => t.table.startsWith('feedback_'));
    expect(findTraces(feedbackTables, [member, ...WORDS])).toEqual([]);
    // Their item stays, blanked, with the other members' votes; their vote left the other item.
    const items = await f.rows('feedback_items');
    expect(items.find((i) => i.id === theirs!.id)).toMatchObject({
      title: '[erased]',
      body: '',
      author_id: 'erased',
      up_votes: 2,
    });
    expect(items.find((i) => i.id === others!.id)).toMatchObject({ up_votes: 0, title: 'Calendar export' });
    expect((await f.rows('feedback_votes')).map((v) => v.user_id).sort()).toEqual([other, staff].sort());
    expect(await f.rows('feedback_followers')).toHaveLength(1);
    expect(await f.rows('feedback_history')).toMatchObject([{ by_id: 'erased', note: null }]);
    expect(await f.rows('feedback_surveys')).toMatchObject([{ opened_by: staff }]);
  });

  it('blanks item texts and survey comments older than the retention cut, keeping titles', async () => {
    f = await openFeedbackCommunity();
    const now = f.now();
    await seedItems(f.c.store.db, f.guildId, [
      { type: 'bug', title: 'Old one', body: 'old text', at: now - 100 * DAY },
      { type: 'bug', title: 'New one', body: 'new text', at: now - DAY },
    ]);
    const changed = await f.c.engine.memberData.blankContentBefore(now - 90 * DAY);
    expect(changed.feedback).toBe(1);
    const items = await f.rows('feedback_items');
    expect([...items].sort((a, b) => a.number - b.number).map((i) => [i.title, i.body])).toEqual([
      ['Old one', ''],
      ['New one', 'new text'],
    ]);
  });
});
