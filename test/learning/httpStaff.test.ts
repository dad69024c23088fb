import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { AssignmentOutcome, RoundOutcome } from '../../src/modules/learning/http/LearningApi.js';
import { testDialect } from '../testStore.js';
import { openLearningApi, ROLE_HEADER, seedLearning, seedTargetOf, USER_HEADER } from './httpFixture.js';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

describe(`learning dashboard API: staff actions (${testDialect})`, () => {
  let l: LearningCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await l?.close();
    app = undefined;
    l = undefined;
  });

  async function seeded() {
    l = await openLearningCommunity();
    app = await openLearningApi(l);
    return seedLearning(seedTargetOf(l));
  }

  const post = (userId: string, url: string, payload: unknown, role = 'moderator') =>
    app!.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { [ROLE_HEADER]: role, [USER_HEADER]: userId },
    });

  it('refuses a dashboard moderator who is not learning staff in the guild, and changes nothing', async () => {
    const { sam } = await seeded();
    const round = await post(sam, '/api/learning/rounds', { type: 'cross-domain', preview: false });
    expect(round.statusCode).toBe(403);
    expect(round.json<{ error: string }>().error).toContain('Moderator, Admin');
    const assign = await post(sam, '/api/learning/assignments', { preview: false });
    expect(assign.statusCode).toBe(403);
    expect((await l!.rows('learning_rounds')).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect((await l!.rows('learning_mentorships')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
  });

  it('answers 400 to a bad body and 401 without a session', async () => {
    const { noor } = await seeded();
    expect((await post(noor, '/api/learning/rounds', { type: 'book-club' })).statusCode).toBe(400);
    expect((await post(noor, '/api/learning/rounds', {})).statusCode).toBe(400);
    expect((await post(noor, '/api/learning/assignments', { preview: 'yes' })).statusCode).toBe(400);
    const anonymous = await app!.inject({ method: 'POST', url: '/api/learning/assignments', payload: {} });
    expect(anonymous.statusCode).toBe(401);
    expect((await l!.rows('learning_rounds')).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
  });

  it('staff preview a round (stored as a preview by them from the dashboard), then form it', async () => {
    const { sam, kenji, lena, noor } = await seeded();
    const response = await post(noor, '/api/learning/rounds', { type: 'cross-domain', preview: true });
    expect(response.statusCode, response.body).toBe(200);
    const preview = RoundOutcome.parse(response.json());
    // Cross-domain groups take every skill level: the three members taking part in rounds.
    expect(preview.preview).toBe(true);
    expect(preview.learners).toBe(3);
    const everyone = [...preview.groups.flatMap((g) => g.members), ...preview.unplaced].map((m) => m.userId);
    expect(everyone.sort()).toEqual([sam, kenji, lena].sort());
    expect(preview.groups.every((g) => g.number === null)).toBe(true);
    const stored = (await l!.rows('learning_rounds')).find((r) => r.number === preview.number);
    expect(stored).toMatchObject({ status: 'preview', source: 'dashboard', by: noor, type: 'cross-domain' });
    expect((await l!.rows('learning_groups')).map((g) => g.id).sort()).toEqual(['g1', 'g2']);

    const formed = RoundOutcome.parse(
      (await post(noor, '/api/learning/rounds', { type: 'cross-domain', preview: false })).json(),
    );
    expect(formed.preview).toBe(false);
    const groups = (await l!.rows('learning_groups')).filter((g) => g.id !== 'g1' && g.id !== 'g2');
    expect(groups.map((g) => g.number).sort()).toEqual(formed.groups.map((g) => g.number).sort());
    expect(formed.groups.every((g) => g.number !== null && g.members.every((m) => m.name !== m.userId))).toBe(true);
  });

  it('staff preview the mentor assignment (nothing made), then run it', async () => {
    const { priya, noor } = await seeded();
    const response = await post(noor, '/api/learning/assignments', { preview: true });
    expect(response.statusCode, response.body).toBe(200);
    const preview = AssignmentOutcome.parse(response.json());
    expect(preview.preview).toBe(true);
    expect(preview.pairs.length + preview.unassigned.length).toBe(preview.mentees);
    // Only priya mentors (tomas is paused), with one place left.
    expect(preview.pairs.every((p) => p.mentor.userId === priya && p.mentor.name === 'Priya')).toBe(true);
    expect(preview.pairs.length).toBeLessThanOrEqual(1);
    expect((await l!.rows('learning_mentorships')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);

    const run = AssignmentOutcome.parse((await post(noor, '/api/learning/assignments', { preview: false })).json());
    expect(run.preview).toBe(false);
    expect(run.pairs).toEqual(preview.pairs);
    expect((await l!.rows('learning_mentorships')).length).toBe(2 + run.pairs.length);
  });
});
