import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { InvalidRequest } from '../PlatformError.js';
import { SandboxPlatform } from './SandboxPlatform.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';
import { seedSandboxCommunity } from './seedSandboxCommunity.js';

/** Names Discord would show misleadingly or not at all (issue #10, finding 7). */
const UNSAFE_NAMES = [
  'mod\u0000s',
  'bell\u0007',
  'c1\u0085',
  '\u202Enimda',
  'a\u2066b\u2069',
  'ltr\u200Emark',
  'rtl\u200F',
];

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

describe(`sandbox names with control or bidi characters (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
    store = undefined;
  });

  async function setUp(): Promise<{ sandbox: SandboxPlatform; guildId: string; channelId: string; roleId: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    const guild = await seedSandboxCommunity(sandbox, { name: 'Names' });
    await sandbox.start(() => Promise.resolve());
    const channel = await sandbox.createChannel(guild.id, { name: 'plain', kind: 'text' });
    const role = await sandbox.createRole(guild.id, { name: 'Plain' });
    return { sandbox, guildId: guild.id, channelId: channel.id, roleId: role.id };
  }

  it('refuses them when creating or editing a role, channel or category, with InvalidRequest', async () => {
    const { sandbox, guildId, channelId, roleId } = await setUp();
    for (const name of UNSAFE_NAMES) {
      for (const attempt of [
        () => sandbox.createRole(guildId, { name }),
        () => sandbox.createRoleAsOwner({ name }),
        () => sandbox.editRole(guildId, roleId, { name }, 'rename'),
        () => sandbox.createChannel(guildId, { name, kind: 'text' }),
        () => sandbox.createChannel(guildId, { name, kind: 'category' }),
        () => sandbox.createChannel(guildId, { name, kind: 'voice' }),
        () => sandbox.editChannel(channelId, { name }),
      ]) {
        const error = await rejection(attempt());
        expect(error).toBeInstanceOf(InvalidRequest);
        expect(String(error)).toMatch(
          /name must not contain control or bidirectional formatting characters \(found U\+/,
        );
      }
    }
    expect((await sandbox.listRoles()).map((r) => r.name)).not.toContain('\u202Enimda');
    // Names without them still work, including non-Latin scripts and emoji.
    await expect(sandbox.createRole(guildId, { name: 'مشرف 🛡️' })).resolves.toMatchObject({ name: 'مشرف 🛡️' });
    await expect(sandbox.editChannel(channelId, { name: 'général' })).resolves.toMatchObject({ name: 'général' });
  });
});
