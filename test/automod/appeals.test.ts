import { afterEach, describe, expect, it } from 'vitest';
import { moderationDb } from '../../src/modules/moderation/ModerationTables.js';
import { AuditLog } from '../../src/core/AuditLog.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

const HOUR = 3_600_000;

/** The member's DMs, oldest first. */
async function dms(c: ModerationCommunity, userId: string): Promise<string[]> {
  const list = await c.sandbox.listDirectMessages(userId);
  return list.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)).map((d) => d.content);
}

describe(`appeals (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('first appeal to moderators (not the one who acted), final appeal to admins, overturning removes the strike', async () => {
    c = await openModerationCommunity();
    const [noor, sam, kenji] = [await c.user('noor'), await c.user('sam'), await c.user('kenji')];
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    await c.command(noor, 'warn', { member: sam, reason: 'spam' });

    expect((await c.command(sam, 'appeal', { case: 1, statement: 'It was a joke between friends' }))?.content).toBe(
      'Appeal #1 of case #1 is with the moderators. You will get the decision and the reasoning by DM, normally within 48 hours (if Discord cannot deliver it because you are no longer in the server, the appeal button on your notice shows it).',
    );
    const notice = (await c.botMessages('mod-log')).at(-1);
    expect(notice?.content).toContain(`<@&${c.role('Moderator').id}>`);
    expect(notice?.content).toContain('**Appeal #1** of case #1');
    expect((await c.command(sam, 'appeal', { case: 1, statement: 'again' }))?.content).toBe(
      'Your appeal #1 of case #1 is still being reviewed.',
    );

    expect((await c.command(noor, 'review-appeal', { appeal: 1, decision: 'overturn', reason: 'fine' }))?.content).toBe(
      'You took part in this case: another reviewer must decide the appeal.',
    );
    expect(
      (await c.command(kenji, 'review-appeal', { appeal: 1, decision: 'uphold', reason: 'it was spam' }))?.content,
    ).toBe('Appeal #1: case #1 upheld. The member was told.');
    expect((await dms(c, sam)).at(-1)).toBe(
      '📨 Your appeal of case #1 in **Test Community** was upheld: the case stands. Reason: it was spam. You may appeal once more, to the admins: press the button below (or use `/appeal case:1`).',
    );

    expect((await c.command(sam, 'appeal', { case: 1, statement: 'please reconsider' }))?.content).toContain(
      'is with the admins (final appeal)',
    );
    expect((await c.command(kenji, 'review-appeal', { appeal: 2, decision: 'overturn', reason: 'ok' }))?.content).toBe(
      'Appeal #2 is a final appeal: only admins can decide it.',
    );
    expect(
      (
        await c.command(c.guild.ownerId, 'review-appeal', {
          appeal: 2,
          decision: 'overturn',
          reason: 'context shows a joke',
        })
      )?.content,
    ).toBe('Appeal #2: case #1 overturned. The member was told.');
    expect((await dms(c, sam)).at(-1)).toBe(
      '📨 Your appeal of case #1 in **Test Community** was overturned: the case is withdrawn. Reason: context shows a joke.',
    );
    expect((await c.command(sam, 'history'))?.content).toContain('You have 0 active strikes.');
    // Each decision is a staff action in the audit log (the refused attempt is not).
    const decisions = await new AuditLog(c.store.db, c.clock).list({ actionPrefix: 'moderation.appeal_' });
    expect(decisions.map(({ actor, action, target, details }) => ({ actor, action, target, details }))).toEqual([
      {
        actor: `discord:${c.guild.ownerId}`,
        action: 'moderation.appeal_overturn',
        target: 'case#1',
        details: { reason: 'context shows a joke', caseId: 1, appealId: 2, level: 'final', undone: null },
      },
      {
        actor: `discord:${kenji}`,
        action: 'moderation.appeal_uphold',
        target: 'case#1',
        details: { reason: 'it was spam', caseId: 1, appealId: 1, level: 'first', undone: null },
      },
    ]);
    expect((await c.command(sam, 'appeal', { case: 1, statement: 'thanks' }))?.content).toBe(
      'Case #1 was already overturned.',
    );
  });

  it('overturning a ban lifts it; a moderator files the appeal for the banned member', async () => {
    c = await openModerationCommunity();
    const [noor, lena, kenji] = [await c.user('noor'), await c.user('lena'), await c.user('kenji')];
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    await c.command(noor, 'ban', { member: lena, reason: 'phishing', duration: '7d' });
    expect(
      (await c.command(kenji, 'appeal', { case: 1, statement: 'Lena emailed: her account was hacked' }))?.content,
    ).toContain('Appeal #1 of case #1');
    expect(
      (
        await c.command(c.guild.ownerId, 'review-appeal', {
          appeal: 1,
          decision: 'overturn',
          reason: 'hacked, now secured',
        })
      )?.content,
    ).toBe(
      'Appeal #1: case #1 overturned (ban lifted). Discord could not deliver the decision by DM (the member shares no server with the bot or has DMs closed): the Appeal button on their notice shows it.',
    );
    expect(await c.sandbox.listBans()).toEqual([]);
    expect((await c.engine.audit.list({ actionPrefix: 'moderation.appeal_' })).map((r) => [r.actor, r.action])).toEqual(
      [
        [`discord:${c.guild.ownerId}`, 'moderation.appeal_overturn'],
        [`discord:${kenji}`, 'moderation.appeal_file'],
      ],
    );
  });

  it('flags an appeal still waiting after 48 hours to the lead role', async () => {
    c = await openModerationCommunity();
    const [noor, priya] = [await c.user('noor'), await c.user('priya')];
    await c.command(noor, 'timeout', { member: priya, duration: '1h', reason: 'heated' });
    // Like Discord, the sandbox refuses commands from a timed-out member: she appeals once it ends.
    expect(await c.command(priya, 'appeal', { case: 1, statement: 'too early' }).catch(() => null)).toBeNull();
    c.clock.advance(HOUR);
    await c.command(priya, 'appeal', { case: 1, statement: 'I calmed down' });
    c.clock.advance(47 * HOUR);
    await c.runDueJobs();
    expect((await c.botMessages('mod-log')).some((m) => m.content.includes('has waited'))).toBe(false);
    c.clock.advance(HOUR);
    await c.runDueJobs();
    const flag = (await c.botMessages('mod-log')).at(-1);
    expect(flag?.content).toBe(
      `<@&${c.role('Admin').id}> 🚨 **severe**: ⏰ Appeal #1 (first) of case #1 by <@${priya}> has waited more than 48 hours.`,
    );
    const row = await moderationDb(c.store.db)
      .selectFrom('moderation_appeals')
      .select('flagged_at')
      .executeTakeFirstOrThrow();
    expect(row.flagged_at).toBe(c.clock.now());
  });

  it('counts overturned automod cases per rule as false positives', async () => {
    c = await openModerationCommunity();
    const [sam, lena, noor] = [await c.user('sam'), await c.user('lena'), await c.user('noor')];
    await c.post(sam, 'general', 'anyone want free nitro? asking for the giveaway thread');
    await c.post(lena, 'general', 'f r e e n i t r o here, dm me');
    await c.command(sam, 'appeal', { case: 1, statement: 'I was asking whether a giveaway was legit' });
    await c.command(noor, 'review-appeal', { appeal: 1, decision: 'overturn', reason: 'a question, not a scam' });
    const stats = await c.command(noor, 'false-positives');
    expect(stats?.content).toBe(
      [
        'False positives by rule (cases overturned on appeal):',
        '**Scam message** (`scam-phrases`): 2 cases, 1 appealed, 1 overturned (50.0 %)',
      ].join('\n'),
    );
  });
});
