import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { ATTACHMENT_LIMITS } from '../discordLimits.js';
import { InvalidRequest, isNotFound } from '../PlatformError.js';
import type { InteractionRef, SlashCommandDefinition } from '../Platform.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

const privacy: SlashCommandDefinition = {
  name: 'privacy',
  description: 'Your data',
  options: [
    {
      type: 'subcommand',
      name: 'export',
      description: 'Export it',
      options: [{ name: 'member', description: 'Whose', type: 'user' }],
    },
    { type: 'subcommand', name: 'erase', description: 'Erase it' },
  ],
};
const ping: SlashCommandDefinition = { name: 'ping', description: 'Pong' };

describe(`sandbox subcommands, reply files and reply components (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; ada: string; bo: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    const bo = await rec.sandbox.addMember({ username: 'bo' });
    await rec.sandbox.registerCommands(rec.guild.id, [privacy, ping]);
    rec.events.length = 0;
    return { ...rec, general: general.id, ada: ada.userId, bo: bo.userId };
  }

  /** The ref the bot answers an interaction with. */
  const refOf = (interactionId: string, channelId: string, userId: string): InteractionRef => ({
    interactionId,
    token: `sandbox-token-${interactionId}`,
    channelId,
    userId,
  });

  it('registers subcommands and refuses definitions Discord would refuse', async () => {
    const { sandbox, guild } = await setUp();
    expect(await sandbox.listCommands()).toEqual([privacy, ping]);
    const bad: SlashCommandDefinition[] = [
      {
        name: 'mixed',
        description: 'x',
        options: [
          { type: 'subcommand', name: 'a', description: 'x' },
          { name: 'b', description: 'x', type: 'string' },
        ],
      },
      {
        name: 'twice',
        description: 'x',
        options: [
          { type: 'subcommand', name: 'a', description: 'x' },
          { type: 'subcommand', name: 'a', description: 'y' },
        ],
      },
      {
        name: 'order',
        description: 'x',
        options: [
          {
            type: 'subcommand',
            name: 'a',
            description: 'x',
            options: [
              { name: 'o', description: 'x', type: 'string' },
              { name: 'r', description: 'x', type: 'string', required: true },
            ],
          },
        ],
      },
    ];
    for (const command of bad) {
      await expect(sandbox.registerCommands(guild.id, [command])).rejects.toBeInstanceOf(InvalidRequest);
    }
    expect(await sandbox.listCommands()).toEqual([privacy, ping]);
  });

  it('invokes a subcommand → interaction.command with subcommand and its options; checks like Discord', async () => {
    const { sandbox, general, ada, bo, events } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({
      userId: ada,
      channelId: general,
      name: 'privacy',
      subcommand: 'export',
      options: { member: bo },
    });
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ interactionId, commandName: 'privacy', subcommand: 'export', options: { member: bo } }),
    ]);
    expect(await sandbox.getInteraction(interactionId)).toMatchObject({ kind: 'command', name: 'privacy export' });
    const run = (subcommand: string | undefined, name = 'privacy', options = {}) =>
      sandbox.invokeCommand({
        userId: ada,
        channelId: general,
        name,
        ...(subcommand === undefined ? {} : { subcommand }),
        options,
      });
    await expect(run(undefined)).rejects.toThrow(/\/privacy: choose a subcommand \(export, erase\)/);
    await expect(run('nope')).rejects.toThrow(/\/privacy has no subcommand "nope"/);
    await expect(run('erase', 'privacy', { member: bo })).rejects.toThrow(/\/privacy erase: unknown option "member"/);
    await expect(run('export', 'privacy', { member: '42' })).rejects.toThrow(/no user has id 42/);
    await expect(run('export', 'ping')).rejects.toThrow(/\/ping has no subcommands/);
    await expect(run(undefined, 'privacy')).rejects.toBeInstanceOf(UserError);
    expect(events).toHaveLength(1);
    await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    expect(events[1]?.payload).toMatchObject({ commandName: 'ping', subcommand: null, options: {} });
  });

  it('keeps the files of a reply with the interaction; refuses files beyond Discord limits', async () => {
    const { sandbox, general, ada } = await setUp();
    const started = await sandbox.invokeCommand({
      userId: ada,
      channelId: general,
      name: 'privacy',
      subcommand: 'export',
    });
    const ref = refOf(started.interactionId, general, ada);
    const tooMany = Array.from({ length: ATTACHMENT_LIMITS.files + 1 }, (_, i) => ({ name: `${i}.txt`, data: 'x' }));
    await expect(sandbox.respondToInteraction(ref, { content: 'x', files: tooMany })).rejects.toThrow(
      /at most 10 files/,
    );
    const big = new Uint8Array(ATTACHMENT_LIMITS.bytes + 1);
    await expect(sandbox.respondToInteraction(ref, { files: [{ name: 'big.bin', data: big }] })).rejects.toMatchObject({
      code: 40005,
    });
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await sandbox.respondToInteraction(ref, {
      content: 'Your data',
      ephemeral: true,
      files: [
        { name: 'export.json', data: '{"name":"Ada ✓"}', contentType: 'application/json' },
        { name: 'raw.bin', data: bytes },
      ],
    });
    const interaction = await sandbox.getInteraction(started.interactionId);
    expect(interaction?.reply).toEqual({
      content: 'Your data',
      ephemeral: true,
      attachments: [
        { id: expect.any(String) as string, name: 'export.json', size: 18, contentType: 'application/json' },
        { id: expect.any(String) as string, name: 'raw.bin', size: 4, contentType: null },
      ],
    });
    const [json, raw] = interaction?.reply?.attachments ?? [];
    const file = await sandbox.getAttachment(started.interactionId, json!.id);
    expect(new TextDecoder().decode(file.data)).toBe('{"name":"Ada ✓"}');
    expect(file).toMatchObject({ name: 'export.json', contentType: 'application/json' });
    expect([...(await sandbox.getAttachment(started.interactionId, raw!.id)).data]).toEqual([0, 1, 2, 255]);
    const missing = await sandbox.getAttachment(started.interactionId, '1').catch((e: unknown) => e);
    expect(isNotFound(missing, 'attachment')).toBe(true);
    // A file alone is a valid message.
    const bare = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    await sandbox.respondToInteraction(refOf(bare.interactionId, general, ada), {
      files: [{ name: 'a.txt', data: 'a' }],
    });
    expect((await sandbox.getInteraction(bare.interactionId))?.reply?.attachments).toHaveLength(1);
  });

  it('lets the member an answer was shown to press its buttons and choose in its menus, nobody else', async () => {
    const { sandbox, general, ada, bo, events } = await setUp();
    const started = await sandbox.invokeCommand({
      userId: ada,
      channelId: general,
      name: 'privacy',
      subcommand: 'erase',
    });
    await sandbox.respondToInteraction(refOf(started.interactionId, general, ada), {
      content: 'Sure?',
      ephemeral: true,
      components: [
        { components: [{ kind: 'button', customId: 'privacy:erase:1', label: 'Erase', style: 'danger' }] },
        {
          components: [
            {
              kind: 'select',
              customId: 'privacy:what',
              options: [
                { label: 'All', value: 'all' },
                { label: 'Messages', value: 'messages' },
              ],
            },
          ],
        },
      ],
    });
    events.length = 0;
    const press = (input: { userId: string; customId: string; values?: string[] }, id = started.interactionId) =>
      sandbox.pressReplyComponent({ interactionId: id, ...input });
    await expect(press({ userId: bo, customId: 'privacy:erase:1' })).rejects.toThrow(/only the member who started/);
    await expect(press({ userId: ada, customId: 'privacy:erase:2' })).rejects.toThrow(/has no component/);
    await expect(press({ userId: ada, customId: 'privacy:erase:1', values: ['x'] })).rejects.toThrow(/is a button/);
    await expect(press({ userId: ada, customId: 'privacy:what' })).rejects.toThrow(/choose values/);
    await expect(press({ userId: ada, customId: 'privacy:what', values: ['none'] })).rejects.toThrow(
      /no option "none"/,
    );
    const missing = await press({ userId: ada, customId: 'privacy:erase:1' }, '999').catch((e: unknown) => e);
    expect(isNotFound(missing, 'interaction')).toBe(true);
    expect(events).toEqual([]);

    const button = await press({ userId: ada, customId: 'privacy:erase:1' });
    const select = await press({ userId: ada, customId: 'privacy:what', values: ['messages'] });
    expect(events.map((e) => [e.type, e.id])).toEqual([
      ['interaction.button', `sandbox:interaction.button:${button.interactionId}`],
      ['interaction.select', `sandbox:interaction.select:${select.interactionId}`],
    ]);
    expect(events[0]?.payload).toMatchObject({ userId: ada, channelId: general, customId: 'privacy:erase:1' });
    expect(events[1]?.payload).toMatchObject({ customId: 'privacy:what', values: ['messages'] });
    expect(await sandbox.getInteraction(button.interactionId)).toMatchObject({
      kind: 'button',
      name: 'privacy:erase:1',
    });

    // Not answered yet, or answered with a modal: nothing to press.
    const unanswered = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    await expect(press({ userId: ada, customId: 'x' }, unanswered.interactionId)).rejects.toThrow(
      /not answered with a message/,
    );
  });
});
