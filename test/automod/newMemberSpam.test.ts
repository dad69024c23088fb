import { afterEach, describe, expect, it } from 'vitest';
import { openSandboxCommunity, type SandboxCommunity } from '../sandboxCommunity.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const DAY = 86_400_000;
const PLUG = 'Check out my channel, I post Minecraft builds every day! https://youtube.com/@blockbuilds';

describe(`new-member spam with the starter config (${testDialect})`, () => {
  let c: SandboxCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function post(community: SandboxCommunity, userId: string, content: string): Promise<string> {
    const general = community.channel('general').id;
    const message = await community.sandbox.postMessage({ userId, channelId: general, content });
    await community.settle();
    return message.id;
  }

  it("deletes a new member's self-promotion and warns them; the same from a member of 8 days stays", async () => {
    c = await openSandboxCommunity();
    const members = await c.sandbox.listMembers({ limit: 50 });
    const priya = members.find((m) => m.username === 'priya')?.userId ?? '';
    const general = c.channel('general').id;

    const plug = await post(c, priya, PLUG);
    const chat = await post(c, priya, 'hi all, happy to be here! anyone else building redstone computers?');
    const left = (await c.sandbox.listMessages(general, { limit: 100 })).map((m) => m.id);
    expect(left).not.toContain(plug);
    expect(left).toContain(chat);
    const dms = await c.sandbox.listDirectMessages(priya);
    expect(
      dms
        .map((d) => `${d.content} ${d.embeds.map((e) => `${e.title ?? ''} ${e.description ?? ''}`).join(' ')}`)
        .join('\n'),
    ).toContain('looked like advertising or spam');

    c.clock.advance(8 * DAY);
    const later = await post(c, priya, PLUG);
    expect((await c.sandbox.listMessages(general, { limit: 100 })).map((m) => m.id)).toContain(later);
  });
});

describe(`new-member spam learns from moderators (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });
  const on = { sections: { automod: { builtInRules: { 'new-member-spam': true } } } };
  const ids = async (community: ModerationCommunity): Promise<string[]> =>
    (await community.sandbox.listMessages(community.channel('general').id, { limit: 100 })).map((m) => m.id);

  it('an appeal overturned clears the message: the same text is no longer deleted', async () => {
    c = await openModerationCommunity(on);
    const [priya, tomas, noor] = [await c.user('priya'), await c.user('tomas'), await c.user('noor')];
    const first = await c.post(priya, 'general', PLUG);
    expect(await ids(c)).not.toContain(first?.id);

    expect(
      (await c.command(priya, 'appeal', { case: 1, statement: 'That is my build channel, mods said it is ok' }))
        ?.content,
    ).toContain('appeal');
    await c.command(noor, 'review-appeal', { appeal: 1, decision: 'overturn', reason: 'showcase is welcome here' });

    const again = await c.post(tomas, 'general', PLUG);
    expect(await ids(c)).toContain(again?.id);
  });

  it('a member sanctioned by a moderator after a catch confirms it: a variant is then caught by the classifier', async () => {
    c = await openModerationCommunity(on);
    const [sam, kenji, lena, noor] = [
      await c.user('sam'),
      await c.user('kenji'),
      await c.user('lena'),
      await c.user('noor'),
    ];
    const variant = 'rare accounts at pixelmarketz for the cheapest prices, ping pixelmarketz';
    const before = await c.post(kenji, 'general', variant);
    expect(await ids(c)).toContain(before?.id);

    c.clock.advance(120_000);
    const caught = await c.post(
      sam,
      'general',
      'sub4sub! selling rare accounts at pixelmarketz, cheapest prices, ping pixelmarketz',
    );
    expect(await ids(c)).not.toContain(caught?.id);
    await c.command(noor, 'ban', { member: sam, reason: 'account seller' });

    c.clock.advance(120_000);
    const after = await c.post(lena, 'general', variant);
    expect(await ids(c)).not.toContain(after?.id);
    const log = await c.botMessages('mod-log');
    expect(
      log.some((m) =>
        m.embeds.some(
          (e) =>
            (e.description ?? '').includes('spam classifier') ||
            (e.fields ?? []).some((f) => f.value.includes('spam classifier')),
        ),
      ),
    ).toBe(true);
  });

  it("exports a member's caught messages with the decision, and erase removes them", async () => {
    c = await openModerationCommunity(on);
    const priya = await c.user('priya');
    await c.post(priya, 'general', PLUG);
    const exported = await c.engine.memberData.exportMember(c.guild.id, priya);
    expect(exported.automod?.spam_examples).toMatchObject([
      { content: PLUG, decision: 'pending', ruleId: 'new-member-spam' },
    ]);
    const report = await c.engine.memberData.eraseMember(c.guild.id, priya, 'cli:test', {
      keepModerationRecords: false,
    });
    expect(report.changed.automod).toBeGreaterThanOrEqual(1);
    expect((await c.engine.memberData.exportMember(c.guild.id, priya)).automod?.spam_examples).toBeUndefined();
  });
});
