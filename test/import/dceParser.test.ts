import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DceHeader, DceMessage } from '../../src/app/import/dce/DceMessage.js';
import { dceEvents } from '../../src/app/import/dce/dceEvents.js';
import { dceFiles } from '../../src/app/import/dce/dceFiles.js';
import { readDceCsv } from '../../src/app/import/dce/readDceCsv.js';
import { readDceJson, type DceItem } from '../../src/app/import/dce/readDceJson.js';

const fixtures = fileURLToPath(new URL('../fixtures/dce/', import.meta.url));
const GENERAL = `${fixtures}archive/Guildhall Test - Community - general [200000000000000001].json`;
const THREAD = `${fixtures}archive/_threads/Guildhall Test - general - Setup help [200000000000000050].json`;
const OLD = `${fixtures}old/Guildhall Test - old-general [200000000000000003].json`;
const CSV = `${fixtures}csv/Guildhall Test - Community - random [200000000000000002].csv`;

async function read(items: AsyncGenerator<DceItem>): Promise<{ header: DceHeader | null; messages: DceMessage[] }> {
  let header: DceHeader | null = null;
  const messages: DceMessage[] = [];
  for await (const item of items) {
    if (item.kind === 'header') header = item.header;
    else messages.push(item.message);
  }
  return { header, messages };
}

describe('DCE JSON reader', () => {
  it('reads the header and every message of a current export, with reaction users, replies and mentions', async () => {
    const { header, messages } = await read(readDceJson(GENERAL));
    expect(header).toEqual({
      guildId: '100000000000000001',
      guildName: 'Guildhall Test',
      channelId: '200000000000000001',
      channelType: 'GuildTextChat',
      channelName: 'general',
      parentId: '200000000000000000',
    });
    expect(messages.map((m) => m.type)).toEqual([
      'GuildMemberJoin',
      'Default',
      'Reply',
      'ChannelPinnedMessage',
      'ThreadCreated',
    ]);
    const welcome = messages[1];
    expect(welcome?.mentionedUserIds).toEqual(['400000000000000002']);
    expect(welcome?.reactions).toEqual([
      {
        emojiId: null,
        emojiName: '👋',
        count: 2,
        users: [
          { id: '400000000000000002', name: 'ben', nickname: 'Ben', isBot: false },
          { id: '400000000000000003', name: 'cy', nickname: 'Cy', isBot: false },
        ],
      },
      {
        emojiId: '500000000000000001',
        emojiName: 'party',
        count: 1,
        users: [{ id: '400000000000000002', name: 'ben', nickname: 'Ben', isBot: false }],
      },
    ]);
    expect(messages[2]).toMatchObject({
      referencedMessageId: '1200000000000000002',
      attachmentCount: 1,
      timestamp: Date.UTC(2024, 1, 1, 9, 6, 30, 500),
    });
    expect(messages[4]?.referencedChannelId).toBe('200000000000000050');
  });

  it('reads an old export without nickname, mentions, reference, categoryId or reaction users', async () => {
    const { header, messages } = await read(readDceJson(OLD));
    expect(header?.parentId).toBeNull();
    expect(messages[1]).toEqual({
      id: '700000000000000002',
      type: 'Default',
      timestamp: Date.UTC(2020, 5, 1, 12, 1, 0, 123),
      content: 'hi all',
      author: { id: '400000000000000004', name: 'dee', nickname: null, isBot: false },
      attachmentCount: 0,
      reactions: [{ emojiId: null, emojiName: '❤️', count: 3, users: null }],
      mentionedUserIds: [],
      referencedMessageId: null,
      referencedChannelId: null,
    });
  });

  it('reads a thread file as its own channel with its parent', async () => {
    const { header, messages } = await read(readDceJson(THREAD));
    expect(header).toMatchObject({
      channelId: '200000000000000050',
      channelType: 'GuildPublicThread',
      parentId: '200000000000000001',
      channelName: 'Setup help',
    });
    expect(messages).toHaveLength(2);
  });

  it('names the file and the byte for a file that is not DCE, and the message count for a truncated one', async () => {
    await expect(read(readDceJson(`${fixtures}bad/not-dce.json`))).rejects.toThrow(
      /not-dce\.json: header: not a DiscordChatExporter export: its "guild" has no id/,
    );
    const truncated = `${fixtures}bad/Truncated - general [200000000000000001].json`;
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of readDceJson(truncated)) if (item.kind === 'message') seen.push(item.message.id ?? '');
    })();
    await expect(reading).rejects.toThrow(
      /Truncated - general .*: byte \d+: the file ends in the middle of its JSON \(truncated\?\) after 2 message\(s\)/,
    );
    expect(seen).toEqual(['1200000000000000001', '1200000000000000002']);
  });
});

