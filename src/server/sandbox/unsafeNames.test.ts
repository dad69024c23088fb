import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { SandboxPlatform } from '../../platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../platform/sandbox/sandboxMigrations.js';
import { seedSandboxCommunity } from '../../platform/sandbox/seedSandboxCommunity.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { registerSandboxRoutes } from './registerSandboxRoutes.js';

describe(`sandbox API: names with bidi or control characters (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
    store = undefined;
  });

  it('answers 422 for a thread named with them, creating nothing', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    const guild = await seedSandboxCommunity(sandbox, { name: 'Names' });
    await sandbox.start(() => Promise.resolve());
    const channelId = guild.channels.find((c) => c.name === 'general')?.id ?? '';
    const app = Fastify();
    await app.register(registerSandboxRoutes, { prefix: '/api/sandbox', sandbox, settle: () => Promise.resolve() });
    const { userId } = await sandbox.addMember({ username: 'ada' });
    const threads = async (): Promise<number> =>
      (await sandbox.listChannels()).filter((c) => c.kind === 'thread').length;
    const before = await threads();
    for (const name of ['evil\u202Etxt.exe', 'nul\u0000']) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/sandbox/channels/${channelId}/threads`,
        payload: { userId, name },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json<{ error: string }>().error).toMatch(
        /name must not contain control or bidirectional formatting characters \(found U\+(202E|0000)\)/,
      );
    }
    expect(await threads()).toBe(before);
    await app.close();
  });
});
