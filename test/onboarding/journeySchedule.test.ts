import { afterEach, describe, expect, it } from 'vitest';
import { domainEvent } from '../../src/core/DomainEvent.js';
import { EventLog } from '../../src/core/EventLog.js';
import { testDialect } from '../testStore.js';
import { DAY, MINUTE, SECOND, STEP_IDS, openJourneyCommunity, type JourneyCommunity } from './journeyCommunity.js';

/** When each default step is due, after the join. */
const DUE = [30 * SECOND, 2 * MINUTE, 5 * MINUTE, DAY, 3 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];

describe(`the onboarding journey on the scheduler (${testDialect})`, () => {
  let j: JourneyCommunity | undefined;
  afterEach(async () => {
    await j?.c.close();
    j = undefined;
  });

  it('sends each step once, in order, at +30 s, +2 m, +5 m and days 1, 3, 7, 14 and 30, in one private thread', async () => {
    j = await openJourneyCommunity();
    const { c } = j;
    const joinedAt = c.clock.now();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.settle();
    expect(await j.outcomes(ada)).toEqual(Object.fromEntries(STEP_IDS.map((id) => [id, null])));
    expect((await j.steps(ada)).map((s) => s.due_at - joinedAt)).toEqual(DUE);

    const sentSoFar: string[] = [];
    for (const [index, due] of DUE.entries()) {
      await j.advanceTo(joinedAt, due - 1);
      expect((await j.emitted<{ stepId: string }>('onboarding.step_sent')).map((e) => e.stepId)).toEqual(sentSoFar);
      await j.advanceTo(joinedAt, due);
      sentSoFar.push(STEP_IDS[index] ?? '');
      expect((await j.emitted<{ stepId: string }>('onboarding.step_sent')).map((e) => e.stepId)).toEqual(sentSoFar);
    }
    await j.advanceTo(joinedAt, 60 * DAY);

    const sent = await j.emitted<{ userId: string; stepId: string; via: string; fellBack: boolean }>(
      'onboarding.step_sent',
    );
    expect(sent).toEqual(STEP_IDS.map((stepId) => ({ userId: ada, stepId, via: 'thread', fellBack: false })));
    expect(Object.values(await j.outcomes(ada))).toEqual(STEP_IDS.map(() => 'thread'));

    // One private thread under #welcome, made once, holding the eight messages in order.
    const { thread_id: threadId } = await j.row(ada);
    const welcomeId = c.channel('welcome').id;
    const threads = (await c.sandbox.listChannels()).filter((ch) => ch.kind === 'thread' && ch.parentId === welcomeId);
    expect(threads.map((t) => t.id)).toEqual([threadId]);
    const posted = await j.messagesIn(threadId ?? '');
    expect(posted).toHaveLength(8);
    expect(posted[0]?.content).toBe(
      `Start here, <@${ada}>: the rules, the channel guide and how to get help are pinned in the welcome channel.`,
    );
    expect(posted[4]?.content).toBe(
      `<@${ada}> A few guides members found useful in their first week are in the resources channel.`,
    );
    expect(posted[0]?.components).toEqual([
      {
        components: [
          { kind: 'button', customId: `onboarding:journey:stop:${ada}`, label: 'Stop these tips', style: 'secondary' },
        ],
      },
    ]);
    // Nothing by DM: the member never opted in.
    expect(await c.sandbox.listDirectMessages(ada)).toEqual([]);
  });

  it('speaks in the journey channel with a mention of the member only when speakIn is channel', async () => {
    j = await openJourneyCommunity({
      delivery: { speakIn: 'channel', journeyChannel: 'general' },
      journey: [{ id: 'hello', after: '1m', message: 'Hi from {community}!' }],
    });
    const { c } = j;
    const joinedAt = c.clock.now();
    const bo = (await c.sandbox.addMember({ username: 'bo' })).userId;
    await j.advanceTo(joinedAt, MINUTE);
    const posts = (await j.messagesIn(c.channel('general').id)).filter((m) => m.content.includes('Hi from'));
    expect(posts.map((m) => m.content)).toEqual([`<@${bo}> Hi from Test Community!`]);
    expect(await j.outcomes(bo)).toEqual({ hello: 'channel' });
    expect(await j.row(bo)).toMatchObject({ thread_id: null });
  });

  it('schedules nothing twice when the join is handled again after a crash', async () => {
    j = await openJourneyCommunity();
    const { c } = j;
    await c.sandbox.addMember({ username: 'cy' });
    await c.settle();
    const journeyJobs = () =>
      c.store.db
        .selectFrom('jobs')
        .select('key')
        .where('module', '=', 'onboarding')
        .where('name', '=', 'journeyStep')
        .execute();
    expect(await journeyJobs()).toHaveLength(8);
    await c.store.db.updateTable('event_log').set({ handled_at: null }).where('type', '=', 'member.joined').execute();
    await c.engine.recover();
    expect(await new EventLog(c.store.db, c.clock).unhandled()).toEqual([]);
    expect(await journeyJobs()).toHaveLength(8);
  });

  it('a join found at catch-up skips the steps already past and schedules the rest', async () => {
    j = await openJourneyCommunity();
    const { c } = j;
    const joinedAt = c.clock.now() - 2 * DAY;
    await c.engine.ingest(
      domainEvent('member.joined', {
        id: 'test:member.joined:late',
        guildId: c.guild.id,
        occurredAt: joinedAt,
        source: 'sandbox',
        payload: {
          userId: '900000000000000001',
          username: 'late',
          displayName: 'Late',
          bot: false,
          joinedAt,
          accountCreatedAt: joinedAt - DAY,
          roles: [],
          caughtUp: true,
        },
      }),
    );
    await c.settle();
    const steps = await j.steps('900000000000000001');
    expect(steps.map((s) => [s.step_id, s.outcome, s.detail])).toEqual([
      ['orientation', 'skipped', 'joined_while_offline'],
      ['pick-type', 'skipped', 'joined_while_offline'],
      ['introduce', 'skipped', 'joined_while_offline'],
      ['day-1-check-in', 'skipped', 'joined_while_offline'],
      ['day-3-resources', null, null],
      ['day-7-events', null, null],
      ['day-14-feedback', null, null],
      ['day-30-ambassadors', null, null],
    ]);
    const keys = await c.store.db
      .selectFrom('jobs')
      .select(['key', 'run_at'])
      .where('name', '=', 'journeyStep')
      .orderBy('run_at')
      .execute();
    expect(keys.map((k) => [k.key, k.run_at - joinedAt])).toEqual([
      ['test:member.joined:late:day-3-resources', 3 * DAY],
      ['test:member.joined:late:day-7-events', 7 * DAY],
      ['test:member.joined:late:day-14-feedback', 14 * DAY],
      ['test:member.joined:late:day-30-ambassadors', 30 * DAY],
    ]);
  });

  it('gives bots no journey', async () => {
    j = await openJourneyCommunity();
    const { c } = j;
    const robot = (await c.sandbox.addMember({ username: 'robot', bot: true })).userId;
    await c.settle();
    expect(await j.steps(robot)).toEqual([]);
  });

  it('/onboarding status lists the steps with their due time and outcome, ephemeral', async () => {
    j = await openJourneyCommunity({
      journey: [
        { id: 'first', after: '30s', message: 'One.' },
        { id: 'second', after: '1d', message: 'Two.' },
      ],
    });
    const { c } = j;
    const joinedAt = c.clock.now();
    const dee = (await c.sandbox.addMember({ username: 'dee' })).userId;
    await j.advanceTo(joinedAt, MINUTE);
    const reply = await j.command(dee, 'status');
    const t = (ms: number) => `<t:${Math.floor((joinedAt + ms) / 1000)}:f>`;
    expect(reply).toMatchObject({
      ephemeral: true,
      content: [
        'Your onboarding tips come in the server. `/onboarding stop` ends them.',
        `• **first** (${t(30 * SECOND)}): sent in your thread`,
        `• **second** (${t(DAY)}): waiting`,
      ].join('\n'),
    });
  });
});