describe('DCE CSV reader', () => {
  it('reads rows with quoted commas, quotes, new lines, attachments and reaction counts', async () => {
    const { header, messages } = await read(readDceCsv(CSV, '200000000000000002'));
    expect(header?.channelId).toBe('200000000000000002');
    expect(messages).toEqual([
      {
        id: null,
        type: 'Default',
        timestamp: Date.UTC(2024, 1, 3, 8, 0, 0),
        content: 'Good morning, "everyone"',
        author: { id: '400000000000000001', name: 'ada', nickname: null, isBot: false },
        attachmentCount: 0,
        reactions: [],
        mentionedUserIds: [],
        referencedMessageId: null,
        referencedChannelId: null,
      },
      {
        id: null,
        type: 'Default',
        timestamp: Date.UTC(2024, 1, 3, 8, 1, 30, 250),
        content: 'two files\nand a second line',
        author: { id: '400000000000000002', name: 'ben', nickname: null, isBot: false },
        attachmentCount: 2,
        reactions: [
          { emojiId: null, emojiName: '👍', count: 2, users: null },
          { emojiId: null, emojiName: 'party', count: 1, users: null },
        ],
        mentionedUserIds: [],
        referencedMessageId: null,
        referencedChannelId: null,
      },
    ]);
  });

  it('refuses a CSV with other columns, naming the file', async () => {
    await expect(
      read(readDceCsv(`${fixtures}bad/Not csv - random [200000000000000002].csv`, '200000000000000002')),
    ).rejects.toThrow(
      /Not csv - random .*: line 1: not a DiscordChatExporter CSV export: expected the columns AuthorID,Author,Date,Content,Attachments,Reactions, found id,text/,
    );
  });
});

describe('DCE files and events', () => {
  it('finds the parts of a split export in order, threads included', async () => {
    const files = await dceFiles([`${fixtures}archive`]);
    expect(files.map((f) => [f.path.slice(fixtures.length), f.part, f.channelIdInName])).toEqual([
      ['archive/Guildhall Test - Community - general [200000000000000001].json', 1, '200000000000000001'],
      ['archive/Guildhall Test - Community - general [200000000000000001] [part 2].json', 2, '200000000000000001'],
      ['archive/_threads/Guildhall Test - general - Setup help [200000000000000050].json', 1, '200000000000000050'],
    ]);
  });

  it('maps messages to the live ids, joins, threads and one reaction per user; skips system messages', async () => {
    const { header, messages } = await read(readDceJson(GENERAL));
    if (header === null) throw new Error('no header');
    const target = {
      guildId: '900',
      threads: new Map([['200000000000000050', { name: 'Setup help', parentId: '200000000000000001' }]]),
    };
    const mapped = messages.map((m) => dceEvents(m, header, target));
    const ids = mapped.map((m) => (typeof m === 'string' || 'skipped' in m ? m : m.events.map((e) => e.id)));
    expect(ids).toEqual([
      [`discord:member.joined:900:400000000000000002:${Date.UTC(2024, 1, 1, 9)}`],
      [
        'discord:message.created:1200000000000000002',
        'discord:reaction.added:1200000000000000002:400000000000000002:👋',
        'discord:reaction.added:1200000000000000002:400000000000000003:👋',
        'discord:reaction.added:1200000000000000002:400000000000000002:500000000000000001',
      ],
      ['discord:message.created:1200000000000000003'],
      { skipped: 'system message ChannelPinnedMessage' },
      ['discord:thread.created:200000000000000050'],
    ]);
    const thread = mapped[4];
    expect(
      thread !== undefined && typeof thread !== 'string' && 'events' in thread ? thread.events[0]?.payload : null,
    ).toEqual({
      threadId: '200000000000000050',
      parentId: '200000000000000001',
      ownerId: '400000000000000001',
      name: 'Setup help',
    });
    const reply = mapped[2];
    expect(
      reply !== undefined && typeof reply !== 'string' && 'events' in reply ? reply.events[0]?.payload : null,
    ).toEqual({
      messageId: '1200000000000000003',
      channelId: '200000000000000001',
      authorId: '400000000000000002',
      authorBot: false,
      content: 'Thanks! How do I set up the bot?',
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: '1200000000000000002',
      attachmentCount: 1,
    });
  });

  it('reports an unknown message type as an error string', async () => {
    const { header, messages } = await read(
      readDceJson(`${fixtures}bad/Unknown type - general [200000000000000001].json`),
    );
    if (header === null) throw new Error('no header');
    expect(dceEvents(messages[1] as DceMessage, header, { guildId: '900', threads: new Map() })).toBe(
      'unknown message type "SomethingNew"',
    );
  });
});
