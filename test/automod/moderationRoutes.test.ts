import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardRole } from '../../src/server/auth/DashboardAccess.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { testDialect } from '../testStore.js';
import { openModerationCommunity, type ModerationCommunity } from './moderationCommunity.js';

interface CaseBody {
  caseNumber: number;
  kind: string;
  status: string;
  source: string;
  userId: string | null;
  rule: { id: string } | null;
  evidence: { content: string }[];
}

/** The moderation community with its module routes on a Fastify server. */
async function openWithApi(): Promise<{ c: ModerationCommunity; app: FastifyInstance }> {
  const c = await openModerationCommunity();
  const app = Fastify();
  // Test-only stand-in for the sign-in hook: `x-test-user: <user id>[/<role>]` is signed in.
  app.addHook('preHandler', (request, _reply, done) => {
    const header = request.headers['x-test-user'];
    if (typeof header === 'string') {
      const [userId = '', role = 'moderator'] = header.split('/');
      request.dashboardUser = { userId, name: userId, role: role as DashboardRole, devLogin: true };
    }
    done();
  });
  await registerModuleRoutes(app, { engine: c.engine, guildId: c.guild.id });
  return { c, app };
}

describe(`moderation page API (${testDialect})`, () => {
  let c: ModerationCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await c?.close();
    c = undefined;
    app = undefined;
  });

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's shape, as with res.json<T>()
  async function get<T>(as: string, url: string): Promise<{ status: number; body: T }> {
    const res = await app!.inject({ url, headers: { 'x-test-user': as } });
    return { status: res.statusCode, body: res.json<T>() };
  }

  async function decide(as: string, appealId: number, outcome: string, reason: string) {
    const res = await app!.inject({
      method: 'POST',
      url: `/api/moderation/appeals/${appealId}/decision`,
      headers: { 'x-test-user': as },
      payload: { outcome, reason },
    });
    await c!.settle();
    return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
  }

  it('decides an appeal from the dashboard by the Discord rules: member told, case overturned, once only', async () => {
    ({ c, app } = await openWithApi());
    const [noor, sam, kenji, lena] = [await c.user('noor'), await c.user('sam'), await c.user('kenji')].concat(
      await c.user('lena'),
    );
    await c.sandbox.addRoleAsOwner(kenji!, c.role('Moderator').id);
    await c.command(noor!, 'warn', { member: sam!, reason: 'spam' });
    await c.command(sam!, 'appeal', { case: 1, statement: 'It was a joke between friends' });

    const queue = await get<{
      appeals: { appealId: number; statement: string; case: { caseNumber: number; reason: string } }[];
    }>(kenji!, '/api/moderation/appeals');
    expect(queue.body.appeals).toMatchObject([
      { appealId: 1, statement: 'It was a joke between friends', case: { caseNumber: 1, reason: 'spam' } },
    ]);

    // The moderator who acted may not review it, as on Discord.
    expect(await decide(noor!, 1, 'overturned', 'fine')).toEqual({
      status: 403,
      body: { error: 'You took part in this case: another reviewer must decide the appeal.' },
    });
    // A dashboard moderator without a moderator role in the guild has no authority either.
    expect(await decide(lena!, 1, 'overturned', 'fine')).toEqual({
      status: 403,
      body: { error: 'Appeal #1 is a first appeal: only moderators can decide it.' },
    });

    const decided = await decide(kenji!, 1, 'overturned', 'a joke, not spam');
    expect(decided).toMatchObject({
      status: 200,
      body: {
        appeal: { appealId: 1, status: 'overturned', decidedBy: kenji, decisionReason: 'a joke, not spam' },
        told: true,
        message: 'Appeal #1: case #1 overturned. The member was told.',
      },
    });
    const dms = await c.sandbox.listDirectMessages(sam!);
    expect(dms.map((d) => d.content)).toContain(
      '📨 Your appeal of case #1 in **Test Community** was overturned: the case is withdrawn. Reason: a joke, not spam.',
    );
    const detail = await get<{ case: CaseBody; appeals: { status: string }[]; timeline: { kind: string }[] }>(
      kenji!,
      '/api/moderation/cases/1',
    );
    expect(detail.body.case).toMatchObject({ caseNumber: 1, status: 'overturned', kind: 'warn', source: 'manual' });
    expect(detail.body.appeals.map((a) => a.status)).toEqual(['overturned']);
    expect(detail.body.timeline.map((e) => e.kind)).toEqual([
      'opened',
      'applied',
      'appeal_filed',
      'appeal_decided',
      'closed',
    ]);
    expect((await c.command(sam!, 'history'))?.content).toContain('You have 0 active strikes.');
    // The mod-log hears of it as it does of a Discord decision.
    expect((await c.botMessages('mod-log')).at(-1)?.content).toContain(
      `📨 Appeal #1 (first) of case #1: **overturned** by <@${kenji}>`,
    );
    const audit = await c.engine.audit.list({ actionPrefix: 'moderation.appeal_overturn' });
    expect(audit.map(({ actor, target, details }) => ({ actor, target, details }))).toEqual([
      {
        actor: `discord:${kenji}`,
        target: 'case#1',
        details: {
          reason: 'a joke, not spam',
          caseId: 1,
          appealId: 1,
          level: 'first',
          undone: null,
          via: 'dashboard',
        },
      },
    ]);

    expect(await decide(kenji!, 1, 'upheld', 'changed my mind')).toEqual({
      status: 409,
      body: { error: 'Appeal #1 was already decided (overturned).' },
    });
    expect(await decide(kenji!, 9, 'upheld', 'no such appeal')).toEqual({
      status: 404,
      body: { error: 'There is no appeal #9.' },
    });
    expect((await decide(kenji!, 1, 'maybe', 'x')).status).toBe(400);
    expect((await get<{ appeals: unknown[] }>(kenji!, '/api/moderation/appeals')).body.appeals).toEqual([]);
    expect(
      (await get<{ appeals: unknown[] }>(kenji!, '/api/moderation/appeals?status=overturned')).body.appeals,
    ).toHaveLength(1);
  });

  it('overturning a ban from the dashboard lifts it through the outbox', async () => {
    ({ c, app } = await openWithApi());
    const [noor, lena, kenji] = [await c.user('noor'), await c.user('lena'), await c.user('kenji')];
    await c.sandbox.addRoleAsOwner(kenji, c.role('Moderator').id);
    await c.command(noor, 'ban', { member: lena, reason: 'phishing', duration: '7d' });
    await c.command(kenji, 'appeal', { case: 1, statement: 'Lena emailed: her account was hacked' });
    expect((await c.sandbox.listBans()).length).toBe(1);
    const decided = await decide(kenji, 1, 'overturned', 'hacked, now secured');
    expect(decided).toMatchObject({ status: 200, body: { undone: 'ban lifted', told: false } });
    expect(await c.sandbox.listBans()).toEqual([]);
  });

  it('lists cases with their evidence by status, kind, member, rule and source; rule rates; a member’s cases', async () => {
    ({ c, app } = await openWithApi());
    const [noor, sam, lena, priya] = [await c.user('noor'), await c.user('sam'), await c.user('lena')].concat(
      await c.user('priya'),
    );
    await c.post(sam!, 'general', 'anyone want free nitro? asking for the giveaway thread');
    await c.post(lena!, 'general', 'f r e e n i t r o here, dm me');
    await c.command(noor!, 'timeout', { member: priya!, duration: '1h', reason: 'heated' });
    await c.command(sam!, 'appeal', { case: 1, statement: 'I was asking whether a giveaway was legit' });
    expect((await decide(noor!, 1, 'overturned', 'a question, not a scam')).status).toBe(200);

    const list = async (query: string): Promise<{ cases: CaseBody[]; total: number }> =>
      (await get<{ cases: CaseBody[]; total: number }>(noor!, `/api/moderation/cases${query}`)).body;
    const all = await list('');
    expect(all.total).toBe(3);
    expect(all.cases.map((x) => x.caseNumber)).toEqual([3, 2, 1]);
    const automod = await list('?source=automod');
    expect(automod.cases.map((x) => [x.caseNumber, x.rule?.id])).toEqual([
      [2, 'scam-phrases'],
      [1, 'scam-phrases'],
    ]);
    expect(automod.cases[0]?.evidence.map((e) => e.content)).toEqual(['f r e e n i t r o here, dm me']);
    expect((await list('?source=manual')).cases.map((x) => [x.caseNumber, x.kind])).toEqual([[3, 'timeout']]);
    expect((await list('?kind=timeout')).cases.map((x) => x.userId)).toEqual([priya]);
    expect((await list(`?userId=${lena}`)).cases.map((x) => x.caseNumber)).toEqual([2]);
    expect((await list('?rule=scam-phrases&status=overturned')).cases.map((x) => x.caseNumber)).toEqual([1]);
    expect((await list('?status=open')).cases.map((x) => x.caseNumber)).toEqual([3, 2]);
    expect((await list('?status=closed')).cases).toEqual([]);
    expect(await list('?limit=1&offset=1')).toMatchObject({ total: 3, cases: [{ caseNumber: 2 }] });
    expect((await get<{ error: string }>(noor!, '/api/moderation/cases?status=gone')).status).toBe(400);

    const rules = await get<{ rules: unknown[] }>(noor!, '/api/moderation/automod-rules');
    expect(rules.body.rules).toEqual([
      {
        ruleId: 'scam-phrases',
        ruleName: 'Scam message',
        cases: 2,
        appealed: 1,
        overturned: 1,
        falsePositiveRate: 0.5,
      },
    ]);
    const member = await get<{ activeStrikes: number; cases: CaseBody[] }>(
      noor!,
      `/api/moderation/members/${sam}/cases`,
    );
    expect(member.body.activeStrikes).toBe(0);
    expect(member.body.cases.map((x) => [x.caseNumber, x.status])).toEqual([[1, 'overturned']]);
    expect((await get<{ error: string }>(noor!, '/api/moderation/cases/99')).body).toEqual({
      error: 'There is no case #99.',
    });
  });

  it('shows the active lockdown and ends it as /lockdown action:end does', async () => {
    ({ c, app } = await openWithApi());
    const [noor, lena] = [await c.user('noor'), await c.user('lena')];
    expect((await get(lena, '/api/moderation/lockdown')).body).toEqual({ lockdown: null });
    await c.command(noor, 'lockdown', { action: 'start', reason: 'raid' });
    const active = await get<{ lockdown: { reason: string; startedBy: string; channels: number } }>(
      lena,
      '/api/moderation/lockdown',
    );
    expect(active.body.lockdown).toMatchObject({ reason: 'raid', startedBy: noor });
    expect(active.body.lockdown.channels).toBeGreaterThan(0);

    const end = (as: string) =>
      app!.inject({
        method: 'POST',
        url: '/api/moderation/lockdown/end',
        headers: { 'x-test-user': as },
        payload: { reason: 'calm again' },
      });
    const refused = await end(lena);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: 'Only moderators (Moderator, Admin) can end a lockdown.' });
    const ended = await end(noor);
    await c.settle();
    expect(ended.statusCode).toBe(200);
    expect((await get(lena, '/api/moderation/lockdown')).body).toEqual({ lockdown: null });
    expect((await c.botMessages('mod-log')).some((m) => m.content.includes('**Lockdown ended**: calm again'))).toBe(
      true,
    );
    const audit = await c.engine.audit.list({ actionPrefix: 'moderation.lockdown_end' });
    expect(audit.map((r) => [r.actor, r.details])).toEqual([
      [`discord:${noor}`, { reason: 'calm again', via: 'dashboard' }],
    ]);
    expect((await end(noor)).json()).toEqual({ error: 'There is no lockdown to end.' });
  });
});
