import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import { MemberDirectory } from '../../../core/members/MemberDirectory.js';
import type { ListedMember } from '../../../platform/Platform.js';
import type { MemberProfile, MembersResponse } from './MembersApi.js';
import { registerMemberRoutes } from './registerMemberRoutes.js';
import { dashboardStaffRoles } from './staffRoles.js';

const DAY = 86_400_000;

let t: TestEngine;
let app: FastifyInstance;
let listMembers: (guildId: string) => Promise<ListedMember[]>;

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

async function names(url: string): Promise<string[]> {
  return (await get<MembersResponse>(url)).members.map((m) => m.name);
}

async function userId(username: string): Promise<string> {
  const found = (await t.sandbox.listMembers()).find((m) => m.username === username);
  if (found === undefined) throw new Error(`no member ${username}`);
  return found.userId;
}

async function post(username: string, channel: string, content: string): Promise<void> {
  await t.sandbox.postMessage({ userId: await userId(username), channelId: t.channel(channel).id, content });
  await t.settle();
}

beforeEach(async () => {
  t = await createTestEngine({ scheduler: 'none' });
  listMembers = (guildId) => t.sandbox.fetchAllMembers(guildId);
  // As `guildhall start` does: the directory learns the members who joined before Guildhall.
  await new MemberDirectory(t.store.db, t.clock).syncFromPlatform(t.guild.id, await listMembers(t.guild.id));
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Stands in for the auth hook (written apart): a signed-in viewer.
  app.addHook('preHandler', (request, _reply, done) => {
    request.dashboardUser = { userId: '1', name: 'viewer', role: 'viewer', devLogin: true };
    done();
  });
  registerMemberRoutes(app, {
    store: t.store,
    guildId: t.guild.id,
    platformKind: 'sandbox',
    now: () => t.clock.now(),
    listMembers: (guildId) => listMembers(guildId),
    fetchGuild: (guildId) => t.sandbox.fetchGuild(guildId),
    staffRoles: ['Moderator', ...dashboardStaffRoles({ dashboard: { roles: { admin: ['Admin'] } } })],
  });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  await t.close();
});

describe('GET /api/members', () => {
  it('lists every member the platform has, those who joined before Guildhall included, by name', async () => {
    const page = await get<MembersResponse>('/api/members');
    expect(page.members.map((m) => m.name)).toEqual([
      'Guildhall',
      'Kenji',
      'Lena',
      'Mira',
      'Noor',
      'Priya',
      'Sam',
      'Tomás',
    ]);
    expect(page.total).toBe(8);
    expect(page.nextCursor).toBeNull();
    const noor = page.members.find((m) => m.username === 'noor');
    expect(noor?.roles.map((r) => [r.name, r.color])).toEqual([
      ['Moderator', 0x3498db],
      ['Member', 0x2ecc71],
    ]);
    expect(noor?.joinedAt).toBe(t.clock.now());
    expect(noor?.messageCount).toBe(0);
  });

  it('counts each member’s messages from the event log and keeps the latest time', async () => {
    await post('sam', 'general', 'hello');
    t.clock.advance(DAY);
    await post('sam', 'general', 'again');
    const sam = (await get<MembersResponse>('/api/members?search=sam')).members[0];
    expect(sam).toMatchObject({ name: 'Sam', messageCount: 2, lastMessageAt: t.clock.now() });
  });

  it('searches display names, usernames and ids, ignoring case', async () => {
    expect(await names('/api/members?search=TOM')).toEqual(['Tomás']);
    expect(await names('/api/members?search=en')).toEqual(['Kenji', 'Lena']);
    expect(await names(`/api/members?search=${await userId('priya')}`)).toEqual(['Priya']);
  });

  it('filters new (joined < 7 days), inactive (no message in 30 days) and staff members', async () => {
    t.clock.advance(8 * DAY);
    await t.sandbox.addMember({ username: 'zed', displayName: 'Zed' });
    await t.settle();
    await post('kenji', 'general', 'still here');
    expect(await names('/api/members?filter=new')).toEqual(['Zed']);
    expect(await names('/api/members?filter=staff')).toEqual(['Mira', 'Noor']);
    const inactive = await names('/api/members?filter=inactive');
    expect(inactive).not.toContain('Kenji');
    expect(inactive).toContain('Zed');
    t.clock.advance(30 * DAY);
    expect(await names('/api/members?filter=inactive')).toContain('Kenji');
  });

  it('pages with the cursor of the previous page', async () => {
    const first = await get<MembersResponse>('/api/members?limit=3');
    expect(first.members.map((m) => m.name)).toEqual(['Guildhall', 'Kenji', 'Lena']);
    expect(first.nextCursor).not.toBeNull();
    const second = await get<MembersResponse>(`/api/members?limit=3&cursor=${first.nextCursor ?? ''}`);
    expect(second.members.map((m) => m.name)).toEqual(['Mira', 'Noor', 'Priya']);
    const last = await get<MembersResponse>(`/api/members?limit=3&cursor=${second.nextCursor ?? ''}`);
    expect(last.members.map((m) => m.name)).toEqual(['Sam', 'Tomás']);
    expect(last.nextCursor).toBeNull();
  });

  it('reads the member directory, not the platform: a newcomer shows, a departed member does not', async () => {
    listMembers = () => Promise.reject(new Error('Server Members intent missing'));
    const zed = (await t.sandbox.addMember({ username: 'zed', displayName: 'Zed' })).userId;
    await t.settle();
    await t.sandbox.removeMember(await userId('sam'));
    await t.settle();
    const page = await get<MembersResponse>('/api/members');
    expect(page.members.map((m) => m.name)).toEqual([
      'Guildhall',
      'Kenji',
      'Lena',
      'Mira',
      'Noor',
      'Priya',
      'Tomás',
      'Zed',
    ]);
    expect(page.members.find((m) => m.userId === zed)).toMatchObject({ username: 'zed', joinedAt: t.clock.now() });
  });

  it('refuses an unknown filter and a limit out of range', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/members?filter=banned' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/members?limit=0' })).statusCode).toBe(400);
  });
});

