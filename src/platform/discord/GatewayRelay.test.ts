import { Client } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import type { DomainEvent } from '../../core/DomainEvent.js';
import { silentLogger } from '../../core/Logger.js';
import { GatewayRelay } from './GatewayRelay.js';

const G = '849000000000000001';
const message = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  guild_id: G,
  channel_id: '849000000000000101',
  author: { id: '114941315417899012', username: 'zeyla' },
  content: `message ${id}`,
  timestamp: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('GatewayRelay', () => {
  const client = new Client({ intents: [] });
  afterEach(() => {
    client.ws.removeAllListeners();
  });

  it('hands events to the sink one at a time, in gateway order, even when the sink is slow', async () => {
    const log: string[] = [];
    const relay = new GatewayRelay(client, {
      guildId: G,
      clock: new ManualClock(),
      log: silentLogger(),
      members: { seen: () => null },
      sink: async (event: DomainEvent) => {
        log.push(`start ${event.id}`);
        await new Promise((resolve) => setTimeout(resolve, event.id.endsWith(':1') ? 20 : 0));
        log.push(`end ${event.id}`);
      },
    });
    relay.attach();
    client.ws.emit('MESSAGE_CREATE', message('1'), 0);
    client.ws.emit('MESSAGE_CREATE', message('2'), 0);
    await relay.drained();
    expect(log).toEqual([
      'start discord:message.created:1',
      'end discord:message.created:1',
      'start discord:message.created:2',
      'end discord:message.created:2',
    ]);
  });

  it('skips an unreadable payload and keeps going after a failing sink', async () => {
    const delivered: string[] = [];
    const relay = new GatewayRelay(client, {
      guildId: G,
      clock: new ManualClock(),
      log: silentLogger(),
      members: { seen: () => null },
      sink: (event) => {
        if (event.id.endsWith(':3')) return Promise.reject(new Error('module crashed'));
        delivered.push(event.id);
        return Promise.resolve();
      },
    });
    relay.attach();
    client.ws.emit('MESSAGE_CREATE', message('2', { author: 'not a user' }), 0);
    client.ws.emit('MESSAGE_CREATE', message('3'), 0);
    client.ws.emit('MESSAGE_CREATE', message('4'), 0);
    await relay.drained();
    expect(delivered).toEqual(['discord:message.created:4']);
  });

  it('delivers nothing after detach', async () => {
    const delivered: string[] = [];
    const relay = new GatewayRelay(client, {
      guildId: G,
      clock: new ManualClock(),
      log: silentLogger(),
      members: { seen: () => null },
      sink: (event) => {
        delivered.push(event.id);
        return Promise.resolve();
      },
    });
    relay.attach();
    relay.detach();
    client.ws.emit('MESSAGE_CREATE', message('5'), 0);
    await relay.drained();
    expect(delivered).toEqual([]);
  });
});
