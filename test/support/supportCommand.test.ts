import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { HOUR, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

let t: SupportCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const reply = (outcome: { reply: { content?: string; ephemeral?: boolean } | null }) => ({
  content: outcome.reply?.content ?? '',
  ephemeral: outcome.reply?.ephemeral ?? false,
});

describe(`/support (${testDialect})`, () => {
  it('queue: unanswered questions oldest first, age against the tier target, overdue marked, links', async () => {
    t = await openSupportCommunity();
    const [noor, sam, kenji, tomas, lena] = [
      await t.user('noor'),
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('tomas'),
      await t.user('lena'),
    ];
    const general = t.c.channel('general').id;
    expect(reply(await t.commandIn(general, noor, 'support', 'queue'))).toEqual({
      content: 'No unanswered questions. 🎉',
      ephemeral: true,
    });

    const old = await t.ask(sam, 'Login loop on mobile', 'It keeps asking.');
    await t.advanceBy(50 * HOUR);
    const newer = await t.ask(kenji, 'Invite link expired', 'Need a new one.');
    const answered = await t.ask(tomas, 'Dark mode?', 'Is there one?');
    await t.post(lena, answered, 'Yes, in Appearance.');
    await t.advanceBy(5 * HOUR);

    const queue = reply(await t.commandIn(general, noor, 'support', 'queue'));
    expect(queue.ephemeral).toBe(true);
    const lines = queue.content.split('\n');
    expect(lines).toEqual([
      '**Unanswered questions** (2, oldest first)',
      `• ⚠️ **overdue** · [Login loop on mobile](https://discord.com/channels/${t.guildId}/${old}) · 2 d 7 h · platform (target 48 h)`,
      `• [Invite link expired](https://discord.com/channels/${t.guildId}/${newer}) · 5 h · expert (target 24 h)`,
    ]);
  });

  it('refuses members who are not staff', async () => {
    t = await openSupportCommunity();
    const sam = await t.user('sam');
    const q = await t.ask(sam, 'Why is my role gone?', 'It vanished.');
    expect(reply(await t.commandIn(q, sam, 'support', 'escalate'))).toEqual({
      content: 'Only support staff can use /support.',
      ephemeral: true,
    });
    expect(await t.rows('support_escalations')).toEqual([]);
  });

  it('escalate: moves the question to the next tier now, once per tier, and the old deadline is dropped', async () => {
    t = await openSupportCommunity();
    const [noor, sam] = [await t.user('noor'), await t.user('sam')];
    const askedAt = t.now();
    const q = await t.ask(sam, 'Server boost perks missing', 'Paid yesterday.', { tags: ['Billing'] });
    await t.advanceBy(HOUR);

    expect(reply(await t.commandIn(q, noor, 'support', 'escalate'))).toEqual({
      content: 'Moved to the **expert** tier.',
      ephemeral: true,
    });
    const [expert] = await t.messagesIn(t.channels.staffSupport);
    expect(expert?.pinged.roleIds).toEqual([t.roles.expert]);
    const row = (await t.rows('support_questions'))[0];
    expect({ tier: row?.tier, escalate_at: row?.escalate_at }).toEqual({ tier: 1, escalate_at: askedAt + 24 * HOUR });

    // The community tier's 4 h deadline passes: stale, nothing posted again.
    await t.advanceTo(askedAt + 5 * HOUR);
    expect(await t.messagesIn(t.channels.staffSupport)).toHaveLength(1);

    expect(reply(await t.commandIn(q, noor, 'support', 'escalate')).content).toBe('Moved to the **platform** tier.');
    expect(reply(await t.commandIn(q, noor, 'support', 'escalate')).content).toBe(
      'This question is already at the last tier (platform).',
    );
    const notices = await t.messagesIn(t.channels.staffSupport);
    expect(notices.map((m) => m.pinged.roleIds)).toEqual([[t.roles.expert], [t.roles.platform]]);
    // Its own deadline still reports it overdue at 48 h.
    await t.advanceTo(askedAt + 48 * HOUR);
    expect((await t.messagesIn(t.channels.staffSupport)).at(-1)?.content).toContain('Overdue');
    expect(await t.emitted<{ tierIndex: number }>('support.escalated')).toHaveLength(3);
  });

  it('escalate outside a question thread says where to use it', async () => {
    t = await openSupportCommunity();
    const noor = await t.user('noor');
    expect(reply(await t.commandIn(t.c.channel('general').id, noor, 'support', 'escalate')).content).toBe(
      "Use /support escalate in a question's thread.",
    );
  });
});
