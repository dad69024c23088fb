import { afterEach, describe, expect, it } from 'vitest';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import type { SandboxCommunity } from '../sandboxCommunity.js';
import { testDialect } from '../testStore.js';
import {
  emitted,
  openWelcomeCommunity,
  press,
  roleId,
  screening,
  welcomeConfig,
  welcomeOf,
} from './welcomeCommunity.js';

const MINUTE = 60_000;

describe(`onboarding welcome and gate on the sandbox (${testDialect})`, () => {
  let c: SandboxCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('welcomes with type, rules and DM buttons carrying the member id', async () => {
    c = await openWelcomeCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    const welcome = await welcomeOf(c, ada.userId);
    const id = ada.userId;
    expect(welcome.components).toEqual([
      {
        components: [
          {
            kind: 'button',
            customId: `onboarding:welcome:type:${id}:developer`,
            label: '💻 Developer',
            style: 'primary',
          },
          { kind: 'button', customId: `onboarding:welcome:type:${id}:designer`, label: 'Designer', style: 'primary' },
        ],
      },
      {
        components: [
          { kind: 'button', customId: `onboarding:welcome:rules:${id}`, label: 'Accept the rules', style: 'success' },
          { kind: 'button', customId: `onboarding:welcome:dms:${id}`, label: 'Send me tips by DM', style: 'secondary' },
        ],
      },
    ]);
    expect(welcome.pinged).toEqual({ userIds: [id], roleIds: [] });
    const row = await new OnboardingMembers(c.store.db).get(c.guild.id, id);
    expect(row).toMatchObject({ member_type: null, rules_accepted_at: null, verified_at: null, pending: 0 });
  });

  it('takes a member through type, rules and introduction to the member role', async () => {
    c = await openWelcomeCommunity();
    const joinedAt = c.clock.now();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    const welcome = await welcomeOf(c, ada.userId);
    const developer = await roleId(c, 'Developer');

    c.clock.advance(MINUTE);
    const typeReply = await press(c, ada.userId, welcome, `onboarding:welcome:type:${ada.userId}:developer`);
    expect(typeReply).toEqual({
      content: `**Welcome, fellow developer!**\nShare code and get feedback.\n\nStart with: <#${c.channel('general').id}> <#${c.channel('showcase').id}>`,
      ephemeral: true,
    });
    expect((await c.sandbox.getMember(ada.userId))?.roles).toContain(developer);
    expect(await emitted(c, 'onboarding.type_chosen')).toEqual([
      { userId: ada.userId, memberType: 'developer', roleIds: [developer] },
    ]);

    c.clock.advance(MINUTE);
    const rulesReply = await press(c, ada.userId, welcome, `onboarding:welcome:rules:${ada.userId}`);
    expect(rulesReply).toEqual({ content: 'Thanks for accepting the rules.', ephemeral: true });
    expect(await emitted(c, 'onboarding.rules_accepted')).toEqual([{ userId: ada.userId }]);

    // Too short to count, then in the wrong channel, then a real introduction.
    await c.sandbox.postMessage({ userId: ada.userId, channelId: c.channel('introductions').id, content: 'hi all' });
    await c.sandbox.postMessage({
      userId: ada.userId,
      channelId: c.channel('general').id,
      content: 'Hello, I am Ada and I write compilers.',
    });
    await c.settle();
    expect(await emitted(c, 'onboarding.intro_posted')).toEqual([]);
    c.clock.advance(MINUTE);
    const intro = await c.sandbox.postMessage({
      userId: ada.userId,
      channelId: c.channel('introductions').id,
      content: 'Hello, I am Ada and I write compilers.',
    });
    await c.settle();
    expect(await emitted(c, 'onboarding.intro_posted')).toEqual([
      { userId: ada.userId, channelId: c.channel('introductions').id, messageId: intro.id },
    ]);

    const roles = (await c.sandbox.getMember(ada.userId))?.roles ?? [];
    expect(roles).toContain(c.role('Member').id);
    expect(roles).not.toContain(c.role('New Member').id);
    expect(await emitted(c, 'onboarding.completed')).toEqual([
      { userId: ada.userId, roleId: c.role('Member').id, tookMs: 3 * MINUTE },
    ]);
    const row = await new OnboardingMembers(c.store.db).get(c.guild.id, ada.userId);
    expect(row).toMatchObject({
      joined_at: joinedAt,
      member_type: 'developer',
      type_chosen_at: joinedAt + MINUTE,
      rules_accepted_at: joinedAt + 2 * MINUTE,
      intro_posted_at: joinedAt + 3 * MINUTE,
      intro_message_id: intro.id,
      verified_at: joinedAt + 3 * MINUTE,
    });

    // Once only: a second introduction and a second press change nothing.
    await c.sandbox.postMessage({
      userId: ada.userId,
      channelId: c.channel('introductions').id,
      content: 'And I also like designing fonts a lot.',
    });
    await c.settle();
    expect(await press(c, ada.userId, welcome, `onboarding:welcome:rules:${ada.userId}`)).toEqual({
      content: 'You have already accepted the rules.',
      ephemeral: true,
    });
    expect(await emitted(c, 'onboarding.intro_posted')).toHaveLength(1);
    expect(await emitted(c, 'onboarding.completed')).toHaveLength(1);
  });

  it("swaps a member's type roles when they pick another type", async () => {
    c = await openWelcomeCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    const welcome = await welcomeOf(c, ada.userId);
    await press(c, ada.userId, welcome, `onboarding:welcome:type:${ada.userId}:developer`);
    const reply = await press(c, ada.userId, welcome, `onboarding:welcome:type:${ada.userId}:designer`);
    expect(reply?.content).toBe(
      `**Welcome, creative mind!**\nShare your designs.\n\nStart with: <#${c.channel('showcase').id}>`,
    );
    const roles = (await c.sandbox.getMember(ada.userId))?.roles ?? [];
    expect(roles).toContain(await roleId(c, 'Designer'));
    expect(roles).not.toContain(await roleId(c, 'Developer'));
    expect(await emitted(c, 'onboarding.type_chosen')).toEqual([
      { userId: ada.userId, memberType: 'developer', roleIds: [await roleId(c, 'Developer')] },
      { userId: ada.userId, memberType: 'designer', roleIds: [await roleId(c, 'Designer')] },
    ]);
  });

  it("refuses another member pressing someone's welcome", async () => {
    c = await openWelcomeCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    const bob = await c.sandbox.addMember({ username: 'bob' });
    await c.settle();
    const welcome = await welcomeOf(c, ada.userId);
    for (const customId of [
      `onboarding:welcome:type:${ada.userId}:developer`,
      `onboarding:welcome:rules:${ada.userId}`,
      `onboarding:welcome:dms:${ada.userId}`,
    ]) {
      expect(await press(c, bob.userId, welcome, customId)).toEqual({
        content: `This welcome is for <@${ada.userId}>.`,
        ephemeral: true,
      });
    }
    expect((await c.sandbox.getMember(bob.userId))?.roles).not.toContain(await roleId(c, 'Developer'));
    const rows = new OnboardingMembers(c.store.db);
    for (const userId of [ada.userId, bob.userId]) {
      expect(await rows.get(c.guild.id, userId)).toMatchObject({
        member_type: null,
        rules_accepted_at: null,
        dm_opt_in_at: null,
      });
    }
  });

  it('waits for Discord to clear membership screening before granting the member role', async () => {
    c = await openWelcomeCommunity(welcomeConfig({ gate: { steps: ['rules', 'type'] } }));
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    await screening(c, ada.userId, true);
    const welcome = await welcomeOf(c, ada.userId);
    await press(c, ada.userId, welcome, `onboarding:welcome:type:${ada.userId}:designer`);
    await press(c, ada.userId, welcome, `onboarding:welcome:rules:${ada.userId}`);
    expect((await c.sandbox.getMember(ada.userId))?.roles).not.toContain(c.role('Member').id);
    expect(await emitted(c, 'onboarding.completed')).toEqual([]);

    c.clock.advance(MINUTE);
    await screening(c, ada.userId, false);
    const roles = (await c.sandbox.getMember(ada.userId))?.roles ?? [];
    expect(roles).toContain(c.role('Member').id);
    expect(roles).not.toContain(c.role('New Member').id);
    expect(await emitted(c, 'onboarding.completed')).toEqual([
      { userId: ada.userId, roleId: c.role('Member').id, tookMs: MINUTE },
    ]);
  });

  it('ignores screening when respectDiscordScreening is off, and has no gate with no steps', async () => {
    c = await openWelcomeCommunity(welcomeConfig({ gate: { steps: ['rules'], respectDiscordScreening: false } }));
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    await screening(c, ada.userId, true);
    await press(c, ada.userId, await welcomeOf(c, ada.userId), `onboarding:welcome:rules:${ada.userId}`);
    expect((await c.sandbox.getMember(ada.userId))?.roles).toEqual([c.role('Member').id]);
    await c.close();

    c = await openWelcomeCommunity(welcomeConfig({ gate: { steps: [] } }));
    const bob = await c.sandbox.addMember({ username: 'bob' });
    await c.settle();
    const welcome = await welcomeOf(c, bob.userId);
    // No rules button without the rules step.
    expect(welcome.components.flatMap((r) => r.components).map((b) => b.customId)).toEqual([
      `onboarding:welcome:type:${bob.userId}:developer`,
      `onboarding:welcome:type:${bob.userId}:designer`,
      `onboarding:welcome:dms:${bob.userId}`,
    ]);
    await press(c, bob.userId, welcome, `onboarding:welcome:type:${bob.userId}:developer`);
    expect((await c.sandbox.getMember(bob.userId))?.roles).not.toContain(c.role('Member').id);
    expect(await emitted(c, 'onboarding.completed')).toEqual([]);
  });

  it('records a DM opt-in and says how to stop', async () => {
    c = await openWelcomeCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    c.clock.advance(MINUTE);
    const reply = await press(c, ada.userId, await welcomeOf(c, ada.userId), `onboarding:welcome:dms:${ada.userId}`);
    expect(reply?.ephemeral).toBe(true);
    expect(reply?.content).toContain('`/onboarding stop`');
    expect(reply?.content).toContain('Every DM has a button to stop them');
    const row = await new OnboardingMembers(c.store.db).get(c.guild.id, ada.userId);
    expect(row).toMatchObject({ dm_opt_in_at: c.clock.now(), dm_opt_out_at: null });
    expect(await emitted(c, 'onboarding.dm_preference_changed')).toEqual([{ userId: ada.userId, allowed: true }]);
  });
});
