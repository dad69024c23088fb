import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, MINUTE, SUPPORT_SECTION, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

type Escalated = { questionId: string; tier: string; tierIndex: number; overdue: boolean; waitedMs: number };

let t: SupportCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const escalateJobs = async (c: SupportCommunity) =>
  (await c.pendingJobs()).filter((j) => j.name === 'escalateQuestion');

describe(`escalation tiers (${testDialect})`, () => {
  it('4 h: the Expert role is pinged in staff-support; 24 h: Platform Team; 48 h: one overdue notice; once per tier', async () => {
    t = await openSupportCommunity();
    const sam = await t.user('sam');
    const askedAt = t.now();
    const q = await t.ask(sam, 'Bot will not start after update', 'It crashes at boot.', { tags: ['Bots'] });
    expect((await escalateJobs(t)).map((j) => j.run_at)).toEqual([askedAt + 4 * HOUR]);

    await t.advanceTo(askedAt + 4 * HOUR - MINUTE);
    expect(await t.messagesIn(t.channels.staffSupport)).toEqual([]);
    await t.advanceTo(askedAt + 4 * HOUR);
    const [expert] = await t.messagesIn(t.channels.staffSupport);
    expect(expert?.pinged).toEqual({ userIds: [], roleIds: [t.roles.expert] });
    expect(expert?.content).toContain('**expert**');
    expect(expert?.content).toContain('Bot will not start after update');
    expect(expert?.content).toContain(`https://discord.com/channels/${t.guildId}/${q}`);
    expect(expert?.content).toContain('4 h');
    const [row] = await t.rows('support_questions');
    expect({ tier: row?.tier, escalate_at: row?.escalate_at }).toEqual({ tier: 1, escalate_at: askedAt + 24 * HOUR });

    await t.advanceTo(askedAt + 24 * HOUR);
    const platform = (await t.messagesIn(t.channels.staffSupport))[1];
    expect(platform?.pinged.roleIds).toEqual([t.roles.platform]);
    expect(platform?.content).toContain('**platform**');

    await t.advanceTo(askedAt + 48 * HOUR);
    const overdue = (await t.messagesIn(t.channels.staffSupport))[2];
    expect(overdue?.content).toContain('Overdue');
    expect(overdue?.pinged).toEqual({ userIds: [], roleIds: [] });

    // Days later: nothing more (one notice per tier, nothing left scheduled for escalation).
    await t.advanceBy(3 * DAY);
    expect(await t.messagesIn(t.channels.staffSupport)).toHaveLength(3);
    expect(await escalateJobs(t)).toEqual([]);
    expect((await t.rows('support_escalations')).map((r) => [r.tier, r.tier_name]).sort()).toEqual([
      [1, 'expert'],
      [2, 'platform'],
      [3, 'platform'],
    ]);
    expect(await t.emitted<Escalated>('support.escalated')).toEqual([
      { questionId: q, tier: 'expert', tierIndex: 1, overdue: false, waitedMs: 4 * HOUR },
      { questionId: q, tier: 'platform', tierIndex: 2, overdue: false, waitedMs: 24 * HOUR },
      { questionId: q, tier: 'platform', tierIndex: 3, overdue: true, waitedMs: 48 * HOUR },
    ]);
    // Nothing was posted in the question's own thread by escalation (the staff channel has it).
    expect((await t.messagesIn(q)).filter((m) => m.content.includes('tier'))).toEqual([]);
  });

  it('stops as soon as the question is answered (before or after a tier was pinged)', async () => {
    t = await openSupportCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const early = await t.ask(sam, 'How do I link my account?', 'Where is the setting?');
    await t.advanceBy(HOUR);
    await t.post(lena, early, 'Settings → Connections.');
    const late = await t.ask(kenji, 'Billing page is blank', 'Nothing loads.');
    const lateAt = t.now();
    await t.advanceTo(lateAt + 5 * HOUR);
    // Only the unanswered question reached the expert tier.
    const pinged = await t.messagesIn(t.channels.staffSupport);
    expect(pinged).toHaveLength(1);
    expect(pinged[0]?.content).toContain('Billing page is blank');
    await t.post(lena, late, 'Try a hard refresh.');
    await t.advanceTo(lateAt + 3 * DAY);
    expect(await t.messagesIn(t.channels.staffSupport)).toHaveLength(1);
    expect((await t.rows('support_escalations')).map((r) => [r.question_id, r.tier])).toEqual([[late, 1]]);
    expect(await escalateJobs(t)).toEqual([]);
  });

  it('is restart-safe: a restart between tiers neither repeats nor loses a notice', async () => {
    t = await openSupportCommunity(SUPPORT_SECTION, { restartable: true });
    const sam = await t.user('sam');
    const askedAt = t.now();
    await t.ask(sam, 'Webhook returns 401', 'Since this morning.');
    t = await t.restart();
    await t.advanceTo(askedAt + 5 * HOUR);
    expect(await t.messagesIn(t.channels.staffSupport)).toHaveLength(1);
    t = await t.restart();
    await t.advanceTo(askedAt + 5 * HOUR + MINUTE);
    expect(await t.messagesIn(t.channels.staffSupport)).toHaveLength(1);
    await t.advanceTo(askedAt + 24 * HOUR);
    const notices = await t.messagesIn(t.channels.staffSupport);
    expect(notices.map((m) => m.pinged.roleIds)).toEqual([[t.roles.expert], [t.roles.platform]]);
    expect(await t.rows('support_escalations')).toHaveLength(2);
  });

  it('pings in the question thread when the tier has no channel', async () => {
    t = await openSupportCommunity({
      ...SUPPORT_SECTION,
      tiers: [
        { name: 'community', within: '1h' },
        { name: 'expert', within: '2h', role: 'Expert' },
      ],
    });
    const sam = await t.user('sam');
    const askedAt = t.now();
    const q = await t.ask(sam, 'Roles do not sync', 'Help!');
    await t.advanceTo(askedAt + HOUR);
    const inThread = await t.messagesIn(q);
    const ping = inThread.find((m) => m.pinged.roleIds.length > 0);
    expect(ping?.pinged).toEqual({ userIds: [], roleIds: [t.roles.expert] });
    expect(ping?.content).toContain('**expert**');
    await t.advanceTo(askedAt + 2 * HOUR);
    expect((await t.messagesIn(q)).filter((m) => m.content.includes('⏰'))).toHaveLength(1);
    expect(await t.messagesIn(t.channels.staffSupport)).toEqual([]);
  });

  it('schedules nothing without help channels', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, helpChannels: [] });
    await t.ask(await t.user('sam'), 'Anyone there?', 'Hello');
    expect(await t.pendingJobs()).toEqual([]);
  });
});
