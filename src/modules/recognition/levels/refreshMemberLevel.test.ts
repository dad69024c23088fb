import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';

const DAY = 86_400_000;

describe(`levels as roles (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function roleNames(community: RecognitionCommunity, userId: string): Promise<string[]> {
    const member = await community.sandbox.fetchMember(community.guild.id, userId);
    const roles = await community.sandbox.listRoles();
    return (member?.roles ?? []).map((id) => roles.find((r) => r.id === id)?.name ?? id).sort();
  }

  async function post(community: RecognitionCommunity, userId: string, times: number): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await community.sandbox.postMessage({
        userId,
        channelId: community.channel('general').id,
        content: `message ${i}`,
      });
    }
    await community.settle();
  }

  async function roleChanges(community: RecognitionCommunity): Promise<number> {
    const rows = await community.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'member.updated')
      .execute();
    return rows.length;
  }

  const progression = {
    announceChannel: 'showcase',
    levels: [
      { name: 'New Member', role: 'New Member' },
      { name: 'Member', role: 'Member', conditions: { messages: 3 } },
      { name: 'Active Member', role: 'Moderator', conditions: { tenure_days: 30, messages: 5 } },
    ],
  };

  it('grants the next level’s role and removes the previous one, and announces it', async () => {
    c = await openRecognitionCommunity(recognitionConfig(progression));
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.settle();
    expect(await roleNames(c, ada)).toEqual(['New Member']);
    await post(c, ada, 3);
    expect(await roleNames(c, ada)).toEqual(['Member']);
    await c.advance(30_000);
    expect((await c.botMessages('showcase')).map((m) => m.content)).toContain(`⬆️ <@${ada}> is now **Member**.`);
    const changed = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.level_changed')
      .execute();
    expect(changed.map((e) => JSON.parse(e.payload) as unknown)).toEqual([
      { userId: ada, from: null, to: 'New Member', direction: 'up' },
      { userId: ada, from: 'New Member', to: 'Member', direction: 'up' },
    ]);
  });

  it('promotes on tenure at the daily sync, then syncs nothing more (idempotent)', async () => {
    c = await openRecognitionCommunity(recognitionConfig(progression));
    await c.start();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await post(c, ada, 5);
    expect(await roleNames(c, ada)).toEqual(['Member']);
    await c.advance(29 * DAY);
    expect(await roleNames(c, ada)).toEqual(['Member']);
    await c.advance(DAY);
    expect(await roleNames(c, ada)).toEqual(['Moderator']);
    const changes = await roleChanges(c);
    await c.advance(DAY);
    await post(c, ada, 2);
    expect(await roleChanges(c)).toBe(changes);
  });

  it('with cumulative level roles, keeps the roles of the levels below', async () => {
    c = await openRecognitionCommunity(recognitionConfig({ ...progression, levelRoles: 'cumulative' }));
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await post(c, ada, 3);
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
  });

  it('keeps a level through a drop to 90% of its requirement, and does not give it at 90% (low-water mark)', async () => {
    const config = recognitionConfig({
      referrals: { referrerPoints: 10 },
      levels: [{ name: 'Contributor', role: 'Member', conditions: { points: 150 } }],
    });
    c = await openRecognitionCommunity(config);
    await c.start();
    const general = c.channel('general').id;
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    for (let i = 0; i < 5; i += 1) await c.contribute(ada, 'tutorial');
    expect(await c.points(ada)).toBe(125);
    const invite = await c.sandbox.createInvite({ userId: ada, channelId: general });
    const friend = (await c.sandbox.addMember({ username: 'friend', inviteCode: invite.code })).userId;
    await c.settle();
    await c.contribute(ada, 'helpful_answer');
    await c.contribute(ada, 'helpful_answer');
    await c.contribute(ada, 'helpful_answer');
    expect(await c.points(ada)).toBe(150);
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
    await c.sandbox.removeMember(friend);
    await c.settle();
    expect(await c.points(ada)).toBe(140);
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
    const other = (await c.sandbox.addMember({ username: 'other' })).userId;
    for (let i = 0; i < 28; i += 1) await c.contribute(other, 'helpful_answer');
    expect(await c.points(other)).toBe(140);
    expect(await roleNames(c, other)).toEqual(['New Member']);
    await c.contribute(ada, 'bug_reported', { id: 'reversal-check' });
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
  });

  it('takes the level role away below 90% of the requirement', async () => {
    const config = recognitionConfig({
      levels: [{ name: 'Contributor', role: 'Member', conditions: { points: 150 } }],
    });
    c = await openRecognitionCommunity(config);
    const general = c.channel('general').id;
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    for (let i = 0; i < 2; i += 1) await c.contribute(ada, 'tutorial');
    const invite = await c.sandbox.createInvite({ userId: ada, channelId: general });
    const friend = (await c.sandbox.addMember({ username: 'friend', inviteCode: invite.code })).userId;
    await c.settle();
    expect(await c.points(ada)).toBe(150);
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
    await c.sandbox.removeMember(friend);
    await c.settle();
    expect(await c.points(ada)).toBe(50);
    expect(await roleNames(c, ada)).toEqual(['New Member']);
  });

  it('logs a clear error for a level role above Guildhall’s, and takes no role away meanwhile', async () => {
    const config = recognitionConfig({
      levels: [
        { name: 'Member', role: 'Member', conditions: { messages: 1 } },
        { name: 'Legend', role: 'Council', conditions: { messages: 2 } },
      ],
    });
    c = await openRecognitionCommunity(config);
    // The owner puts a role above the bot's (the seeded roles are all below it).
    await c.sandbox.createRoleAsOwner({ name: 'Council', position: 99 });
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await post(c, ada, 1);
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
    await post(c, ada, 1);
    expect(await roleNames(c, ada)).toEqual(['Member', 'New Member']);
    expect(c.logs.filter((l) => l.level === 50).map((l) => l.msg)).toEqual([
      expect.stringMatching(
        /^cannot grant role "Council": it is at or above Guildhall's highest role \(position \d+ ≥ \d+\); move Guildhall's role above it/,
      ),
    ]);
    const failures = await c.store.db.selectFrom('handler_failures').selectAll().execute();
    expect(failures).toEqual([]);
  });

  it('counts a level role a member already holds as their level and never takes it away (installing demotes nobody)', async () => {
    const config = recognitionConfig({
      levels: [
        { name: 'Member', role: 'Member', conditions: { messages: 1 } },
        { name: 'Regular', role: 'Moderator', conditions: { messages: 20 } },
      ],
    });
    c = await openRecognitionCommunity(config);
    const members = await c.sandbox.listMembers();
    const noor = members.find((m) => m.username === 'noor')?.userId ?? '';
    await post(c, noor, 1);
    expect(await roleNames(c, noor)).toEqual(['Moderator']);
    const { content } = await c.command(noor, 'rank');
    expect(content).toContain('Level: Regular');
  });
});
