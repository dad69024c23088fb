import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { MINUTE, openJourneyCommunity, type JourneyCommunity } from './journeyCommunity.js';

const JOURNEY = [
  { id: 'one', after: '1m', message: 'Tip one for {member}.' },
  { id: 'two', after: '2m', message: 'Tip two.' },
  { id: 'three', after: '3m', message: 'Tip three.' },
];

describe(`journey DMs and opt-outs (${testDialect})`, () => {
  let j: JourneyCommunity | undefined;
  afterEach(async () => {
    await j?.c.close();
    j = undefined;
  });

  it('DMs a member only after they opt in, with both opt-out buttons; "No more DMs" sends them back to the thread', async () => {
    j = await openJourneyCommunity({ journey: JOURNEY });
    const { c } = j;
    const joinedAt = c.clock.now();
    const ida = (await c.sandbox.addMember({ username: 'ida' })).userId;
    await j.advanceTo(joinedAt, MINUTE);
    expect(await c.sandbox.listDirectMessages(ida)).toEqual([]);
    expect(await j.outcomes(ida)).toMatchObject({ one: 'thread' });

    const optIn = await j.command(ida, 'dms', { allowed: true });
    expect(optIn).toMatchObject({ ephemeral: true, content: expect.stringContaining('by DM') as string });
    await j.advanceTo(joinedAt, 2 * MINUTE);
    const [dm] = await c.sandbox.listDirectMessages(ida);
    expect(dm?.content).toBe('Tip two.');
    expect(dm?.components).toEqual([
      {
        components: [
          { kind: 'button', customId: `onboarding:journey:stop:${ida}`, label: 'Stop these tips', style: 'secondary' },
          { kind: 'button', customId: `onboarding:journey:dms-off:${ida}`, label: 'No more DMs', style: 'secondary' },
        ],
      },
    ]);
    expect(await j.outcomes(ida)).toMatchObject({ two: 'dm' });

    const { interactionId } = await c.sandbox.clickDirectMessageButton({
      userId: ida,
      messageId: dm?.id ?? '',
      customId: `onboarding:journey:dms-off:${ida}`,
    });
    await c.settle();
    expect((await c.sandbox.getInteraction(interactionId))?.reply).toMatchObject({ ephemeral: true });
    await j.advanceTo(joinedAt, 3 * MINUTE);
    expect(await c.sandbox.listDirectMessages(ida)).toHaveLength(1);
    expect(await j.outcomes(ida)).toEqual({ one: 'thread', two: 'dm', three: 'thread' });
    expect(await j.emitted('onboarding.dm_preference_changed')).toEqual([
      { userId: ida, allowed: true },
      { userId: ida, allowed: false },
    ]);
    expect(await j.emitted('onboarding.step_sent')).toEqual([
      { userId: ida, stepId: 'one', via: 'thread', fellBack: false },
      { userId: ida, stepId: 'two', via: 'dm', fellBack: false },
      { userId: ida, stepId: 'three', via: 'thread', fellBack: false },
    ]);
    // The thread was made once, for the first step, and used again for the third.
    const thread = (await j.row(ida)).thread_id ?? '';
    expect((await j.messagesIn(thread)).map((m) => m.content)).toEqual([
      `Tip one for <@${ida}>.`,
      `<@${ida}> Tip three.`,
    ]);
  });

  it('falls back to the journey channel, with a mention, when the opted-in member has closed their DMs', async () => {
    j = await openJourneyCommunity({ journey: JOURNEY.slice(0, 1) });
    const { c } = j;
    const joinedAt = c.clock.now();
    const jo = (await c.sandbox.addMember({ username: 'jo' })).userId;
    await c.settle();
    await j.command(jo, 'dms', { allowed: true });
    await c.sandbox.setDmsOpen(jo, false);
    await j.advanceTo(joinedAt, MINUTE);
    const fallback = (await j.messagesIn(c.channel('welcome').id)).filter((m) => m.content.includes('Tip one'));
    expect(fallback.map((m) => m.content)).toEqual([`<@${jo}> Tip one for <@${jo}>.`]);
    expect(await j.steps(jo)).toMatchObject([{ step_id: 'one', outcome: 'channel', detail: 'dm_closed' }]);
    expect(await j.emitted('onboarding.step_sent')).toEqual([
      { userId: jo, stepId: 'one', via: 'channel', fellBack: true },
    ]);
  });

  it('"Stop these tips" works for the member only; /onboarding stop says so when already stopped', async () => {
    j = await openJourneyCommunity({ journey: JOURNEY });
    const { c } = j;
    const joinedAt = c.clock.now();
    const kim = (await c.sandbox.addMember({ username: 'kim' })).userId;
    const lee = (await c.sandbox.addMember({ username: 'lee' })).userId;
    await j.advanceTo(joinedAt, MINUTE);
    const [tip] = await j.messagesIn((await j.row(kim)).thread_id ?? '');
    const stop = `onboarding:journey:stop:${kim}`;
    expect(await j.press(lee, tip!, stop)).toMatchObject({
      ephemeral: true,
      content: 'These tips are for someone else: only they can change them.',
    });
    expect(await j.emitted('onboarding.journey_stopped')).toEqual([]);
    expect(await j.press(kim, tip!, stop)).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('Done') as string,
    });
    expect(await j.emitted('onboarding.journey_stopped')).toEqual([{ userId: kim, reason: 'member' }]);
    expect(await j.command(kim, 'stop')).toMatchObject({ content: 'You have no onboarding tips running.' });
    await j.advanceTo(joinedAt, 10 * MINUTE);
    expect(await j.outcomes(kim)).toEqual({ one: 'thread', two: 'stopped', three: 'stopped' });
    expect(await j.outcomes(lee)).toEqual({ one: 'thread', two: 'thread', three: 'thread' });

    // /onboarding stop does the same for a member whose tips are running.
    const status = await j.command(lee, 'stop');
    expect(status).toMatchObject({ ephemeral: true, content: 'Done: no more onboarding tips. Welcome aboard!' });
    expect(await j.row(lee)).toMatchObject({ stopped_reason: 'member' });
  });
});
