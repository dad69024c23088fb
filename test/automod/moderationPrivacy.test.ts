import { afterEach, describe, expect, it } from 'vitest';
import { openCase } from '../../src/modules/moderation/cases/openCase.js';
import { moderationDb } from '../../src/modules/moderation/ModerationTables.js';
import { moderationPrivacy } from '../../src/modules/moderation/moderationPrivacy.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';
import { moderationContext } from './moderationContext.js';

const HOUR = 3_600_000;
const SCAM = 'anyone want free nitro? kenji has a giveaway thread';
const STATEMENT = 'I was asking whether the giveaway was legit, honestly';

/** Every row of moderation's tables, as text. */
async function everyRow(c: ModerationCommunity): Promise<string> {
  const db = moderationDb(c.store.db);
  const rows = await Promise.all([
    db.selectFrom('moderation_cases').selectAll().orderBy('id').execute(),
    db.selectFrom('moderation_appeals').selectAll().orderBy('id').execute(),
    db.selectFrom('moderation_lockdowns').selectAll().orderBy('id').execute(),
  ]);
  return JSON.stringify(rows);
}

/**
 * Kenji, in every role moderation records: the member of an automod case (with a copy of his
 * message) and of its appeal; then, as a moderator, the actor of a warning, the reviewer of an
 * appeal and the one who started a lockdown; the author of evidence copied into Lena's case.
 */
async function kenjiEverywhere(c: ModerationCommunity) {
  const [noor, kenji, sam, lena] = [
    await c.user('noor'),
    await c.user('kenji'),
    await c.user('sam'),
    await c.user('lena'),
  ];
  await c.post(kenji, 'general', SCAM); // case #1, kenji's
  await c.command(kenji, 'appeal', { case: 1, statement: STATEMENT }); // appeal #1, kenji's
  await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
  await c.command(kenji, 'warn', { member: lena, reason: `spam, as <@${kenji}> saw` }); // case #2: kenji acted
  await c.command(noor, 'warn', { member: sam, reason: 'off-topic' }); // case #3
  await c.command(sam, 'appeal', { case: 3, statement: 'It was on topic, see the thread' }); // appeal #2
  await c.command(kenji, 'review-appeal', { appeal: 2, decision: 'uphold', reason: 'it was not' }); // kenji decided
  await c.command(kenji, 'lockdown', { action: 'start' }); // lockdown #1 `by <@kenji>`, case #4
  await c.command(noor, 'lockdown', { action: 'end' }); // case #5
  // Lena's case quoting a message of Kenji's (a cross-member incident).
  await openCase(c.store.db, {
    guildId: c.guild.id,
    userId: lena,
    action: 'flag',
    reason: 'argument',
    actorId: null,
    evidence: [
      {
        messageId: '1',
        channelId: c.channel('general').id,
        authorId: kenji,
        content: 'kenji wrote this',
        postedAt: c.clock.now(),
      },
      {
        messageId: '2',
        channelId: c.channel('general').id,
        authorId: lena,
        content: `and <@${kenji}> replied`,
        postedAt: c.clock.now(),
      },
    ],
    sourceKey: 'test:incident',
    createdAt: c.clock.now(),
  });
  return { noor, kenji, sam, lena };
}

