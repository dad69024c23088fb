import { afterEach, describe, expect, it } from 'vitest';
import { openSandboxCommunity, type SandboxCommunity } from '../../../test/sandboxCommunity.js';
import { testDialect } from '../../../test/testStore.js';
import { starterConfig } from '../../config/starterConfig.js';
import { EventLog } from '../../core/EventLog.js';

describe(`onboarding on the sandbox (${testDialect})`, () => {
  let c: SandboxCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('gives a member who joins the newcomer role and welcomes them in #welcome', async () => {
    c = await openSandboxCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    const member = await c.sandbox.getMember(ada.userId);
    expect(member?.roles).toContain(c.role('New Member').id);
    const messages = await c.sandbox.listMessages(c.channel('welcome').id);
    const welcome = messages.find((m) => m.content.includes(`<@${ada.userId}>`));
    expect(welcome?.authorBot).toBe(true);
    expect(welcome?.content).toBe(
      `Welcome to My Community, <@${ada.userId}>! Say hello and tell us what brings you here.`,
    );
    const emitted = await c.store.db
      .selectFrom('event_log')
      .select(['type', 'source'])
      .where('type', '=', 'onboarding.member_welcomed')
      .execute();
    expect(emitted).toEqual([{ type: 'onboarding.member_welcomed', source: 'onboarding' }]);
  });

  it('uses the configured role, channel and text, and leaves bots alone', async () => {
    const config = starterConfig()
      .replace(/newcomerRole: .*/, 'newcomerRole: Member')
      .replace(/welcomeChannel: .*/, 'welcomeChannel: general')
      .replace(/welcomeMessage: .*/, 'welcomeMessage: "Hi {member}, this is {community}."');
    c = await openSandboxCommunity(config);
    const bob = await c.sandbox.addMember({ username: 'bob' });
    const robot = await c.sandbox.addMember({ username: 'robot', bot: true });
    await c.settle();
    expect((await c.sandbox.getMember(bob.userId))?.roles).toEqual([c.role('Member').id]);
    expect((await c.sandbox.getMember(robot.userId))?.roles).toEqual([]);
    const general = await c.sandbox.listMessages(c.channel('general').id);
    const mentioning = (userId: string) => general.filter((m) => m.authorBot && m.content.includes(`<@${userId}>`));
    expect(mentioning(bob.userId).map((m) => m.content)).toEqual([`Hi <@${bob.userId}>, this is My Community.`]);
    expect(mentioning(robot.userId)).toEqual([]);
  });

  it('records a missing welcome channel as a handler failure naming the setting', async () => {
    c = await openSandboxCommunity(starterConfig().replace(/welcomeChannel: .*/, 'welcomeChannel: lobby'));
    await c.sandbox.addMember({ username: 'cleo' });
    await c.settle();
    const failures = await c.store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
    expect(failures).toEqual([
      { module: 'onboarding', error: 'onboarding.welcomeChannel: no text channel named "lobby"' },
    ]);
  });

  it('welcomes once when a join is handled again after a crash', async () => {
    c = await openSandboxCommunity();
    const dina = await c.sandbox.addMember({ username: 'dina' });
    await c.settle();
    // Simulate a crash after the effects but before handled_at was written.
    await c.store.db.updateTable('event_log').set({ handled_at: null }).where('type', '=', 'member.joined').execute();
    expect(await c.engine.recover()).toBe(1);
    const messages = await c.sandbox.listMessages(c.channel('welcome').id);
    const welcomes = messages.filter((m) => m.authorBot && m.content.includes(`<@${dina.userId}>`));
    expect(welcomes).toHaveLength(1);
    expect(await new EventLog(c.store.db, c.clock).unhandled()).toEqual([]);
  });

  it('welcomes once when the outbox crashed between the post and its done mark (the nonce returns the first post)', async () => {
    c = await openSandboxCommunity();
    const emil = await c.sandbox.addMember({ username: 'emil' });
    await c.settle();
    // Simulate a crash after the welcome was posted, before the outbox marked it done.
    await c.store.db
      .updateTable('outbox')
      .set({ status: 'pending', result: null, done_at: null })
      .where('action', '=', 'sendMessage')
      .execute();
    expect(await c.engine.recover()).toBe(0);
    const messages = await c.sandbox.listMessages(c.channel('welcome').id);
    const welcomes = messages.filter((m) => m.authorBot && m.content.includes(`<@${emil.userId}>`));
    expect(welcomes).toHaveLength(1);
    const marker = await c.store.db
      .withTables<{ onboarding_welcomes: { user_id: string; welcome_message_id: string } }>()
      .selectFrom('onboarding_welcomes')
      .select('welcome_message_id')
      .where('user_id', '=', emil.userId)
      .executeTakeFirstOrThrow();
    // The marker holds the outbox's stand-in id, which now resolves to the one welcome.
    expect(await c.engine.outbox.resolveRef(marker.welcome_message_id)).toEqual({
      status: 'done',
      id: welcomes[0]?.id,
    });
  });

  it("answers a default type pick with the type's text and the starter server's channels", async () => {
    c = await openSandboxCommunity();
    const fay = await c.sandbox.addMember({ username: 'fay' });
    await c.settle();
    const welcome = (await c.sandbox.listMessages(c.channel('welcome').id)).find((m) =>
      m.content.includes(`<@${fay.userId}>`),
    );
    if (welcome === undefined) throw new Error('no welcome');
    expect(welcome.components.flatMap((row) => row.components).map((b) => b.customId)).toEqual([
      `onboarding:welcome:type:${fay.userId}:developer`,
      `onboarding:welcome:type:${fay.userId}:designer`,
      `onboarding:welcome:type:${fay.userId}:learner`,
      `onboarding:welcome:rules:${fay.userId}`,
      `onboarding:welcome:dms:${fay.userId}`,
    ]);
    const { interactionId } = await c.sandbox.clickButton({
      userId: fay.userId,
      channelId: welcome.channelId,
      messageId: welcome.id,
      customId: `onboarding:welcome:type:${fay.userId}:learner`,
    });
    await c.settle();
    // The default types name the starter server's channels and give no role.
    expect((await c.sandbox.getInteraction(interactionId))?.reply).toEqual({
      content: `**Welcome, future expert!**\nAccess our learning resources and connect with mentors.\n\nStart with: <#${c.channel('help').id}> <#${c.channel('introductions').id}>`,
      ephemeral: true,
    });
    expect((await c.sandbox.getMember(fay.userId))?.roles).toEqual([c.role('New Member').id]);
    expect(await c.store.db.selectFrom('handler_failures').select('error').execute()).toEqual([]);
  });
});
