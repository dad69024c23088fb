import { afterEach, describe, expect, it } from 'vitest';
import { FEEDBACK_SECTION, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

const WITH_ROLES = {
  ...FEEDBACK_SECTION,
  channel: null,
  critical: { channel: 'mod-alerts', mentionRoles: ['Moderator'] },
};

describe('critical feedback', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('a keyword alerts moderators once, pinging only the configured roles, with a link to the thread', async () => {
    f = await openFeedbackCommunity(WITH_ROLES);
    const sam = await f.user('sam');
    const message = await f.post(sam, f.channels.bugReports, 'Possible SECURITY hole in invites');
    const [item] = await f.rows('feedback_items');
    expect(item?.critical_reason).toBe('keyword:security');
    expect(item?.critical_alerted_at).toBe(f.now());
    const moderator = f.c.role('Moderator').id;
    const alerts = await f.messagesIn(f.channels.modAlerts);
    expect(alerts.map((m) => m.content)).toEqual([
      `<@&${moderator}> 🚨 Critical feedback #1 (Bug report, mentions “security”) from <@${sam}>: **Possible SECURITY hole in invites**\nhttps://discord.com/channels/${f.guildId}/${message.id}`,
    ]);
    expect(alerts[0]?.pinged).toEqual({ userIds: [], roleIds: [moderator] });
    expect(await f.emitted('feedback.critical')).toEqual([
      { itemId: message.id, number: 1, reason: 'keyword:security' },
    ]);
  });

  it('a forum post critical by its title and again by its text alerts once', async () => {
    f = await openFeedbackCommunity(WITH_ROLES);
    const sam = await f.user('sam');
    await f.postInForum(sam, f.channels.ideas, 'Data loss after update', 'My account was hacked too.');
    expect(await f.messagesIn(f.channels.modAlerts)).toHaveLength(1);
    expect(await f.emitted('feedback.critical')).toHaveLength(1);
    expect((await f.rows('feedback_items'))[0]?.critical_reason).toBe('keyword:data loss');
  });

  it('a keyword found only in the post text alerts when the text arrives', async () => {
    f = await openFeedbackCommunity(WITH_ROLES);
    const sam = await f.user('sam');
    await f.postInForum(sam, f.channels.ideas, 'Odd behaviour', 'The app had an outage tonight.');
    expect((await f.rows('feedback_items'))[0]?.critical_reason).toBe('keyword:outage');
    expect(await f.messagesIn(f.channels.modAlerts)).toHaveLength(1);
  });

  it('matches whole words only', async () => {
    f = await openFeedbackCommunity({ ...WITH_ROLES, critical: { channel: 'mod-alerts', scoreAtMost: -1 } });
    const sam = await f.user('sam');
    await f.post(sam, f.channels.bugReports, 'Breakfast channel leaks? No: the crashes page is unbroken');
    expect((await f.rows('feedback_items'))[0]?.critical_reason).toBeNull();
    expect(await f.messagesIn(f.channels.modAlerts)).toEqual([]);
    expect(await f.emitted('feedback.critical')).toEqual([]);
  });

  it('a strongly negative item is critical by sentiment', async () => {
    f = await openFeedbackCommunity({
      ...WITH_ROLES,
      critical: { channel: 'mod-alerts', keywords: [], scoreAtMost: 0 },
    });
    const sam = await f.user('sam');
    await f.post(sam, f.channels.bugReports, 'This is terrible, awful and I hate it');
    const [item] = await f.rows('feedback_items');
    expect(item?.critical_reason).toBe('sentiment');
    expect(await f.messagesIn(f.channels.modAlerts)).toHaveLength(1);
  });

  it('with no alert channel, flags the item and posts nothing', async () => {
    f = await openFeedbackCommunity({ ...WITH_ROLES, critical: { channel: null } });
    const sam = await f.user('sam');
    await f.post(sam, f.channels.bugReports, 'Exploit in the shop');
    expect((await f.rows('feedback_items'))[0]?.critical_reason).toBe('keyword:exploit');
    expect(await f.messagesIn(f.channels.modAlerts)).toEqual([]);
    expect(await f.emitted('feedback.critical')).toHaveLength(1);
  });

  it('a restart does not alert again', async () => {
    f = await openFeedbackCommunity(WITH_ROLES, { restartable: true });
    const sam = await f.user('sam');
    await f.post(sam, f.channels.bugReports, 'Leak of emails');
    f = await f.restart();
    await f.c.settle();
    expect(await f.messagesIn(f.channels.modAlerts)).toHaveLength(1);
    expect(await f.rows('feedback_items')).toHaveLength(1);
  });
});
