import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { SlashCommandDefinition } from '../Platform.js';
import { InvalidRequest } from '../PlatformError.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

const MARK: SlashCommandDefinition = { type: 'message', name: 'Mark as solution', description: 'Marks the solution' };
const SOLVED: SlashCommandDefinition = { name: 'solved', description: 'Marks this question solved' };

describe(`sandbox message context-menu commands (${testDialect})`, () => {
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
    await rec.sandbox.registerCommands(rec.guild.id, [SOLVED, MARK]);
    rec.events.length = 0;
    return { ...rec, general: general.id, ada: ada.userId, bo: bo.userId };
  }

  it('a message command used on a message → interaction.command with targetMessage', async () => {
    const { sandbox, general, ada, bo, eventsOf } = await setUp();
    expect(await sandbox.listCommands()).toEqual([SOLVED, MARK]);
    const answer = await sandbox.postMessage({ userId: bo, channelId: general, content: 'Use Node 20.' });
    const { interactionId } = await sandbox.invokeCommand({
      userId: ada,
      channelId: general,
      name: 'Mark as solution',
      targetMessageId: answer.id,
    });
    const [event] = eventsOf('interaction.command');
    expect(event?.payload).toMatchObject({
      interactionId,
      userId: ada,
      channelId: general,
      commandName: 'Mark as solution',
      subcommand: null,
      options: {},
      targetMessage: {
        messageId: answer.id,
        channelId: general,
        authorId: bo,
        authorBot: false,
        content: 'Use Node 20.',
      },
    });
    expect(await sandbox.getInteraction(interactionId)).toMatchObject({ kind: 'command', name: 'Mark as solution' });
  });

  it('the target is required for a message command and refused for a slash command', async () => {
    const { sandbox, general, ada, events } = await setUp();
    const sent = await sandbox.sendMessage(general, { content: 'From the bot' });
    await expect(sandbox.invokeCommand({ userId: ada, channelId: general, name: 'Mark as solution' })).rejects.toThrow(
      /message command: it is used on a message/,
    );
    await expect(
      sandbox.invokeCommand({ userId: ada, channelId: general, name: 'solved', targetMessageId: sent.id }),
    ).rejects.toThrow(/slash command/);
    await expect(
      sandbox.invokeCommand({ userId: ada, channelId: general, name: 'Nope', targetMessageId: sent.id }),
    ).rejects.toThrow(UserError);
    await expect(
      sandbox.invokeCommand({ userId: ada, channelId: general, name: 'Mark as solution', targetMessageId: '123' }),
    ).rejects.toThrow(SandboxNotFoundError);
    expect(events).toEqual([]);
    await sandbox.invokeCommand({
      userId: ada,
      channelId: general,
      name: 'Mark as solution',
      targetMessageId: sent.id,
    });
    expect(events[0]?.payload).toMatchObject({ targetMessage: { authorBot: true, content: 'From the bot' } });
  });

  it('registration checks message commands: names with capitals and spaces, no options, at most 5', async () => {
    const { sandbox, guild } = await setUp();
    const message = (name: string): SlashCommandDefinition => ({ type: 'message', name, description: '' });
    await expect(sandbox.registerCommands(guild.id, [message(' padded')])).rejects.toThrow(InvalidRequest);
    await expect(sandbox.registerCommands(guild.id, [message('x'.repeat(33))])).rejects.toThrow(InvalidRequest);
    await expect(
      sandbox.registerCommands(guild.id, [{ ...MARK, options: [{ name: 'why', description: 'Why', type: 'string' }] }]),
    ).rejects.toThrow(/no options/);
    await expect(sandbox.registerCommands(guild.id, [MARK, MARK])).rejects.toThrow(/twice/);
    await expect(sandbox.registerCommands(guild.id, ['A', 'B', 'C', 'D', 'E', 'F'].map(message))).rejects.toThrow(
      /at most 5 message commands/,
    );
    // A slash command and a message command may share a name, as on Discord.
    await sandbox.registerCommands(guild.id, [SOLVED, message('solved')]);
    expect((await sandbox.listCommands()).map((c) => c.type ?? 'chat')).toEqual(['chat', 'message']);
  });
});
