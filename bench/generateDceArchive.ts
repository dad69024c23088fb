/**
 * bench/generateDceArchive: writes a synthetic DiscordChatExporter JSON archive (DCE's current
 * layout and field set: channel files, `_threads/`, replies, reactions with users, member joins,
 * bot answers) for bench/analytics.ts. Deterministic (seeded), streamed to disk file by file.
 *
 *   npx tsx bench/generateDceArchive.ts --out /tmp/dce-bench --files 500 --messages 250000
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../test/seededRandom.js';

/** How big an archive to write. */
export interface ArchiveSpec {
  out: string;
  files: number;
  messages: number;
  /** Distinct authors (default 3000). */
  members?: number;
  /** Days the history spans (default 730). */
  days?: number;
}

/** The synthetic guild's id. */
export const BENCH_GUILD_ID = '910000000000000001';
const DISCORD_EPOCH = 1_420_070_400_000n;
const START = Date.UTC(2024, 0, 1);

function snowflake(ms: number, n: number): string {
  return ((BigInt(ms) - DISCORD_EPOCH) * 4194304n + BigInt(n % 4194304)).toString();
}

function user(id: number, bot = false): Record<string, unknown> {
  const userId = String(700000000000000000n + BigInt(id));
  return {
    id: userId,
    name: `member${id}`,
    discriminator: '0000',
    nickname: `Member ${id}`,
    color: null,
    isBot: bot,
    roles: [],
    avatarUrl: `https://cdn.discordapp.com/avatars/${userId}/a1b2c3d4e5f6.png?size=512`,
  };
}

const WORDS = 'the bot config role channel thanks help error node yes no please why how build deploy docs event'.split(
  ' ',
);

/**
 * Writes the archive.
 * @param spec - size and place
 * @returns the files written and the messages in them
 */
export async function generateDceArchive(
  spec: ArchiveSpec,
): Promise<{ files: number; messages: number; bytes: number }> {
  const rand = seededRandom(42);
  const members = spec.members ?? 3000;
  const days = spec.days ?? 730;
  const threadFiles = Math.floor(spec.files * 0.2);
  const channelFiles = spec.files - threadFiles;
  mkdirSync(join(spec.out, '_threads'), { recursive: true });
  const perFile = Math.floor(spec.messages / spec.files);
  let written = 0;
  let bytes = 0;
  let seq = 0;
  for (let f = 0; f < spec.files; f += 1) {
    const isThread = f >= channelFiles;
    const count = f === spec.files - 1 ? spec.messages - written : perFile;
    const channelId = String(800000000000000000n + BigInt(f));
    const parentId = isThread ? String(800000000000000000n + BigInt(f % channelFiles)) : '800000000000000999';
    const name = isThread ? `thread-${f}` : `channel-${f}`;
    const path = isThread
      ? join(spec.out, '_threads', `Bench Guild - ${parentId} - ${name} [${channelId}].json`)
      : join(spec.out, `Bench Guild - Text - ${name} [${channelId}].json`);
    const out = createWriteStream(path);
    const write = async (text: string): Promise<void> => {
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) await once(out, 'drain');
    };
    const header = {
      guild: { id: BENCH_GUILD_ID, name: 'Bench Guild', iconUrl: 'https://cdn.discordapp.com/icons/x.png' },
      channel: {
        id: channelId,
        type: isThread ? 'GuildPublicThread' : 'GuildTextChat',
        categoryId: parentId,
        category: isThread ? `channel-${f % channelFiles}` : 'Text',
        name,
        topic: null,
      },
      dateRange: { after: null, before: null },
      exportedAt: '2026-01-01T00:00:00+00:00',
    };
    await write(`${JSON.stringify(header, null, 2).slice(0, -2)},\n  "messages": [\n`);
    const ids: string[] = [];
    const fileStart = START + Math.floor(rand() * days * 0.5) * 86_400_000;
    const span = days * 86_400_000 * 0.5;
    for (let i = 0; i < count; i += 1) {
      seq += 1;
      const at = fileStart + Math.floor((span * i) / count) + Math.floor(rand() * 60_000);
      const id = snowflake(at, seq);
      const author = Math.floor(rand() ** 2 * members);
      const r = rand();
      let type = 'Default';
      let reference: Record<string, unknown> | undefined;
      if (r < 0.02) type = 'GuildMemberJoin';
      else if (r < 0.03) type = '20';
      else if (r < 0.33 && ids.length > 0) {
        type = 'Reply';
        reference = {
          messageId: ids[Math.max(0, ids.length - 1 - Math.floor(rand() * 5))],
          channelId,
          guildId: BENCH_GUILD_ID,
        };
      }
      const reactions =
        rand() < 0.2
          ? [
              {
                emoji: {
                  id: '',
                  name: '👍',
                  code: 'thumbsup',
                  isAnimated: false,
                  imageUrl: 'https://twemoji/1f44d.svg',
                },
                count: 2,
                users: [user(Math.floor(rand() * members)), user(Math.floor(rand() * members))],
              },
            ]
          : [];
      const words = Array.from({ length: 4 + Math.floor(rand() * 20) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
      const message = {
        id,
        type,
        timestamp: new Date(at).toISOString().replace('Z', '+00:00'),
        timestampEdited: null,
        callEndedTimestamp: null,
        isPinned: false,
        content: type === 'GuildMemberJoin' ? 'Joined the server.' : words.join(' '),
        author: user(author, type === '20'),
        attachments: [],
        embeds: [],
        stickers: [],
        reactions,
        mentions: [],
        inlineEmojis: [],
        ...(reference === undefined ? {} : { reference }),
      };
      ids.push(id);
      if (ids.length > 50) ids.shift();
      await write(`${JSON.stringify(message, null, 2).replace(/^/gm, '    ')}${i < count - 1 ? ',' : ''}\n`);
    }
    await write(`  ],\n  "messageCount": ${count}\n}\n`);
    out.end();
    await once(out, 'finish');
    written += count;
  }
  return { files: spec.files, messages: written, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: '/tmp/dce-bench' },
      files: { type: 'string', default: '500' },
      messages: { type: 'string', default: '250000' },
    },
  });
  const result = await generateDceArchive({
    out: values.out,
    files: Number(values.files),
    messages: Number(values.messages),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
