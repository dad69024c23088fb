import { afterEach, describe, expect, it } from 'vitest';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import { onboardingDb, type OnboardingTables } from '../../src/modules/onboarding/OnboardingTables.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';

const TABLES: (keyof OnboardingTables)[] = [
  'onboarding_welcomes',
  'onboarding_members',
  'onboarding_steps',
  'onboarding_assignments',
  'onboarding_reengagements',
];

/** Gives a member a row in every onboarding table (as the welcome, journey, A/B and re-engagement parts would). */
async function fillTables(t: TestEngine, userId: string): Promise<void> {
  const db = onboardingDb(t.store.db);
  const guildId = t.guild.id;
  const now = t.clock.now();
  await db
    .insertInto('onboarding_welcomes')
    .values({
      guild_id: guildId,
      user_id: userId,
      join_event_id: `privacy-test:${userId}`,
      joined_at: now,
      welcomed_at: now,
      role_id: null,
      welcome_channel_id: t.channel('welcome').id,
      welcome_message_id: `welcome-of-${userId}`,
    })
    .execute();
  const members = new OnboardingMembers(t.store.db);
  if ((await members.get(guildId, userId)) === undefined) {
    await members.start(guildId, userId, `privacy-test:${userId}`, now, now);
  }
  await members.update(guildId, userId, { member_type: 'developer', dm_opt_in_at: now }, now);
  await db
    .insertInto('onboarding_steps')
    .values({
      guild_id: guildId,
      user_id: userId,
      step_id: 'privacy-test',
      due_at: now,
      outcome: 'dm',
      detail: null,
      message_id: null,
      done_at: now,
    })
    .execute();
  await db
    .insertInto('onboarding_assignments')
    .values({
      guild_id: guildId,
      user_id: userId,
      experiment_id: 'welcome-test',
      variant_id: 'control',
      assigned_at: now,
    })
    .execute();
  await db
    .insertInto('onboarding_reengagements')
    .values({ guild_id: guildId, user_id: userId, sent_at: now, via: 'dm', message_id: null })
    .execute();
}

async function rowsOf(t: TestEngine, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await onboardingDb(t.store.db)
      .selectFrom(table)
      .select('user_id')
      .where('guild_id', '=', t.guild.id)
      .where('user_id', '=', userId)
      .execute();
    counts[table] = rows.length;
  }
  return counts;
}

describe(`onboarding member data: export and erase (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('exports every onboarding table of the member, and erases them all, leaving other members alone', async () => {
    t = await createTestEngine({ moduleIds: ['onboarding'], privacyOwners: 'modules-only' });
    const ada = await t.sandbox.addMember({ username: 'ada' });
    const bob = await t.sandbox.addMember({ username: 'bob' });
    await t.settle();
    await fillTables(t, ada.userId);
    await fillTables(t, bob.userId);

    const exported = (await t.engine.memberData.exportMember(t.guild.id, ada.userId)).onboarding ?? {};
    expect(Object.keys(exported).sort()).toEqual(['assignments', 'member', 'reengagements', 'steps', 'welcomes']);
    expect(exported.member).toMatchObject({ user_id: ada.userId, member_type: 'developer' });
    // The journey part has scheduled ada's steps on join too.
    expect(exported.steps).toContainEqual(
      expect.objectContaining({ user_id: ada.userId, step_id: 'privacy-test', outcome: 'dm' }),
    );
    expect(exported.assignments).toMatchObject([{ experiment_id: 'welcome-test', variant_id: 'control' }]);
    expect(exported.reengagements).toMatchObject([{ user_id: ada.userId, via: 'dm' }]);
    expect(exported.welcomes).toContainEqual(
      expect.objectContaining({ welcome_message_id: `welcome-of-${ada.userId}` }),
    );
    expect(JSON.stringify(exported)).not.toContain(bob.userId);

    const before = await rowsOf(t, ada.userId);
    const report = await t.engine.memberData.eraseMember(t.guild.id, ada.userId, 'cli:test', {
      keepModerationRecords: false,
    });
    const removed = Object.values(before).reduce((a, b) => a + b, 0);
    expect(report.changed.onboarding).toBe(removed);
    expect(await rowsOf(t, ada.userId)).toEqual(Object.fromEntries(TABLES.map((table) => [table, 0])));
    for (const table of TABLES) {
      const dump = await onboardingDb(t.store.db).selectFrom(table).selectAll().execute();
      expect(JSON.stringify(dump), table).not.toContain(ada.userId);
    }
    expect(Object.values(await rowsOf(t, bob.userId)).every((n) => n >= 1)).toBe(true);
    expect((await t.engine.memberData.exportMember(t.guild.id, ada.userId)).onboarding ?? {}).toEqual({});
  });
});
