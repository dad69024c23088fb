import { afterEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/core/DomainEvent.js';
import { expireCaseJob } from '../../src/modules/moderation/jobs/expireCase.js';
import type { ModerationContext } from '../../src/modules/moderation/ModerationContext.js';
import { moderationDb } from '../../src/modules/moderation/ModerationTables.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';
import { moderationContext } from './moderationContext.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Issue #10, finding 4: a crash between the steps of an expiry loses no note and no event, and doubles neither. */
describe(`expiring a case after a crash (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  /** A timeout case (#2: the ladder's second strike) whose time is up. */
  async function expiredTimeout(community: ModerationCommunity): Promise<string> {
    const noor = await community.user('noor');
    const sam = await community.user('sam');
    await community.command(noor, 'warn', { member: sam, reason: 'spam' });
    community.clock.advance(HOUR);
    await community.command(noor, 'warn', { member: sam, reason: 'spam again' });
    community.clock.advance(DAY + HOUR);
    return sam;
  }

  /** The moderation context, its events going to the engine (ids from their keys, as the engine makes them). */
  function contextWithEvents(community: ModerationCommunity, fail = false): ModerationContext {
    return {
      ...moderationContext(community),
      emit: async (type, payload, options) => {
        if (fail) throw new Error('crash before the event');
        const event = {
          id: `moderation:${type}:${options.key}`,
          type,
          guildId: options.guildId,
          occurredAt: community.clock.now(),
          source: 'moderation',
          payload,
        } as DomainEvent;
        await community.engine.ingest(event);
      },
    };
  }

  async function notes(community: ModerationCommunity): Promise<string[]> {
    return (await community.botMessages('mod-log')).map((m) => m.content).filter((t) => t.includes('has ended'));
  }

  async function closedEvents(community: ModerationCommunity): Promise<number> {
    const rows = await community.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'moderation.case_closed')
      .execute();
    return rows.length;
  }

  const job = { key: 'expireCase:2', attempt: 1 };

  it('re-posts no note when it crashed after the note, before the case was closed', async () => {
    c = await openModerationCommunity();
    const sam = await expiredTimeout(c);
    await c.runDueJobs();
    await c.settle();
    expect(await notes(c)).toEqual([`⏱️ Case #2: the timeout (24 hours) of <@${sam}> has ended.`]);
    // The crash: the note is out, the case still in force.
    await moderationDb(c.store.db)
      .updateTable('moderation_cases')
      .set({ status: 'active', closed_at: null, close_reason: null })
      .where('id', '=', 2)
      .execute();
    await expireCaseJob.run({ guildId: c.guild.id, caseId: 2 }, contextWithEvents(c), job);
    await c.settle();
    expect(await notes(c)).toHaveLength(1);
    expect(await closedEvents(c)).toBe(1);
    const closed = await moderationDb(c.store.db)
      .selectFrom('moderation_cases')
      .select('status')
      .where('id', '=', 2)
      .executeTakeFirstOrThrow();
    expect(closed.status).toBe('expired');
  });

  it('emits case_closed on the re-run when it crashed after closing the case, before the event', async () => {
    c = await openModerationCommunity();
    await expiredTimeout(c);
    const payload = { guildId: c.guild.id, caseId: 2 };
    await expect(expireCaseJob.run(payload, contextWithEvents(c, true), job)).rejects.toThrow('crash before the event');
    expect(await closedEvents(c)).toBe(0);
    await expireCaseJob.run(payload, contextWithEvents(c), job);
    await expireCaseJob.run(payload, contextWithEvents(c), job);
    await c.settle();
    expect(await notes(c)).toHaveLength(1);
    expect(await closedEvents(c)).toBe(1);
  });
});
