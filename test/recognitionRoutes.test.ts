import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerModuleRoutes } from '../src/server/registerModuleRoutes.js';
import { openRecognitionCommunity, type RecognitionCommunity } from './recognitionCommunity.js';
import { testDialect } from './testStore.js';

describe(`recognition profile API (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await c?.close();
    c = undefined;
    app = undefined;
  });

  it("GET /api/recognition/members/:userId shows a member's points, rank, badges and next badge", async () => {
    c = await openRecognitionCommunity();
    app = Fastify();
    // Test-only stand-in for the sign-in hook: a viewer is signed in.
    app.addHook('preHandler', (request, _reply, done) => {
      request.dashboardUser = { userId: '300000000000000009', name: 'Viewer', role: 'viewer', devLogin: true };
      done();
    });
    await registerModuleRoutes(app, { engine: c.engine, guildId: c.guild.id });
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.sandbox.postMessage({ userId: ada.userId, channelId: c.channel('general').id, content: 'hello everyone' });
    await c.settle();

    const res = await app.inject(`/api/recognition/members/${ada.userId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      userId: ada.userId,
      points: 1,
      rank: { position: expect.any(Number) as number, rankedMembers: expect.any(Number) as number },
      level: null,
      badges: [{ id: 'newcomer', name: 'Newcomer', points: 0 }],
      achievementsTotal: expect.any(Number) as number,
      nextBadge: { id: 'contributor', name: 'Contributor', points: 100 },
    });

    const nobody = await app.inject('/api/recognition/members/300000000000000042');
    expect(nobody.json()).toMatchObject({ points: 0, rank: null, badges: [], achievements: [] });
    const bad = await app.inject('/api/recognition/members/ada');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: 'userId: must be a user id (digits)' });
  });
});