describe('GET /api/members/:userId', () => {
  it('names a member who joined before Guildhall from the platform, with roles and account age', async () => {
    const profile = await get<MemberProfile>(`/api/members/${await userId('noor')}`);
    expect(profile).toMatchObject({ name: 'Noor', username: 'noor', inGuild: true, staff: true, timeline: [] });
    expect(profile.roles.map((r) => r.name)).toEqual(['Moderator', 'Member']);
    // The seed made noor's account 900 days before the start.
    expect(Math.round((t.clock.now() - (profile.accountCreatedAt ?? 0)) / DAY)).toBe(900);
  });

  it('shows joins and departures, message count and recent activity, even after the member left', async () => {
    const zed = (await t.sandbox.addMember({ username: 'zed', displayName: 'Zed' })).userId;
    await t.settle();
    const joinedAt = t.clock.now();
    t.clock.advance(DAY);
    await post('zed', 'general', 'hi all');
    t.clock.advance(DAY);
    await t.sandbox.removeMember(zed);
    await t.settle();
    const profile = await get<MemberProfile>(`/api/members/${zed}`);
    expect(profile).toMatchObject({ name: 'Zed', inGuild: false, messageCount: 1, joinedAt });
    expect(profile.timeline).toEqual([
      { kind: 'joined', at: joinedAt, caughtUp: false },
      { kind: 'left', at: t.clock.now(), caughtUp: false },
    ]);
    // Other events about zed (the newcomer role, welcomed, points) show too, in between.
    const shown = ['member.joined', 'member.left', 'message.created'];
    const platformEvents = profile.recentActivity.filter((a) => shown.includes(a.type));
    expect(profile.recentActivity.map((a) => a.type)).toContain('member.updated');
    expect(platformEvents.map((a) => a.type)).toEqual(['member.left', 'message.created', 'member.joined']);
    expect(platformEvents[1]?.summary).toContain('#general');
    expect(platformEvents[1]?.summary).toContain('Zed');
  });

  it('answers 404 for a user nobody knows and 400 for a malformed id', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/members/123456789012345678' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'no member 123456789012345678' });
    expect((await app.inject({ method: 'GET', url: '/api/members/mira' })).statusCode).toBe(400);
  });
});

describe('dashboardStaffRoles', () => {
  it('reads dashboard.roles moderator and admin, a name or a list, and ignores the rest', () => {
    expect(
      dashboardStaffRoles({ dashboard: { roles: { viewer: ['Member'], moderator: 'Helper', admin: ['Admin', 3] } } }),
    ).toEqual(['Helper', 'Admin']);
    expect(dashboardStaffRoles({ community: { name: 'x' } })).toEqual([]);
  });
});