describe(`moderation's member export and erase (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('exports the cases and appeals about a member and what they did as a moderator', async () => {
    c = await openModerationCommunity();
    const { kenji } = await kenjiEverywhere(c);
    const exported = await moderationPrivacy.exportMember(moderationContext(c), c.guild.id, kenji);
    expect(Object.keys(exported).sort()).toEqual([
      'appeals',
      'appealsHandled',
      'cases',
      'casesActedOn',
      'evidenceInOtherCases',
      'lockdownsStarted',
    ]);
    expect(exported.cases).toMatchObject([{ id: 1, user_id: kenji, evidence: [{ authorId: kenji, content: SCAM }] }]);
    expect(exported.appeals).toMatchObject([{ id: 1, case_id: 1, statement: STATEMENT }]);
    expect(exported.casesActedOn).toMatchObject([
      { id: 2, action: 'warn' },
      { id: 4, action: 'lockdown' },
    ]);
    expect(exported.evidenceInOtherCases).toEqual([
      {
        caseId: 6,
        messageId: '1',
        channelId: c.channel('general').id,
        authorId: kenji,
        content: 'kenji wrote this',
        postedAt: c.clock.now(),
      },
    ]);
    expect(exported.appealsHandled).toMatchObject([{ id: 2, decided: true, decision_reason: 'it was not' }]);
    expect(exported.lockdownsStarted).toMatchObject([{ id: 1, reason: `by <@${kenji}>` }]);
    // Nothing about another member: Lena's id is not in Kenji's export.
    const lena = await c.user('lena');
    expect(JSON.stringify(exported)).not.toContain(lena);
    expect(await moderationPrivacy.exportMember(moderationContext(c), c.guild.id, '999999999999999999')).toEqual({});
  });

  it('erases everything about the member: their cases, appeals and message copies go, their id leaves the rest', async () => {
    c = await openModerationCommunity();
    const { kenji, lena } = await kenjiEverywhere(c);
    const changed = await moderationPrivacy.eraseMember(moderationContext(c), c.guild.id, kenji, {
      keepModerationRecords: false,
    });
    expect(changed).toBeGreaterThanOrEqual(7);
    const rows = await everyRow(c);
    expect(rows).not.toContain(kenji);
    expect(rows.toLowerCase()).not.toContain('kenji');
    expect(rows).not.toContain(STATEMENT);
    expect(rows).not.toContain('free nitro');

    const db = moderationDb(c.store.db);
    const cases = await db.selectFrom('moderation_cases').selectAll().orderBy('id').execute();
    expect(cases.map((row) => row.id)).toEqual([2, 3, 4, 5, 6]);
    expect(cases.find((row) => row.id === 2)).toMatchObject({
      user_id: lena,
      actor_id: 'erased',
      reason: 'spam, as <@erased> saw',
    });
    expect(cases.find((row) => row.id === 4)?.actor_id).toBe('erased');
    expect(JSON.parse(cases.find((row) => row.id === 6)?.evidence ?? '[]')).toMatchObject([
      { messageId: '1', authorId: 'erased', content: '' },
      { messageId: '2', authorId: lena, content: 'and <@erased> replied' },
    ]);
    const appeals = await db.selectFrom('moderation_appeals').selectAll().execute();
    expect(appeals.map((a) => [a.id, a.decided_by])).toEqual([[2, 'erased']]);
    const [lockdown] = await db.selectFrom('moderation_lockdowns').selectAll().execute();
    expect(lockdown).toMatchObject({ started_by: 'erased', reason: 'by <@erased>' });
    // The mod-log embed of a case he acted in says so.
    expect((await c.command(c.guild.ownerId, 'case', { number: 2 }))?.embeds?.[0]?.fields?.[1]).toEqual({
      name: 'By',
      value: 'an erased member',
      inline: true,
    });
    // A second erase finds nothing left.
    expect(
      await moderationPrivacy.eraseMember(moderationContext(c), c.guild.id, kenji, { keepModerationRecords: false }),
    ).toBe(0);
  });

  it('with keepModerationRecords, the cases and appeals about the member stay; the rest is erased as without', async () => {
    c = await openModerationCommunity();
    const { kenji } = await kenjiEverywhere(c);
    await moderationPrivacy.eraseMember(moderationContext(c), c.guild.id, kenji, { keepModerationRecords: true });
    const db = moderationDb(c.store.db);
    const own = await db.selectFrom('moderation_cases').selectAll().where('user_id', '=', kenji).execute();
    expect(own).toHaveLength(1);
    expect(own[0]?.evidence).toContain(SCAM);
    const ownAppeals = await db.selectFrom('moderation_appeals').selectAll().where('user_id', '=', kenji).execute();
    expect(ownAppeals.map((a) => a.statement)).toEqual([STATEMENT]);
    const others = JSON.stringify([
      await db
        .selectFrom('moderation_cases')
        .selectAll()
        .where((eb) => eb.or([eb('user_id', 'is', null), eb('user_id', '!=', kenji)]))
        .execute(),
      await db.selectFrom('moderation_appeals').selectAll().where('user_id', '!=', kenji).execute(),
      await db.selectFrom('moderation_lockdowns').selectAll().execute(),
    ]);
    expect(others).not.toContain(kenji);
    expect(others.toLowerCase()).not.toContain('kenji');
  });

  it('blanks evidence content older than the retention limit, keeping the ids', async () => {
    c = await openModerationCommunity();
    const kenji = await c.user('kenji');
    await c.post(kenji, 'general', SCAM);
    const ctx = moderationContext(c);
    expect(await moderationPrivacy.blankContentBefore?.(ctx, c.clock.now() - HOUR)).toBe(0);
    c.clock.advance(2 * HOUR);
    expect(await moderationPrivacy.blankContentBefore?.(ctx, c.clock.now() - HOUR)).toBe(1);
    const [row] = await moderationDb(c.store.db).selectFrom('moderation_cases').select('evidence').execute();
    expect(JSON.parse(row?.evidence ?? '[]')).toMatchObject([{ authorId: kenji, content: '' }]);
    expect(await moderationPrivacy.blankContentBefore?.(ctx, c.clock.now())).toBe(0);
  });
});
