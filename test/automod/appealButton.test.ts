import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxDirectMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const HOUR = 3_600_000;

/** The user's DMs, oldest first. */
async function dms(c: ModerationCommunity, userId: string): Promise<SandboxDirectMessage[]> {
  const list = await c.sandbox.listDirectMessages(userId);
  return list.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

/** Clicks the Appeal button of the user's latest DM that has one; returns what the bot answered. */
async function pressAppeal(c: ModerationCommunity, userId: string) {
  const notice = (await dms(c, userId)).findLast((d) => d.components.length > 0);
  const button = notice?.components[0]?.components[0];
  if (notice === undefined || button === undefined) throw new Error('no DM with an Appeal button');
  const { interactionId } = await c.sandbox.clickDirectMessageButton({
    userId,
    messageId: notice.id,
    customId: button.customId,
  });
  await c.settle();
  const answered = await c.sandbox.getInteraction(interactionId);
  return { interactionId, button, modal: answered?.modal ?? null, reply: answered?.reply ?? null };
}

async function submit(c: ModerationCommunity, userId: string, interactionId: string, statement: string) {
  const { interactionId: submitted } = await c.sandbox.submitModal({ userId, interactionId, fields: { statement } });
  await c.settle();
  return (await c.sandbox.getInteraction(submitted))?.reply ?? null;
}

describe(`appeals from the DM notice's button (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('a banned member presses Appeal on the ban notice, fills in the form, and later reads the decision there', async () => {
    c = await openModerationCommunity();
    const [noor, lena, kenji] = [await c.user('noor'), await c.user('lena'), await c.user('kenji')];
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    await c.command(noor, 'ban', { member: lena, reason: 'phishing', duration: '7d' });
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([lena]);
    const notice = (await dms(c, lena)).at(-1);
    expect(notice?.content).toContain('press the **Appeal** button below: it works after the ban.');
    expect(notice?.components).toEqual([
      {
        components: [{ kind: 'button', customId: 'moderation:appeal:1', label: 'Appeal case #1', style: 'secondary' }],
      },
    ]);

    // Banned, she is no member: the button still works, as on Discord.
    const pressed = await pressAppeal(c, lena);
    expect(pressed.reply).toBeNull();
    expect(pressed.modal).toEqual({
      customId: 'moderation:appeal-form:1',
      title: 'Appeal case #1',
      inputs: [
        {
          customId: 'statement',
          label: 'What happened, from your side?',
          style: 'paragraph',
          required: true,
          minLength: 10,
          maxLength: 1500,
          placeholder: 'Moderators read this and decide with a reason.',
        },
      ],
    });
    await expect(
      c.sandbox.submitModal({ userId: lena, interactionId: pressed.interactionId, fields: { statement: 'short' } }),
    ).rejects.toThrow('takes 10–1500 characters, got 5');
    expect(await submit(c, lena, pressed.interactionId, 'My account was hacked; I changed my password.')).toEqual({
      content:
        'Appeal #1 of case #1 is with the moderators. You will get the decision and the reasoning by DM, normally within 48 hours (if Discord cannot deliver it because you are no longer in the server, the appeal button on your notice shows it).',
      ephemeral: true,
    });
    await expect(
      c.sandbox.submitModal({
        userId: lena,
        interactionId: pressed.interactionId,
        fields: { statement: 'again and again' },
      }),
    ).rejects.toThrow('already submitted');
    const alert = (await c.botMessages('mod-log')).at(-1);
    expect(alert?.content).toContain('**Appeal #1** of case #1 by <@');
    expect(alert?.content).toContain('“My account was hacked; I changed my password.”');
    expect(alert?.pinged).toEqual({ userIds: [], roleIds: [c.role('Moderator').id] });

    expect((await pressAppeal(c, lena)).reply?.content).toBe('Your appeal #1 of case #1 is still being reviewed.');

    expect(
      (await c.command(kenji, 'review-appeal', { appeal: 1, decision: 'uphold', reason: 'the link was posted twice' }))
        ?.content,
    ).toContain('Discord could not deliver the decision by DM');
    const pressedAgain = await pressAppeal(c, lena);
    expect(pressedAgain.modal?.title).toBe('Final appeal of case #1');
    expect(await submit(c, lena, pressedAgain.interactionId, 'Please look at the login history I sent.')).toMatchObject(
      {
        content: expect.stringContaining('is with the admins (final appeal)') as string,
      },
    );
    await c.command(c.guild.ownerId, 'review-appeal', { appeal: 2, decision: 'uphold', reason: 'no new facts' });
    const last = await pressAppeal(c, lena);
    expect(last.modal).toBeNull();
    expect(last.reply?.content).toMatch(
      /^Case #1 has had all its appeals\.\nYour final appeal #2 was upheld: the case stands on \d{4}-\d\d-\d\d\. Reason: no new facts\.$/,
    );
  });

  it('a timed-out member appeals from the DM at once; the decision arrives by DM with the button for the final appeal', async () => {
    c = await openModerationCommunity();
    const [noor, priya, kenji] = [await c.user('noor'), await c.user('priya'), await c.user('kenji')];
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    await c.command(noor, 'timeout', { member: priya, duration: '1h', reason: 'heated' });
    const pressed = await pressAppeal(c, priya);
    expect(pressed.modal?.customId).toBe('moderation:appeal-form:1');
    await submit(c, priya, pressed.interactionId, 'I was quoting the other member, not insulting.');
    await c.command(kenji, 'review-appeal', { appeal: 1, decision: 'uphold', reason: 'tone was still hostile' });
    const decision = (await dms(c, priya)).at(-1);
    expect(decision?.content).toBe(
      '📨 Your appeal of case #1 in **Test Community** was upheld: the case stands. Reason: tone was still hostile. You may appeal once more, to the admins: press the button below (or use `/appeal case:1`).',
    );
    expect(decision?.components[0]?.components[0]).toEqual({
      kind: 'button',
      customId: 'moderation:appeal:1',
      label: 'Final appeal of case #1',
      style: 'secondary',
    });
    c.clock.advance(HOUR);
    const final = await pressAppeal(c, priya);
    expect(final.modal?.title).toBe('Final appeal of case #1');
  });

  it("someone else's button, a forged case number or appeals switched off get a private refusal, no form", async () => {
    c = await openModerationCommunity({ sections: { moderation: { appeals: { enabled: false } } } });
    const [noor, sam] = [await c.user('noor'), await c.user('sam')];
    await c.command(noor, 'warn', { member: sam, reason: 'spam' });
    const notice = (await dms(c, sam)).at(-1);
    expect(notice?.components).toEqual([]);
    expect(notice?.content).not.toContain('Appeal');
    await c.close();

    c = await openModerationCommunity();
    const [noor2, sam2, lena] = [await c.user('noor'), await c.user('sam'), await c.user('lena')];
    await c.command(noor2, 'warn', { member: sam2, reason: 'spam' });
    const samNotice = (await dms(c, sam2)).at(-1);
    // Lena cannot press Sam's DM button: the sandbox, like Discord, only shows DMs to their recipient.
    await expect(
      c.sandbox.clickDirectMessageButton({
        userId: lena,
        messageId: samNotice?.id ?? '',
        customId: 'moderation:appeal:1',
      }),
    ).rejects.toThrow('Unknown Message');
    // A button in a channel (the DM fallback) with a case that is not hers is refused by the module.
    const sent = await c.sandbox.sendMessage(c.channel('general').id, {
      content: 'fallback',
      components: [
        { components: [{ kind: 'button', customId: 'moderation:appeal:1', label: 'Appeal', style: 'secondary' }] },
      ],
    });
    const { interactionId } = await c.sandbox.clickButton({
      userId: lena,
      channelId: c.channel('general').id,
      messageId: sent.id,
      customId: 'moderation:appeal:1',
    });
    await c.settle();
    const answered = await c.sandbox.getInteraction(interactionId);
    expect(answered?.modal).toBeNull();
    expect(answered?.reply).toEqual({ content: 'There is no case #1 of yours to appeal.', ephemeral: true });
  });

  it('reviewers decide from the alert: the buttons ask for the reasoning; a final appeal only admins may decide', async () => {
    c = await openModerationCommunity();
    const community = c;
    const [noor, lena, kenji] = [await c.user('noor'), await c.user('lena'), await c.user('kenji')];
    const owner = c.guild.ownerId;
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    await c.command(noor, 'ban', { member: lena, reason: 'phishing', duration: '7d' });
    await submit(c, lena, (await pressAppeal(c, lena)).interactionId, 'Somebody else used my laptop that evening.');
    const alert = (await c.botMessages('mod-log')).at(-1);
    expect(alert?.content).toContain('Decide within 48 hours: the buttons below, or `/review-appeal appeal:1`.');
    expect(alert?.components).toEqual([
      {
        components: [
          { kind: 'button', customId: 'moderation:decide:1:upheld', label: 'Uphold…', style: 'secondary' },
          { kind: 'button', customId: 'moderation:decide:1:overturned', label: 'Overturn…', style: 'danger' },
        ],
      },
    ]);
    /** Presses a decision button on the latest alert, as a member of the staff. */
    const press = async (userId: string, customId: string) => {
      const latest = (await community.botMessages('mod-log')).findLast((m) => m.components.length > 0);
      const { interactionId } = await community.sandbox.clickButton({
        userId,
        channelId: community.channel('mod-log').id,
        messageId: latest?.id ?? '',
        customId,
      });
      await community.settle();
      return { interactionId, answered: await community.sandbox.getInteraction(interactionId) };
    };
    const decide = async (userId: string, customId: string, reason: string) => {
      const pressed = await press(userId, customId);
      const { interactionId } = await community.sandbox.submitModal({
        userId,
        interactionId: pressed.interactionId,
        fields: { reason },
      });
      await community.settle();
      return (await community.sandbox.getInteraction(interactionId))?.reply?.content;
    };

    const uphold = await press(kenji, 'moderation:decide:1:upheld');
    expect(uphold.answered?.modal).toEqual({
      customId: 'moderation:decision:1:upheld',
      title: 'Uphold appeal #1',
      inputs: [
        {
          customId: 'reason',
          label: 'Your reasoning (sent to the member)',
          style: 'paragraph',
          required: true,
          minLength: 3,
          maxLength: 1000,
        },
      ],
    });
    const upheld = await c.sandbox.submitModal({
      userId: kenji,
      interactionId: uphold.interactionId,
      fields: { reason: 'the link was sent from her account' },
    });
    await c.settle();
    expect((await c.sandbox.getInteraction(upheld.interactionId))?.reply?.content).toMatch(
      /^Appeal #1: case #1 upheld\. Discord could not deliver the decision by DM/,
    );

    await submit(c, lena, (await pressAppeal(c, lena)).interactionId, 'Please check the login history I emailed.');
    const refused = await press(kenji, 'moderation:decide:2:overturned');
    expect(refused.answered?.modal).toBeNull();
    expect(refused.answered?.reply?.content).toBe('Appeal #2 is a final appeal: only admins can decide it.');
    expect(await decide(owner, 'moderation:decide:2:overturned', 'the login came from another country')).toBe(
      'Appeal #2: case #1 overturned (ban lifted). Discord could not deliver the decision by DM (the member shares no server with the bot or has DMs closed): the Appeal button on their notice shows it.',
    );
    expect(await c.sandbox.listBans()).toEqual([]);
    expect((await press(owner, 'moderation:decide:2:upheld')).answered?.reply?.content).toBe(
      'Appeal #2 was already decided (overturned).',
    );
    expect((await pressAppeal(c, lena)).reply?.content).toMatch(
      /^Case #1 was already overturned\.\nYour final appeal #2 was overturned: the case is withdrawn on \d{4}-\d\d-\d\d\. Reason: the login came from another country\.$/,
    );
  });
});
