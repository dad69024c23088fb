import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDce } from '../../src/app/import/importDce.js';
import { planDceImport } from '../../src/app/import/planDceImport.js';
import { ManualClock } from '../../src/core/Clock.js';
import type { DomainEvent } from '../../src/core/DomainEvent.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from '../discord/connectDiscordPlatform.js';
import { dispatchAndCollect } from '../discord/dispatchAndCollect.js';
import { loadFixture } from '../discord/fixtures.js';
import { TEST_IDS } from '../discord/testGuild.js';
import { openTestStore, testDialect } from '../testStore.js';

const fixtures = fileURLToPath(new URL('../fixtures/dce/', import.meta.url));
const G = TEST_IDS.guildId;
// The archive's general channel, thread and members (test/fixtures/dce/archive).
const GENERAL = '200000000000000001';
const THREAD = '200000000000000050';
const ADA = { id: '400000000000000001', username: 'ada', discriminator: '0' };
const BEN = { id: '400000000000000002', username: 'ben', discriminator: '0' };
const CY = { id: '400000000000000003', username: 'cy', discriminator: '0' };
const HELPER = { id: '400000000000000009', username: 'helperbot', discriminator: '0', bot: true };

/** Every event the importer makes of the archive, for guild G, without an engine. */
async function importedEvents(): Promise<DomainEvent[]> {
  const store = await openTestStore();
  try {
    const plan = await planDceImport([`${fixtures}archive`], { guildId: G, how: 'forced' });
    const events: DomainEvent[] = [];
    await importDce(plan, {
      store,
      clock: new ManualClock(Date.UTC(2026, 0, 1)),
      replay: (batch) => {
        events.push(...batch);
        return Promise.resolve({ recorded: batch.length, known: 0, emitted: 0, failures: 0 });
      },
      modules: [],
      remember: () => Promise.resolve(),
    });
    return events;
  } finally {
    await store.destroy();
  }
}

/** A MESSAGE_CREATE for one of the archive's messages, from a real gateway capture. */
function messageCreate(id: string, channelId: string, author: { id: string; username: string }, timestamp: string) {
  return loadFixture('message_create_1', { id, guild_id: G, channel_id: channelId, author, timestamp });
}

/** A MESSAGE_REACTION_ADD for one of the archive's reactions, from a real gateway capture. */
function reactionAdd(messageId: string, channelId: string, userId: string, emoji: { id: string | null; name: string }) {
  return loadFixture('message_reaction_add_3', {
    guild_id: G,
    channel_id: channelId,
    message_id: messageId,
    user_id: userId,
    emoji,
  });
}

describe(`an imported fact and the same fact seen live have one id (${testDialect})`, () => {
  let live: ConnectedDiscordPlatform;
  let imported: DomainEvent[];
  beforeAll(async () => {
    live = await connectDiscordPlatform();
    imported = await importedEvents();
  });
  afterAll(async () => {
    await live.close();
  });

  const importedIds = (type: DomainEvent['type']): string[] =>
    [...new Set(imported.filter((e) => e.type === type).map((e) => e.id))].sort();
  const ids = (events: readonly DomainEvent[]): string[] => events.map((e) => e.id).sort();

  it('message.created: each archive message and its MESSAGE_CREATE', async () => {
    const events = await dispatchAndCollect(live, [
      ['MESSAGE_CREATE', messageCreate('1200000000000000002', GENERAL, ADA, '2024-02-01T09:05:00.000+00:00')],
      ['MESSAGE_CREATE', messageCreate('1200000000000000003', GENERAL, BEN, '2024-02-01T09:06:30.500+00:00')],
      ['MESSAGE_CREATE', messageCreate('1200000000000000006', GENERAL, HELPER, '2024-02-01T09:10:00.000+00:00')],
      ['MESSAGE_CREATE', messageCreate('1200000000000000007', GENERAL, CY, '2024-02-02T10:00:00.000+00:00')],
      ['MESSAGE_CREATE', messageCreate('1200000000000000010', THREAD, BEN, '2024-02-01T09:09:00.000+00:00')],
      ['MESSAGE_CREATE', messageCreate('1200000000000000011', THREAD, ADA, '2024-02-01T09:12:00.000+00:00')],
    ]);
    expect(events).toHaveLength(6);
    expect(ids(events)).toEqual(importedIds('message.created'));
    expect(ids(events)[0]).toBe('discord:message.created:1200000000000000002');
  });

  it('reaction.added: custom and Unicode emoji, each user, as MESSAGE_REACTION_ADD keys them', async () => {
    const events = await dispatchAndCollect(live, [
      ['MESSAGE_REACTION_ADD', reactionAdd('1200000000000000002', GENERAL, BEN.id, { id: null, name: '👋' })],
      ['MESSAGE_REACTION_ADD', reactionAdd('1200000000000000002', GENERAL, CY.id, { id: null, name: '👋' })],
      [
        'MESSAGE_REACTION_ADD',
        reactionAdd('1200000000000000002', GENERAL, BEN.id, { id: '500000000000000001', name: 'party' }),
      ],
      ['MESSAGE_REACTION_ADD', reactionAdd('1200000000000000011', THREAD, BEN.id, { id: null, name: '👍' })],
    ]);
    expect(events).toHaveLength(4);
    expect(ids(events)).toEqual(importedIds('reaction.added'));
  });

  it('member.joined: the join system message and GUILD_MEMBER_ADD at the same time', async () => {
    const events = await dispatchAndCollect(live, [
      [
        'GUILD_MEMBER_ADD',
        loadFixture('guild_member_add_1', { guild_id: G, user: BEN, joined_at: '2024-02-01T09:00:00.000+00:00' }),
      ],
    ]);
    expect(ids(events)).toEqual(importedIds('member.joined'));
    expect(ids(events)).toEqual([`discord:member.joined:${G}:${BEN.id}:${Date.UTC(2024, 1, 1, 9)}`]);
  });

  it('thread.created: the ThreadCreated message, the thread file and THREAD_CREATE', async () => {
    const events = await dispatchAndCollect(live, [
      [
        'THREAD_CREATE',
        loadFixture('thread_create', { id: THREAD, guild_id: G, parent_id: GENERAL, owner_id: ADA.id }),
      ],
    ]);
    // Two imported events stand for it (the message and the thread's own file), with one id.
    expect(imported.filter((e) => e.type === 'thread.created')).toHaveLength(2);
    expect(ids(events)).toEqual(importedIds('thread.created'));
    expect(ids(events)).toEqual([`discord:thread.created:${THREAD}`]);
  });
});
