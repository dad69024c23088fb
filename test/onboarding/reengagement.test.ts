import { afterEach, describe, expect, it } from 'vitest';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import { quietMembers } from '../../src/modules/onboarding/reengagement/quietMembers.js';
import type { TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';
import { DAY, after, missedDms, openReengagement, optIn, reengagements } from './reengagementFixture.js';

describe(`re-engagement of quiet members (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('sends a quiet opted-in member one "what you missed" DM per period, with highlights, and none to an active member', async () => {
    t = await openReengagement();
    const general = t.channel('general').id;
    const ada = await t.sandbox.addMember({ username: 'ada' });
    const bea = await t.sandbox.addMember({ username: 'bea' });
    await t.settle();
    await optIn(t, ada.userId);
    await optIn(t, bea.userId);

    await after(t, 10 * DAY);
    const cleo = await t.sandbox.addMember({ username: 'cleo' });
    await t.sandbox.postMessage({ userId: cleo.userId, channelId: general, content: 'hi all' });
    await after(t, 19 * DAY);
    await t.sandbox.postMessage({ userId: bea.userId, channelId: general, content: 'still here' });
    await after(t, 2 * DAY + 3_600_000);

    const first = await missedDms(t, ada.userId);
    expect(first).toHaveLength(1);
    expect(first[0]?.content).toBe(
      [
        'We miss you at Quiet Test, ada! Here is what happened while you were away:',
        'In the last 30 days:',
        '• 1 new member joined',
        `• Busiest channels: <#${general}> (2 messages)`,
      ].join('\n'),
    );
    expect(first[0]?.components).toEqual([
      {
        components: [
          {
            kind: 'button',
            customId: `onboarding:reengage:stop:${ada.userId}`,
            label: 'No more of these',
            style: 'secondary',
          },
        ],
      },
    ]);
    expect(await missedDms(t, bea.userId)).toEqual([]);
    expect(await reengagements(t, bea.userId)).toEqual([]);
    const events = await t.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'onboarding.reengaged')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload) as unknown)).toEqual([{ userId: ada.userId, inactiveDays: 31 }]);

    // Hourly runs within the period send nothing more.
    await after(t, 3_600_000);
    await after(t, 10 * DAY);
    expect(await missedDms(t, ada.userId)).toHaveLength(1);

    // A new period: still quiet, one more.
    await after(t, 21 * DAY);
    expect(await missedDms(t, ada.userId)).toHaveLength(2);
    expect((await reengagements(t, ada.userId)).map((r) => r.via)).toEqual(['dm', 'dm']);
  });

  it('gives a member who did not opt in nothing personal, and posts the channel digest at most once a week', async () => {
    t = await openReengagement({ digestChannel: 'announcements' });
    const announcements = t.channel('announcements').id;
    const dan = await t.sandbox.addMember({ username: 'dan' });
    await after(t, 2 * DAY);
    const eve = await t.sandbox.addMember({ username: 'eve' });
    await after(t, 5 * DAY);
    const fay = await t.sandbox.addMember({ username: 'fay' });
    await t.settle();
    const digests = async () =>
      (await t!.sandbox.listMessages(announcements, { limit: 100 })).filter((m) =>
        m.content.startsWith('**What you missed this week at Quiet Test**'),
      );

    // Day 31 (a Saturday): dan is quiet.
    await after(t, 24 * DAY + 3_600_000);
    expect(await reengagements(t, dan.userId)).toHaveLength(1);
    expect((await reengagements(t, dan.userId))[0]?.via).toBe('none');
    expect(await t.sandbox.listDirectMessages(dan.userId, { limit: 10 })).toEqual([]);
    expect(await digests()).toHaveLength(1);
    // Nobody joined or wrote in the last 7 days; no mentions either way.
    expect((await digests())[0]?.content).toBe(
      '**What you missed this week at Quiet Test**\n• It was quiet: a good moment to start a conversation.',
    );

    // Day 33 (Monday of the next week): eve is quiet → this week's digest.
    await after(t, 2 * DAY);
    expect((await reengagements(t, eve.userId)).map((r) => r.via)).toEqual(['none']);
    expect(await digests()).toHaveLength(2);
    // Day 38, same week: fay is quiet, but this week's digest is out already.
    await after(t, 5 * DAY);
    expect((await reengagements(t, fay.userId)).map((r) => r.via)).toEqual(['none']);
    expect(await digests()).toHaveLength(2);
    for (const user of [dan, eve, fay]) {
      expect(await t.sandbox.listDirectMessages(user.userId, { limit: 10 })).toEqual([]);
    }
  });

  it('respects the "No more of these" button afterwards', async () => {
    t = await openReengagement();
    const gus = await t.sandbox.addMember({ username: 'gus' });
    await t.settle();
    await optIn(t, gus.userId);
    await after(t, 31 * DAY);
    const [dm] = await missedDms(t, gus.userId);
    if (dm === undefined) throw new Error('no DM');

    const { interactionId } = await t.sandbox.clickDirectMessageButton({
      userId: gus.userId,
      messageId: dm.id,
      customId: `onboarding:reengage:stop:${gus.userId}`,
    });
    await t.settle();
    expect((await t.sandbox.getInteraction(interactionId))?.reply).toMatchObject({
      content: 'Done: no more direct messages from us. `/onboarding dms allowed:True` turns them back on.',
      ephemeral: true,
    });
    const row = await new OnboardingMembers(t.store.db).get(t.guild.id, gus.userId);
    expect(row?.dm_opt_out_at).toBe(t.clock.now());
    const changed = await t.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'onboarding.dm_preference_changed')
      .execute();
    expect(changed.map((e) => JSON.parse(e.payload) as unknown)).toEqual([{ userId: gus.userId, allowed: false }]);

    await after(t, 31 * DAY);
    expect(await missedDms(t, gus.userId)).toHaveLength(1);
    expect((await reengagements(t, gus.userId)).map((r) => r.via)).toEqual(['dm', 'none']);
  });

  it('does not DM a member who stopped their journey after opting in, until they opt in again', async () => {
    t = await openReengagement();
    const kim = await t.sandbox.addMember({ username: 'kim' });
    await t.settle();
    await optIn(t, kim.userId);
    const members = new OnboardingMembers(t.store.db);
    t.clock.advance(1000);
    // What `/onboarding stop` leaves on the row.
    await members.update(
      t.guild.id,
      kim.userId,
      { stopped_at: t.clock.now(), stopped_reason: 'member' },
      t.clock.now(),
    );
    await after(t, 31 * DAY);
    expect(await missedDms(t, kim.userId)).toEqual([]);
    expect((await reengagements(t, kim.userId)).map((r) => r.via)).toEqual(['none']);
    await optIn(t, kim.userId);
    await after(t, 31 * DAY);
    expect(await missedDms(t, kim.userId)).toHaveLength(1);
  });

  it('works through the quiet members a page at a time: whoever a run handled drops out of the next page', async () => {
    t = await openReengagement({ enabled: false });
    const quiet = [];
    for (const username of ['lou', 'max', 'ned']) quiet.push((await t.sandbox.addMember({ username })).userId);
    await t.settle();
    t.clock.advance(31 * DAY);
    const query = { guildId: t.guild.id, now: t.clock.now(), inactiveFor: 30 * DAY, period: 30 * DAY, limit: 2 };
    const first = await quietMembers(t.store.db, query);
    expect(first.map((m) => m.userId)).toEqual(quiet.slice(0, 2));
    await onboardingDb(t.store.db)
      .insertInto('onboarding_reengagements')
      .values(
        first.map((m) => ({
          guild_id: t!.guild.id,
          user_id: m.userId,
          sent_at: query.now,
          via: 'none',
          message_id: null,
        })),
      )
      .execute();
    expect((await quietMembers(t.store.db, query)).map((m) => m.userId)).toEqual(quiet.slice(2));
  });

  it('skips bots and members who left, and never mentions a member whose DMs are closed', async () => {
    t = await openReengagement();
    const bot = await t.sandbox.addMember({ username: 'helperbot', bot: true });
    const hal = await t.sandbox.addMember({ username: 'hal' });
    const ivy = await t.sandbox.addMember({ username: 'ivy', dmsOpen: false });
    await t.settle();
    await optIn(t, hal.userId);
    await optIn(t, ivy.userId);
    await t.sandbox.removeMember(hal.userId);
    await t.settle();
    const mentions = async () => {
      let found = 0;
      for (const channel of t!.guild.channels.filter((c) => c.kind === 'text')) {
        const messages = await t!.sandbox.listMessages(channel.id, { limit: 100 });
        // Journey steps may mention her in a channel; a re-engagement message never may.
        found += messages.filter(
          (m) => m.content.includes(`<@${ivy.userId}>`) && m.content.includes('We miss you'),
        ).length;
      }
      return found;
    };

    await after(t, 31 * DAY);
    expect(await reengagements(t, bot.userId)).toEqual([]);
    expect(await reengagements(t, hal.userId)).toEqual([]);
    expect(await missedDms(t, hal.userId)).toEqual([]);
    // ivy opted in but closed her DMs: the DM is tried, nothing falls back to a channel.
    expect((await reengagements(t, ivy.userId)).map((r) => r.via)).toEqual(['dm']);
    expect(await missedDms(t, ivy.userId)).toEqual([]);
    expect(await mentions()).toBe(0);
  });
});
