import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';

const DAY = 86_400_000;

describe(`/ambassador (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  const config = recognitionConfig({
    ambassadors: {
      staffChannel: 'mod-log',
      tiers: [{ id: 'community_helper', name: 'Community Helper', role: 'Member', conditions: { helpful_answer: 3 } }],
    },
  });

  it('runs nomination → staff review → 30-day trial → confirmed (role granted), tracked for staff', async () => {
    c = await openRecognitionCommunity(config);
    await c.start();
    const members = await c.sandbox.listMembers();
    const noor = members.find((m) => m.username === 'noor')?.userId ?? ''; // Moderator: staff
    const sam = members.find((m) => m.username === 'sam')?.userId ?? '';
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    const nominate = { action: 'nominate', member: ada, tier: 'community_helper' };

    expect((await c.command(sam, 'ambassador', nominate)).content).toBe(
      `<@${ada}> does not meet the Community Helper requirements yet: helpful answer 0/3.`,
    );
    for (let i = 0; i < 3; i += 1) await c.contribute(ada, 'helpful_answer');
    expect((await c.command(sam, 'ambassador', { ...nominate, note: 'always helpful' })).content).toBe(
      `<@${ada}> is nominated as Community Helper ambassador; staff will review it.`,
    );
    expect((await c.botMessages('mod-log')).map((m) => m.content)).toEqual([
      `<@${sam}> nominated <@${ada}> as Community Helper ambassador: “always helpful”. Review with \`/ambassador action:approve\` or \`action:reject\`.`,
    ]);
    expect((await c.command(sam, 'ambassador', { action: 'approve', member: ada })).content).toBe(
      'Only staff can approve ambassadors.',
    );
    expect((await c.command(noor, 'ambassador', { action: 'approve', member: ada })).content).toBe(
      `<@${ada}> starts a 30-day Community Helper trial, until 2026-04-03.`,
    );
    expect((await c.command(noor, 'ambassador', { action: 'confirm', member: ada })).content).toBe(
      `Cannot confirm <@${ada}>: the trial ends on 2026-04-03.`,
    );
    await c.advance(30 * DAY);
    expect((await c.botMessages('mod-log')).map((m) => m.content)).toContain(
      `The Community Helper ambassador trial of <@${ada}> is over: \`/ambassador action:confirm\` or \`action:end\`.`,
    );
    expect((await c.command(noor, 'ambassador', { action: 'confirm', member: ada })).content).toBe(
      `<@${ada}> is confirmed as Community Helper ambassador. 🎉`,
    );
    expect((await c.sandbox.fetchMember(c.guild.id, ada))?.roles).toContain(c.role('Member').id);
    expect((await c.command(noor, 'ambassador', { action: 'list' })).content).toBe(
      `• <@${ada}>: Community Helper, confirmed 2026-04-03 (“always helpful”)`,
    );
    expect((await c.command(sam, 'ambassador', { action: 'list' })).content).toBe(
      'Only staff can list the ambassador programme.',
    );
    expect((await c.command(noor, 'ambassador', { action: 'end', member: ada, note: 'stepped down' })).content).toBe(
      `<@${ada}>’s Community Helper ambassadorship has ended.`,
    );
    expect((await c.sandbox.fetchMember(c.guild.id, ada))?.roles).not.toContain(c.role('Member').id);
    expect((await c.command(ada, 'ambassador', { action: 'status' })).content).toBe(
      `<@${ada}>: Community Helper, ended (“stepped down”)`,
    );
    const steps = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.ambassador_status_changed')
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => (JSON.parse(s.payload) as { status: string }).status)).toEqual([
      'nominated',
      'trial',
      'confirmed',
      'ended',
    ]);
  });
});
