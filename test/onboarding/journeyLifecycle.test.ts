import { afterEach, describe, expect, it } from 'vitest';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import { testDialect } from '../testStore.js';
import {
  DAY,
  MINUTE,
  SECOND,
  STEP_IDS,
  journeyView,
  openJourneyCommunity,
  type JourneyCommunity,
} from './journeyCommunity.js';

describe(`the onboarding journey's skips, stops, rejoins and restarts (${testDialect})`, () => {
  let j: JourneyCommunity | undefined;
  afterEach(async () => {
    await j?.c.close();
    j = undefined;
  });

  it('skips a step whose condition the member already meets, and says why', async () => {
    j = await openJourneyCommunity({
      journey: [
        { id: 'intro', after: '1m', message: 'Introduce yourself.', skipWhen: ['introduced'] },
        { id: 'type', after: '2m', message: 'Pick a type.', skipWhen: ['type_chosen'] },
        { id: 'rules', after: '3m', message: 'Read the rules.', skipWhen: ['rules_accepted'] },
        { id: 'gate', after: '4m', message: 'Finish the gate.', skipWhen: ['verified'] },
        { id: 'check-in', after: '1d', message: 'How is it going?', skipWhen: ['active'] },
        { id: 'later', after: '10d', message: 'Still here?', skipWhen: ['active'] },
      ],
    });
    const { c } = j;
    const joinedAt = c.clock.now();
    const eve = (await c.sandbox.addMember({ username: 'eve' })).userId;
    await c.settle();
    // What the welcome part records when the member introduces themself, picks a type, accepts
    // the rules and passes the gate (its own tests cover how).
    const members = new OnboardingMembers(c.store.db);
    await members.update(c.guild.id, eve, { intro_posted_at: joinedAt + 10 * SECOND }, c.clock.now());
    await j.advanceTo(joinedAt, 2 * MINUTE);
    await members.update(c.guild.id, eve, { rules_accepted_at: c.clock.now() }, c.clock.now());
    await members.update(c.guild.id, eve, { verified_at: c.clock.now() }, c.clock.now());
    await c.post(eve, 'general', 'hello all');
    await j.advanceTo(joinedAt, DAY);
    await j.advanceTo(joinedAt, 10 * DAY);
    expect(await j.outcomes(eve)).toEqual({
      intro: 'skipped',
      type: 'thread',
      rules: 'skipped',
      gate: 'skipped',
      'check-in': 'skipped',
      // The post was 10 days ago: no longer active in the last 7 days.
      later: 'thread',
    });
    expect(await j.emitted('onboarding.step_skipped')).toEqual([
      { userId: eve, stepId: 'intro', reason: 'introduced' },
      { userId: eve, stepId: 'rules', reason: 'rules_accepted' },
      { userId: eve, stepId: 'gate', reason: 'verified' },
      { userId: eve, stepId: 'check-in', reason: 'active' },
    ]);
    const thread = (await j.row(eve)).thread_id ?? '';
    expect((await j.messagesIn(thread)).map((m) => m.content)).toEqual([
      `<@${eve}> Pick a type.`,
      `<@${eve}> Still here?`,
    ]);
  });

  it('stops the journey when the member leaves: the steps left are stopped and nothing more is sent', async () => {
    j = await openJourneyCommunity();
    const { c } = j;
    const joinedAt = c.clock.now();
    const fay = (await c.sandbox.addMember({ username: 'fay' })).userId;
    await j.advanceTo(joinedAt, 30 * SECOND);
    await c.sandbox.removeMember(fay);
    await j.advanceTo(joinedAt, 40 * DAY);
    const outcomes = await j.outcomes(fay);
    expect(outcomes).toEqual({ ...Object.fromEntries(STEP_IDS.map((id) => [id, 'stopped'])), orientation: 'thread' });
    expect(await j.emitted('onboarding.journey_stopped')).toEqual([{ userId: fay, reason: 'left' }]);
    expect(await j.row(fay)).toMatchObject({ stopped_reason: 'left' });
    expect(await j.emitted('onboarding.step_sent')).toHaveLength(1);
    expect(await j.messagesIn((await j.row(fay)).thread_id ?? '')).toHaveLength(1);
  });

  it("a rejoin starts the journey over, and the first run's jobs send nothing", async () => {
    j = await openJourneyCommunity();
    const { c } = j;
    const firstJoin = c.clock.now();
    const gus = (await c.sandbox.addMember({ username: 'gus' })).userId;
    await j.advanceTo(firstJoin, 30 * SECOND);
    const firstThread = (await j.row(gus)).thread_id ?? '';
    await c.sandbox.removeMember(gus);
    await j.advanceTo(firstJoin, MINUTE);
    const secondJoin = c.clock.now();
    await c.sandbox.addMember({ userId: gus });
    await c.settle();
    expect(await j.outcomes(gus)).toEqual(Object.fromEntries(STEP_IDS.map((id) => [id, null])));
    // The first run's pick-type job (firstJoin + 2 m) comes due before the second run's.
    await j.advanceTo(firstJoin, 2 * MINUTE);
    expect(await j.outcomes(gus)).toMatchObject({ 'pick-type': null });
    await j.advanceTo(secondJoin, 40 * DAY);
    expect(Object.values(await j.outcomes(gus))).toEqual(STEP_IDS.map(() => 'thread'));
    const secondThread = (await j.row(gus)).thread_id ?? '';
    expect(secondThread).not.toBe(firstThread);
    expect(await j.messagesIn(firstThread)).toHaveLength(1);
    expect(await j.messagesIn(secondThread)).toHaveLength(8);
    expect((await j.emitted<{ stepId: string }>('onboarding.step_sent')).map((e) => e.stepId)).toEqual([
      'orientation',
      ...STEP_IDS,
    ]);
  });

  it('a restart in the middle of the journey loses no step and repeats none', async () => {
    j = await openJourneyCommunity({}, { restartable: true });
    const joinedAt = j.c.clock.now();
    const hal = (await j.c.sandbox.addMember({ username: 'hal' })).userId;
    await j.advanceTo(joinedAt, 30 * SECOND);
    j = journeyView(await j.c.restart());
    await j.advanceTo(joinedAt, 5 * MINUTE);
    j = journeyView(await j.c.restart());
    // Down for three days: the day-1 and day-3 steps are late, not lost.
    j.c.clock.advance(3 * DAY);
    j = journeyView(await j.c.restart());
    await j.advanceTo(joinedAt, 3 * DAY + MINUTE);
    expect((await j.emitted<{ stepId: string }>('onboarding.step_sent')).map((e) => e.stepId)).toEqual(
      STEP_IDS.slice(0, 5),
    );
    j = journeyView(await j.c.restart());
    await j.advanceTo(joinedAt, 40 * DAY);
    expect((await j.emitted<{ stepId: string }>('onboarding.step_sent')).map((e) => e.stepId)).toEqual(STEP_IDS);
    const thread = (await j.row(hal)).thread_id ?? '';
    expect((await j.messagesIn(thread)).length).toBe(8);
  });
});
