import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { SlashCommandDefinition } from '../Platform.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { INTERACTION_TOKEN_MS } from './interactionActions.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

const commands: SlashCommandDefinition[] = [
  { name: 'rank', description: 'Shows a rank', options: [{ name: 'member', description: 'Whose', type: 'user' }] },
  {
    name: 'warn',
    description: 'Warns a member',
    options: [
      { name: 'member', description: 'Who', type: 'user', required: true },
      { name: 'days', description: 'How long', type: 'integer', required: true },
      {
        name: 'severity',
        description: 'How bad',
        type: 'string',
        choices: [
          { name: 'Low', value: 'low' },
          { name: 'High', value: 'high' },
        ],
      },
    ],
  },
];

describe(`sandbox interactions (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; ada: string; role: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    const role = await rec.sandbox.createRole(rec.guild.id, { name: 'Member' });
    await rec.sandbox.addRole(rec.guild.id, ada.userId, role.id, 'x');
    await rec.sandbox.registerCommands(rec.guild.id, commands);
    rec.events.length = 0;
    return { ...rec, general: general.id, ada: ada.userId, role: role.id };
  }

  it('registerCommands replaces the definitions (bulk overwrite) and refuses invalid ones', async () => {
    const { sandbox, guild } = await setUp();
    expect(await sandbox.listCommands()).toEqual(commands);
    await sandbox.registerCommands(guild.id, [{ name: 'ping', description: 'Pong' }]);
    expect(await sandbox.listCommands()).toEqual([{ name: 'ping', description: 'Pong' }]);
    await expect(sandbox.registerCommands(guild.id, [{ name: 'Bad Name', description: 'x' }])).rejects.toThrow(/name/);
    await expect(
      sandbox.registerCommands(guild.id, [
        { name: 'a', description: 'x' },
        { name: 'a', description: 'y' },
      ]),
    ).rejects.toThrow(/defined twice/);
    expect(await sandbox.listCommands()).toEqual([{ name: 'ping', description: 'Pong' }]);
  });

  it("invoking a command emits interaction.command with the member's roles and checked options", async () => {
    const { sandbox, guild, general, ada, role, events } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({
      userId: ada,
      channelId: general,
      name: 'warn',
      options: { member: guild.ownerId, days: 3, severity: 'low' },
    });
    expect(events).toEqual([
      {
        id: `sandbox:interaction.command:${interactionId}`,
        type: 'interaction.command',
        guildId: guild.id,
        occurredAt: expect.any(Number) as number,
        source: 'sandbox',
        payload: {
          interactionId,
          token: expect.any(String) as string,
          userId: ada,
          channelId: general,
          memberRoles: [role],
          commandName: 'warn',
          subcommand: null,
          options: { member: guild.ownerId, days: 3, severity: 'low' },
        },
      },
    ]);
    expect(await sandbox.getInteraction(interactionId)).toMatchObject({ kind: 'command', name: 'warn', reply: null });
  });

  it('refuses unknown commands and options that do not fit, with no event', async () => {
    const { sandbox, general, ada, events } = await setUp();
    const run = (name: string, options: Record<string, string | number | boolean>) =>
      sandbox.invokeCommand({ userId: ada, channelId: general, name, options });
    await expect(run('nope', {})).rejects.toThrow(/unknown command \/nope \(registered: \/rank, \/warn\)/);
    await expect(run('rank', { who: 'x' })).rejects.toThrow(/unknown option "who"/);
    await expect(run('warn', { member: ada })).rejects.toThrow(/option "days" is required/);
    await expect(run('warn', { member: ada, days: 1.5 })).rejects.toThrow(/integer/);
    await expect(run('warn', { member: ada, days: '2' })).rejects.toThrow(/must be an integer/);
    await expect(run('warn', { member: ada, days: 2, severity: 'extreme' })).rejects.toThrow(/one of "low", "high"/);
    await expect(run('warn', { member: '42', days: 2 })).rejects.toThrow(UserError);
    await expect(sandbox.invokeCommand({ userId: '42', channelId: general, name: 'rank' })).rejects.toThrow(
      SandboxNotFoundError,
    );
    expect(events).toEqual([]);
  });

  it("stores the module's reply once; a public reply also appears in the channel", async () => {
    const { sandbox, general, ada, clock } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'rank' });
    const token = `sandbox-token-${interactionId}`;
    const ref = { interactionId, token, channelId: general, userId: ada };
    await expect(sandbox.respondToInteraction({ ...ref, token: 'wrong' }, { content: 'x' })).rejects.toThrow(/token/);
    await sandbox.respondToInteraction(ref, { content: 'You are rank #1' });
    expect((await sandbox.getInteraction(interactionId))?.reply).toEqual({ content: 'You are rank #1' });
    expect((await sandbox.listMessages(general))[0]).toMatchObject({ content: 'You are rank #1', authorBot: true });
    await expect(sandbox.respondToInteraction(ref, { content: 'again' })).rejects.toThrow(/already been acknowledged/);

    const quiet = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'rank' });
    await sandbox.respondToInteraction(
      { ...ref, interactionId: quiet.interactionId, token: `sandbox-token-${quiet.interactionId}` },
      { content: 'psst', ephemeral: true },
    );
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['You are rank #1']);

    const late = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'rank' });
    clock.advance(INTERACTION_TOKEN_MS + 1);
    await expect(
      sandbox.respondToInteraction(
        { ...ref, interactionId: late.interactionId, token: `sandbox-token-${late.interactionId}` },
        { content: 'late' },
      ),
    ).rejects.toThrow(/Unknown Interaction/);
  });

  it('clicking a button and choosing select values emit interaction.button / interaction.select', async () => {
    const { sandbox, general, ada, events } = await setUp();
    const sent = await sandbox.sendMessage(general, {
      content: 'Pick',
      components: [
        { components: [{ kind: 'button', customId: 'rules:accept', label: 'Accept', style: 'success' }] },
        {
          components: [
            {
              kind: 'select',
              customId: 'topics',
              options: [
                { label: 'Art', value: 'art' },
                { label: 'Code', value: 'code' },
              ],
              maxValues: 2,
            },
          ],
        },
      ],
    });
    const target = { userId: ada, channelId: general, messageId: sent.id };
    const click = await sandbox.clickButton({ ...target, customId: 'rules:accept' });
    const pick = await sandbox.selectMenu({ ...target, customId: 'topics', values: ['art', 'code'] });
    expect(events.map((e) => [e.type, e.id])).toEqual([
      ['interaction.button', `sandbox:interaction.button:${click.interactionId}`],
      ['interaction.select', `sandbox:interaction.select:${pick.interactionId}`],
    ]);
    expect(events[0]?.payload).toMatchObject({ customId: 'rules:accept', userId: ada });
    expect(events[1]?.payload).toMatchObject({ customId: 'topics', values: ['art', 'code'] });
    await expect(sandbox.clickButton({ ...target, customId: 'missing' })).rejects.toThrow(/no component/);
    await expect(sandbox.clickButton({ ...target, customId: 'topics' })).rejects.toThrow(/select menu/);
    await expect(sandbox.selectMenu({ ...target, customId: 'topics', values: ['music'] })).rejects.toThrow(
      /no option "music"/,
    );
    await expect(sandbox.selectMenu({ ...target, customId: 'topics', values: [] })).rejects.toThrow(/1–2/);
    expect(events).toHaveLength(2);
  });
});
