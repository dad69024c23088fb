import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';
import { recognitionDb } from '../RecognitionTables.js';

const DAY = 86_400_000;

describe(`referrals (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function sources(community: RecognitionCommunity): Promise<string[]> {
    const rows = await recognitionDb(community.store.db)
      .selectFrom('recognition_join_sources')
      .select(['source', 'inviter_id'])
      .orderBy('joined_at')
      .orderBy('join_event_id')
      .execute();
    return rows.map((r) => (r.inviter_id === null ? r.source : `${r.source}:${r.inviter_id}`));
  }

  async function inviter(community: RecognitionCommunity): Promise<{ userId: string; code: string }> {
    const sam = (await community.sandbox.listMembers()).find((m) => m.username === 'sam')?.userId ?? '';
    const invite = await community.sandbox.createInvite({ userId: sam, channelId: community.channel('general').id });
    await community.settle();
    return { userId: sam, code: invite.code };
  }

  it('credits the inviter 100 and the new member 50 when a join uses their invite', async () => {
    c = await openRecognitionCommunity();
    await c.start();
    const sam = await inviter(c);
    const ada = (await c.sandbox.addMember({ username: 'ada', inviteCode: sam.code })).userId;
    await c.settle();
    expect(await c.points(sam.userId)).toBe(100);
    expect(await c.points(ada)).toBe(50);
    expect(await sources(c)).toEqual([`invite:${sam.userId}`]);
  });

  it('attributes nothing for a join through no tracked invite (vanity URL, discovery)', async () => {
    c = await openRecognitionCommunity();
    await c.start();
    await inviter(c);
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.settle();
    expect(await c.points(ada)).toBe(0);
    expect(await sources(c)).toEqual(['unknown']);
  });

  it('credits nobody when two invites were used before the first join was handled', async () => {
    c = await openRecognitionCommunity();
    await c.start();
    const sam = await inviter(c);
    const lena = (await c.sandbox.listMembers()).find((m) => m.username === 'lena')?.userId ?? '';
    const other = await c.sandbox.createInvite({ userId: lena, channelId: c.channel('general').id });
    await c.settle();
    // Both joins land in one unit of work: both are recorded before either is handled.
    const { sandbox } = c;
    await c.store.unitOfWork(async () => {
      await sandbox.addMember({ username: 'ada', inviteCode: sam.code });
      await sandbox.addMember({ username: 'bob', inviteCode: other.code });
    });
    await c.settle();
    expect(await sources(c)).toEqual(['ambiguous', 'unknown']);
    expect(await c.points(sam.userId)).toBe(0);
    const carl = (await c.sandbox.addMember({ username: 'carl', inviteCode: sam.code })).userId;
    await c.settle();
    expect(await c.points(sam.userId)).toBe(100);
    expect(await c.points(carl)).toBe(50);
  });

  it('reverses both rewards when the new member leaves within 7 days', async () => {
    c = await openRecognitionCommunity();
    await c.start();
    const sam = await inviter(c);
    const ada = (await c.sandbox.addMember({ username: 'ada', inviteCode: sam.code })).userId;
    await c.advance(6 * DAY);
    await c.sandbox.removeMember(ada);
    await c.settle();
    expect(await c.points(sam.userId)).toBe(0);
    expect(await c.points(ada)).toBe(0);
    await c.advance(2 * DAY);
    const reversed = await c.store.db
      .selectFrom('event_log')
      .select('type')
      .where('type', 'like', 'recognition.referral_%')
      .execute();
    expect(reversed.map((r) => r.type)).toEqual(['recognition.referral_reversed']);
    // Coming back later earns nobody anything again.
    await c.sandbox.addMember({ userId: ada, inviteCode: sam.code });
    await c.settle();
    expect(await c.points(sam.userId)).toBe(0);
  });

  it('confirms a referral after 7 days and gives the tier rewards at 1 and 5 referrals, announced', async () => {
    const config = recognitionConfig({
      announceChannel: 'showcase',
      referrals: {
        tiers: [
          { referrals: 1, name: 'Recruiter' },
          { referrals: 5, name: 'Connector', points: 20, role: 'Member' },
        ],
      },
    });
    c = await openRecognitionCommunity(config);
    await c.start();
    const lena = (await c.sandbox.listMembers()).find((m) => m.username === 'lena')?.userId ?? '';
    const invite = await c.sandbox.createInvite({ userId: lena, channelId: c.channel('general').id });
    await c.settle();
    const friends: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      friends.push((await c.sandbox.addMember({ username: `friend${i}`, inviteCode: invite.code })).userId);
      await c.settle();
    }
    await c.sandbox.removeMember(friends[4] ?? '');
    await c.advance(7 * DAY);
    const community = c;
    const tiers = async () =>
      (await community.botMessages('showcase')).map((m) => m.content).filter((m) => m.startsWith('🤝'));
    expect(await tiers()).toEqual([`🤝 <@${lena}> reached **Recruiter**: 1 referral.`]);
    expect(await c.points(lena)).toBe(400);
    await c.sandbox.addMember({ username: 'friend5', inviteCode: invite.code });
    await c.advance(7 * DAY);
    expect(await c.points(lena)).toBe(500 + 20);
    expect(await tiers()).toEqual([
      `🤝 <@${lena}> reached **Recruiter**: 1 referral.`,
      `🤝 <@${lena}> reached **Connector**: 5 referrals.`,
    ]);
    const member = await c.sandbox.fetchMember(c.guild.id, lena);
    expect(member?.roles).toContain(c.role('Member').id);
    expect((await c.command(lena, 'badges')).content).toContain('Referral rewards: Recruiter, Connector');
  });
});
