import { afterEach, describe, expect, it } from 'vitest';
import { DISCORD_EPOCH } from '../../src/platform/snowflakes.js';
import { assignVariant } from '../../src/modules/onboarding/experiments/assignVariant.js';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import type { SandboxCommunity } from '../sandboxCommunity.js';
import { testDialect } from '../testStore.js';
import {
  TWO_TYPES,
  choose,
  emitted,
  openWelcomeCommunity,
  roleId,
  welcomeConfig,
  welcomeOf,
} from './welcomeCommunity.js';

const EXPERIMENT = {
  id: 'warm-welcome',
  variants: [
    { id: 'control', weight: 1 },
    { id: 'warm', weight: 1, welcomeMessage: 'So glad you are here, {member}! {community} says hi.' },
  ],
  outcome: 'intro_within_7d',
  baselineRate: 0.3,
  minimumDetectableEffect: 0.1,
};

describe(`onboarding welcome variants on the sandbox (${testDialect})`, () => {
  let c: SandboxCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('assigns every joiner deterministically, stores the arm and welcomes with its text', async () => {
    c = await openWelcomeCommunity(
      welcomeConfig({
        experiments: [EXPERIMENT, { ...EXPERIMENT, id: 'switched-off', enabled: false }],
      }),
    );
    const names = ['ada', 'bob', 'cleo', 'dina', 'emil', 'fay'];
    const joined = [];
    for (const username of names) joined.push(await c.sandbox.addMember({ username }));
    await c.settle();
    const expected = joined.map((m) => ({
      user_id: m.userId,
      variant_id: assignVariant('warm-welcome', m.userId, EXPERIMENT.variants),
    }));
    // Both arms drawn among these six members, so both welcome texts are checked below.
    expect(new Set(expected.map((e) => e.variant_id))).toEqual(new Set(['control', 'warm']));
    const stored = await onboardingDb(c.store.db)
      .selectFrom('onboarding_assignments')
      .select(['user_id', 'variant_id', 'experiment_id'])
      .orderBy('user_id')
      .execute();
    expect(stored).toEqual(
      expected.map((e) => ({ ...e, experiment_id: 'warm-welcome' })).sort((a, b) => a.user_id.localeCompare(b.user_id)),
    );
    expect(await emitted(c, 'onboarding.variant_assigned')).toEqual(
      expected.map((e) => ({ userId: e.user_id, experimentId: 'warm-welcome', variantId: e.variant_id })),
    );
    for (const { user_id: userId, variant_id: variant } of expected) {
      const welcome = await welcomeOf(c, userId);
      expect(welcome.content).toBe(
        variant === 'warm'
          ? `So glad you are here, <@${userId}>! Test Community says hi.`
          : `Welcome to Test Community, <@${userId}>! Say hello and tell us what brings you here.`,
      );
    }

    // A rejoin keeps the stored arm and announces nothing new.
    const ada = joined[0];
    if (ada === undefined) throw new Error('no ada');
    await c.sandbox.removeMember(ada.userId);
    await c.sandbox.addMember({ userId: ada.userId });
    await c.settle();
    expect(await emitted(c, 'onboarding.variant_assigned')).toHaveLength(names.length);
  });

  it('offers a select menu beyond five member types and gives the chosen type', async () => {
    const types = [
      ...TWO_TYPES,
      ...['writer', 'tester', 'gamer', 'maker'].map((id) => ({
        id,
        label: id,
        title: `Hello ${id}`,
        message: `Things for a ${id}.`,
      })),
    ];
    c = await openWelcomeCommunity(welcomeConfig({ memberTypes: types }));
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    const welcome = await welcomeOf(c, ada.userId);
    const [menu, buttons] = welcome.components;
    expect(menu).toEqual({
      components: [
        {
          kind: 'select',
          customId: `onboarding:welcome:types:${ada.userId}`,
          placeholder: 'What brings you here?',
          options: types.map((t) => ({
            label: t.id === 'developer' ? '💻 Developer' : t.label,
            value: t.id,
            description: t.title,
          })),
        },
      ],
    });
    expect(buttons?.components).toHaveLength(2);
    const reply = await choose(c, ada.userId, welcome, `onboarding:welcome:types:${ada.userId}`, 'designer');
    expect(reply?.content).toBe(
      `**Welcome, creative mind!**\nShare your designs.\n\nStart with: <#${c.channel('showcase').id}>`,
    );
    expect((await c.sandbox.getMember(ada.userId))?.roles).toContain(await roleId(c, 'Designer'));
  });

  it('follows the welcome with the message of the invite a member used, pinging only them', async () => {
    // Sandbox invite codes are the base-36 snowflake of their creation: at a fresh millisecond
    // the code is known before the config is written.
    const inviteAt = Date.UTC(2026, 2, 1, 13);
    const code = (BigInt(inviteAt - DISCORD_EPOCH) << 22n).toString(36);
    c = await openWelcomeCommunity(
      welcomeConfig({
        referralWelcomes: [
          { invite: 'someone-else', message: 'Not this one.' },
          { invite: code, message: 'Hi {member}, {inviter} brought you to {community}!' },
        ],
      }),
    );
    const sam = (await c.sandbox.listMembers()).find((m) => m.username === 'sam');
    if (sam === undefined) throw new Error('no sam');
    c.clock.set(inviteAt);
    const invite = await c.sandbox.createInvite({ userId: sam.userId, channelId: c.channel('general').id });
    expect(invite.code).toBe(code);
    const ada = await c.sandbox.addMember({ username: 'ada', inviteCode: code });
    const bob = await c.sandbox.addMember({ username: 'bob' });
    await c.settle();

    const posts = (await c.sandbox.listMessages(c.channel('welcome').id)).filter((m) => m.authorBot);
    const followUps = posts.filter((m) => m.content.startsWith('Hi '));
    expect(followUps.map((m) => m.content)).toEqual([
      `Hi <@${ada.userId}>, <@${sam.userId}> brought you to Test Community!`,
    ]);
    expect(followUps[0]?.pinged).toEqual({ userIds: [ada.userId], roleIds: [] });
    const rows = new OnboardingMembers(c.store.db);
    expect((await rows.get(c.guild.id, ada.userId))?.invite_code).toBe(code);
    expect((await rows.get(c.guild.id, bob.userId))?.invite_code).toBeNull();

    // Handled again after a crash, the follow-up is not posted twice (its nonce).
    await c.store.db
      .updateTable('event_log')
      .set({ handled_at: null })
      .where('type', '=', 'recognition.member_referred')
      .execute();
    await c.store.db.deleteFrom('event_handlings').execute();
    await c.engine.recover();
    await c.settle();
    const again = (await c.sandbox.listMessages(c.channel('welcome').id)).filter(
      (m) => m.authorBot && m.content.startsWith('Hi '),
    );
    expect(again).toHaveLength(1);
  });
});
