import { Client, GatewayDispatchEvents } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { silentLogger } from '../../core/Logger.js';
import { MemberCache } from './MemberCache.js';

const G = '849000000000000001';
const member = (id: string, roles: string[] = []) => ({
  user: { id, username: `user${id}` },
  roles,
  joined_at: '2025-01-01T00:00:00.000000+00:00',
});

function primedCache(maxMembers: number, members: object[]): MemberCache {
  const cache = new MemberCache(new Client({ intents: [] }), {
    guildId: G,
    log: silentLogger(),
    clock: new ManualClock(Date.UTC(2026, 0, 1)),
    maxMembers,
  });
  cache.apply(GatewayDispatchEvents.GuildCreate, { id: G, members });
  return cache;
}

describe('MemberCache', () => {
  it('keeps at most maxMembers, dropping the least recently used', () => {
    const cache = primedCache(2, [member('1'), member('2')]);
    expect(cache.get(G, '1')?.userId).toBe('1');
    cache.apply(GatewayDispatchEvents.GuildMemberAdd, { guild_id: G, ...member('3') });
    expect(cache.size).toBe(2);
    expect(cache.get(G, '2')).toBeUndefined();
    expect(cache.get(G, '1')?.userId).toBe('1');
    expect(cache.get(G, '3')?.userId).toBe('3');
  });

  it('answers only for the configured guild, and ignores other guilds', () => {
    const cache = primedCache(10, [member('1')]);
    cache.apply(GatewayDispatchEvents.GuildMemberAdd, { guild_id: '849000000000000999', ...member('2') });
    expect(cache.get('849000000000000999', '1')).toBeUndefined();
    expect(cache.get(G, '2')).toBeUndefined();
  });

  it('a note is dropped when a dispatch touched the member since the request was sent', () => {
    const cache = primedCache(10, [member('1', ['a'])]);
    const since = cache.mark();
    cache.apply(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: G, ...member('1', []) });
    cache.noteRole(G, '1', 'a', true, since);
    expect(cache.get(G, '1')?.roles).toEqual([]);
    cache.noteRole(G, '1', 'b', true, cache.mark());
    expect(cache.get(G, '1')?.roles).toEqual(['b']);
  });

  it('seen: what the gateway said of a member, kept through notes, partial payloads and a message member', () => {
    const cache = primedCache(10, [{ ...member('1', ['a']), nick: 'Ada', pending: true }]);
    const joinedAt = Date.parse('2025-01-01T00:00:00.000Z');
    expect(cache.seen('1')).toEqual({ roles: ['a'], nickname: 'Ada', pending: true, joinedAt });
    cache.noteRole(G, '1', 'b', true, cache.mark());
    cache.noteTimeout(G, '1', Date.UTC(2026, 0, 2), cache.mark());
    expect(cache.get(G, '1')?.roles).toEqual(['a', 'b']);
    expect(cache.seen('1')?.roles).toEqual(['a']);
    // A message's member has no user, nick or pending: those are kept.
    cache.apply(GatewayDispatchEvents.MessageCreate, {
      guild_id: G,
      author: { id: '1', username: 'user1' },
      member: { roles: ['a', 'b'], joined_at: '2025-01-01T00:00:00.000000+00:00' },
    });
    expect(cache.seen('1')).toEqual({ roles: ['a', 'b'], nickname: 'Ada', pending: true, joinedAt });
    cache.apply(GatewayDispatchEvents.GuildMemberUpdate, {
      guild_id: G,
      ...member('1', []),
      nick: null,
      pending: false,
    });
    expect(cache.seen('1')).toEqual({ roles: [], nickname: null, pending: false, joinedAt });
    cache.apply(GatewayDispatchEvents.GuildMemberRemove, { guild_id: G, user: { id: '1' } });
    expect(cache.seen('1')).toBeNull();
    expect(cache.seen('2')).toBeNull();
    // A REST answer is for reads only.
    const fetched = {
      userId: '2',
      username: 'u',
      displayName: 'u',
      bot: false,
      roles: [],
      joinedAt: 0,
      timeoutUntil: null,
    };
    cache.noteFetched(G, '2', fetched, cache.mark());
    expect(cache.get(G, '2')?.userId).toBe('2');
    expect(cache.seen('2')).toBeNull();
  });

  it('learns members from a reaction and a voice state; an unreadable one there is skipped', () => {
    const cache = primedCache(10, [member('1')]);
    cache.apply(GatewayDispatchEvents.MessageReactionAdd, {
      guild_id: G,
      user_id: '2',
      member: { ...member('2', ['a']), nick: 'Bo' },
    });
    cache.apply(GatewayDispatchEvents.VoiceStateUpdate, { guild_id: G, user_id: '3', member: member('3', ['b']) });
    cache.apply(GatewayDispatchEvents.VoiceStateUpdate, { guild_id: G, user_id: '4', member: { roles: 'not a list' } });
    cache.apply(GatewayDispatchEvents.MessageReactionAdd, { guild_id: G, user_id: '5' });
    expect(cache.get(G, '2')).toMatchObject({ userId: '2', roles: ['a'], displayName: 'Bo' });
    expect(cache.seen('2')).toMatchObject({ roles: ['a'], nickname: 'Bo' });
    expect(cache.seen('3')?.roles).toEqual(['b']);
    expect(cache.get(G, '1')?.userId).toBe('1');
    expect(cache.get(G, '4')).toBeUndefined();
    expect(cache.get(G, '5')).toBeUndefined();
  });

  it('READY and an unreadable member dispatch forget everything; an unreadable message member is skipped', () => {
    const cache = primedCache(10, [member('1')]);
    cache.apply(GatewayDispatchEvents.MessageCreate, {
      guild_id: G,
      author: { id: '2' },
      member: { roles: 'not a list' },
    });
    expect(cache.get(G, '1')?.userId).toBe('1');
    cache.apply(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: G, user: { id: '1' }, roles: 'not a list' });
    expect(cache.get(G, '1')).toBeUndefined();
    cache.apply(GatewayDispatchEvents.GuildCreate, { id: G, members: [member('1')] });
    cache.apply(GatewayDispatchEvents.Ready, { user: { id: '9' } });
    expect(cache.get(G, '1')).toBeUndefined();
  });

  it('members holding the same roles share one list, and a change to one member leaves the others as they were', () => {
    const cache = primedCache(10, [member('1', ['a', 'b']), member('2', ['a', 'b']), member('3')]);
    expect(cache.get(G, '1')?.roles).toBe(cache.get(G, '2')?.roles);
    expect(cache.seen('1')?.roles).toBe(cache.get(G, '2')?.roles);
    cache.noteRole(G, '1', 'b', false, cache.mark());
    cache.apply(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: G, ...member('3', ['c']) });
    expect(cache.get(G, '1')?.roles).toEqual(['a']);
    expect(cache.seen('1')?.roles).toEqual(['a', 'b']);
    expect(cache.get(G, '2')?.roles).toEqual(['a', 'b']);
    expect(cache.seen('2')?.roles).toEqual(['a', 'b']);
    expect(cache.get(G, '3')?.roles).toEqual(['c']);
  });

  it('an absent member is trusted for a minute, a member until a dispatch or note says otherwise', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const cache = new MemberCache(new Client({ intents: [] }), { guildId: G, log: silentLogger(), clock });
    cache.apply(GatewayDispatchEvents.GuildCreate, { id: G, members: [member('1')] });
    cache.noteFetched(G, '2', null, cache.mark());
    expect(cache.get(G, '2')).toBeNull();
    clock.advance(60_000);
    expect(cache.get(G, '2')).toBeUndefined();
    clock.advance(365 * 86_400_000);
    expect(cache.get(G, '1')?.userId).toBe('1');
  });
});
