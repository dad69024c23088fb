import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../platform/sandbox/sandboxMigrations.js';
import { seedSandboxCommunity } from '../../platform/sandbox/seedSandboxCommunity.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { registerSandboxRoutes } from './registerSandboxRoutes.js';
import type { MessageWithPoll } from './schemas/pollSchemas.js';

const HOUR_MS = 3_600_000;

describe(`sandbox API: native polls in the message list and votes (${testDialect})`, () => {
  let store: TestStore | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await store?.destroy();
  });

  async function setUp(allowMultiselect: boolean) {
    store = await openTestStore([sandboxMigrationSet]);
    const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
    const sandbox = new SandboxPlatform({ store, clock });
    const guild = await seedSandboxCommunity(sandbox, { name: 'Poll Guild' });
    const general = guild.channels.find((c) => c.name === 'general')?.id ?? '';
    const members = await sandbox.listMembers();
    const user = (username: string): string => members.find((m) => m.username === username)?.userId ?? '';
    await sandbox.start(() => Promise.resolve());
    const poll = await sandbox.sendMessage(general, {
      content: 'Vote below',
      poll: {
        question: 'Next game night?',
        answers: ['Friday', 'Saturday', 'Sunday'],
        durationHours: 24,
        allowMultiselect,
      },
    });
    app = Fastify();
    await registerSandboxRoutes(app, { sandbox, settle: () => Promise.resolve() });
    const votes = `/api/sandbox/channels/${general}/messages/${poll.id}/poll-votes`;
    return { app, sandbox, clock, general, pollId: poll.id, votes, user };
  }

  it('lists a message with its poll, counts votes, changes and takes back a vote, and ends it', async () => {
    const { app, sandbox, clock, general, pollId, votes, user } = await setUp(false);
    await sandbox.postMessage({ channelId: general, userId: user('sam'), content: 'No poll here' });
    const list = async (): Promise<MessageWithPoll[]> =>
      (await app.inject({ url: `/api/sandbox/channels/${general}/messages` })).json<MessageWithPoll[]>();

    const [plain, withPoll] = await list();
    expect(plain).toMatchObject({ content: 'No poll here', poll: null });
    expect(withPoll).toMatchObject({
      id: pollId,
      authorBot: true,
      poll: {
        messageId: pollId,
        channelId: general,
        question: 'Next game night?',
        answers: ['Friday', 'Saturday', 'Sunday'],
        allowMultiselect: false,
        expiresAt: Date.UTC(2026, 2, 1, 12) + 24 * HOUR_MS,
        finalized: false,
        counts: [0, 0, 0],
      },
    });

    const sam = await app.inject({ method: 'POST', url: votes, payload: { userId: user('sam'), answers: [1] } });
    expect(sam.statusCode).toBe(200);
    expect(sam.json<MessageWithPoll>()).toMatchObject({ id: pollId, poll: { counts: [0, 1, 0] } });
    await app.inject({ method: 'POST', url: votes, payload: { userId: user('kenji'), answers: [1] } });
    const changed = await app.inject({ method: 'POST', url: votes, payload: { userId: user('sam'), answers: [2] } });
    expect(changed.json<MessageWithPoll>().poll?.counts).toEqual([0, 1, 1]);
    const takenBack = await app.inject({ method: 'POST', url: votes, payload: { userId: user('kenji'), answers: [] } });
    expect(takenBack.json<MessageWithPoll>().poll?.counts).toEqual([0, 0, 1]);

    clock.advance(24 * HOUR_MS);
    expect((await list())[1]?.poll).toMatchObject({ finalized: true, counts: [0, 0, 1] });
    const late = await app.inject({ method: 'POST', url: votes, payload: { userId: user('kenji'), answers: [0] } });
    expect(late.statusCode).toBe(400);
    expect(late.json<{ error: string }>().error).toBe('this poll has ended');
  });

  it('takes several answers only on a multiselect poll and refuses bad votes', async () => {
    const { app, general, votes, user } = await setUp(true);
    const both = await app.inject({ method: 'POST', url: votes, payload: { userId: user('sam'), answers: [0, 2] } });
    expect(both.statusCode).toBe(200);
    expect(both.json<MessageWithPoll>().poll).toMatchObject({ allowMultiselect: true, counts: [1, 0, 1] });

    const outOfRange = await app.inject({ method: 'POST', url: votes, payload: { userId: user('sam'), answers: [3] } });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json<{ error: string }>().error).toBe('this poll has answers 0 to 2');
    const invalid = await app.inject({ method: 'POST', url: votes, payload: { userId: user('sam'), answers: [-1] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ error: string }>().error).toMatch(/^invalid body: answers\.0: /);
    const stranger = await app.inject({ method: 'POST', url: votes, payload: { userId: '999', answers: [0] } });
    expect(stranger.statusCode).toBe(404);

    const plain = await app.inject({
      method: 'POST',
      url: `/api/sandbox/channels/${general}/messages`,
      payload: { userId: user('kenji'), content: 'Just text' },
    });
    const noPoll = await app.inject({
      method: 'POST',
      url: `/api/sandbox/channels/${general}/messages/${plain.json<{ id: string }>().id}/poll-votes`,
      payload: { userId: user('sam'), answers: [0] },
    });
    expect(noPoll.statusCode).toBe(422);
    expect(noPoll.json<{ error: string }>().error).toMatch(/no poll/);
  });
});
