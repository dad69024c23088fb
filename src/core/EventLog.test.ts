import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { INTERACTION_TOKEN_MS } from '../platform/discordLimits.js';
import { ManualClock } from './Clock.js';
import { domainEvent } from './DomainEvent.js';
import { EventLog } from './EventLog.js';

/** Issue #11, point 8: interaction tokens never go into the event log. */
describe(`the event log and interaction tokens (${testDialect})`, () => {
  let store: TestStore;
  let clock: ManualClock;
  let log: EventLog;
  beforeEach(async () => {
    store = await openTestStore();
    clock = new ManualClock(Date.UTC(2026, 5, 1));
    log = new EventLog(store.db, clock, { dialect: store.dialect });
  });
  afterEach(async () => {
    await store.destroy();
  });

  const command = domainEvent('interaction.command', {
    id: 'discord:interaction.command:900000000000000001',
    guildId: '100000000000000001',
    occurredAt: Date.UTC(2026, 5, 1),
    source: 'discord',
    payload: {
      interactionId: '900000000000000001',
      token: 'aW50ZXJhY3Rpb246OTAwMDAwMDAwMDAwMDAwMDAxOnNlY3JldA',
      userId: '300000000000000001',
      channelId: '200000000000000001',
      memberRoles: [],
      commandName: 'rank',
      options: {},
    },
  });

  it('stores the payload without its token, and gives the token back to a recovery within 15 minutes', async () => {
    expect(await log.record(command)).toBe(true);
    const stored = await store.db.selectFrom('event_log').select('payload').executeTakeFirstOrThrow();
    expect(stored.payload).not.toContain('token');
    expect(JSON.parse(stored.payload)).toMatchObject({ interactionId: '900000000000000001', commandName: 'rank' });

    clock.advance(INTERACTION_TOKEN_MS - 1);
    const [recovered] = await log.unhandled();
    expect(recovered?.payload).toEqual(command.payload);
  });

  it('has no token for an interaction recorded more than 15 minutes ago (the answer fails, as on Discord)', async () => {
    await log.record(command);
    clock.advance(INTERACTION_TOKEN_MS + 1);
    const [recovered] = await log.unhandled();
    expect(recovered?.payload).toEqual({ ...command.payload, token: '' });
    // The next interaction recorded drops expired tokens.
    await log.record({
      ...command,
      id: 'discord:interaction.command:2',
      payload: { ...command.payload, interactionId: '2' },
    });
    const kept = await store.db.selectFrom('interaction_tokens').select('interaction_id').execute();
    expect(kept).toEqual([{ interaction_id: '2' }]);
  });
});
