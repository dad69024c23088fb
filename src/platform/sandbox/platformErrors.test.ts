import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { TIMEOUT_CAP_MS } from '../discordLimits.js';
import { Forbidden, InvalidRequest, isNotFound, NotFound, RateLimited } from '../PlatformError.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

/** What `promise` rejected with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe(`sandbox refusals are the platform's typed errors (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp() {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    return { ...rec, ada: ada.userId };
  }

  it("unbanning a user who is not banned throws NotFound('ban'), worded and coded like Discord", async () => {
    const { sandbox, guild, ada } = await setUp();
    const error = await rejection(sandbox.unbanMember(guild.id, ada, 'appeal'));
    expect(error).toBeInstanceOf(SandboxNotFoundError);
    expect(error).toBeInstanceOf(NotFound);
    expect(isNotFound(error, 'ban')).toBe(true);
    expect(error).toMatchObject({ resource: 'ban', id: ada, code: 10026, message: `Unknown Ban: ${ada}` });
    expect(isNotFound(await rejection(sandbox.kickMember(guild.id, '849000000000000404', 'x')), 'member')).toBe(true);
  });

  it('hierarchy and permission refusals throw Forbidden (Missing Permissions, 50013), still PlatformRuleErrors', async () => {
    const { sandbox, guild } = await setUp();
    const owner = (await sandbox.guild()).ownerId;
    const error = await rejection(sandbox.kickMember(guild.id, owner, 'x'));
    expect(error).toBeInstanceOf(Forbidden);
    expect(error).toBeInstanceOf(PlatformRuleError);
    expect(error).toMatchObject({ code: 50013 });
    expect(String(error)).toMatch(/^Forbidden: Missing Permissions: cannot kick the guild owner/);
    const top = await sandbox.createRoleAsOwner({ name: 'Top', position: 99 });
    expect(await rejection(sandbox.addRole(guild.id, owner, top.id, 'x'))).toBeInstanceOf(Forbidden);
  });

  it('limits throw InvalidRequest; slowmode throws RateLimited with the wait', async () => {
    const { sandbox, guild, clock, ada } = await setUp();
    expect(await rejection(sandbox.timeoutMember(guild.id, ada, clock.now() + TIMEOUT_CAP_MS + 1, 'x'))).toBeInstanceOf(
      InvalidRequest,
    );
    expect(await rejection(sandbox.sendMessage('0', { content: '  ' }))).toBeInstanceOf(InvalidRequest);
    const slow = await sandbox.createChannel(guild.id, { name: 'slow', kind: 'text', rateLimitPerUser: 30 });
    await sandbox.postMessage({ userId: ada, channelId: slow.id, content: 'first' });
    const error = await rejection(sandbox.postMessage({ userId: ada, channelId: slow.id, content: 'second' }));
    expect(error).toBeInstanceOf(RateLimited);
    expect(error).toMatchObject({ retryAfterMs: 30_000 });
    expect(String(error)).toMatch(/^RateLimited: Slowmode: ada/);
  });
});
