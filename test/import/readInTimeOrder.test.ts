import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DceFile } from '../../src/app/import/dce/dceFiles.js';
import { DceFormatError } from '../../src/app/import/dce/DceFormatError.js';
import { readDceJsonStart } from '../../src/app/import/dce/readDceJson.js';
import { readInTimeOrder, type FileToRead, type TimeOrderedItem } from '../../src/app/import/dce/readInTimeOrder.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gh-merge-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.UTC(2024, 0, 1);

/** Writes a DCE JSON export of one channel whose messages were posted at the given minutes. */
function exportOf(channelId: string, minutes: readonly number[]): DceFile {
  const path = join(dir, `Guild - ${channelId} [${channelId}].json`);
  const messages = minutes.map((m, i) => ({
    id: `${channelId}${String(i).padStart(4, '0')}`,
    type: 'Default',
    timestamp: new Date(T0 + m * 60_000).toISOString(),
    content: `message ${i} of ${channelId} at minute ${m}`,
    author: { id: '400000000000000001', name: 'ada', nickname: 'Ada', isBot: false },
    attachments: [],
    reactions: [],
    mentions: [],
  }));
  const text = JSON.stringify(
    {
      guild: { id: '100000000000000001', name: 'Guild' },
      channel: { id: channelId, type: 'GuildTextChat', name: channelId, categoryId: null },
      messages,
    },
    null,
    2,
  );
  writeFileSync(path, text);
  return { path, format: 'json', bytes: statSync(path).size, channelIdInName: channelId, part: 1 };
}

async function toRead(file: DceFile, startAt = 0): Promise<FileToRead> {
  const start = await readDceJsonStart(file.path);
  return {
    file,
    startAt,
    opensAt: startAt > 0 ? Number.NEGATIVE_INFINITY : (start.firstAt ?? Number.NEGATIVE_INFINITY),
  };
}

async function collect(files: readonly FileToRead[], maxOpen?: number): Promise<TimeOrderedItem[]> {
  const items: TimeOrderedItem[] = [];
  // Tiny chunks: a file's messages span many reads, as in a real archive.
  const options = maxOpen === undefined ? { chunkBytes: 256 } : { chunkBytes: 256, maxOpen };
  for await (const item of readInTimeOrder(files, options)) items.push(item);
  return items;
}

/** `channel@minute` for each message, `+channel` for a header, `-channel/position` for an end. */
function trace(items: readonly TimeOrderedItem[]): string[] {
  return items.map((item) => {
    const channel = item.file.channelIdInName ?? '';
    if (item.kind === 'header') return `+${channel}`;
    if (item.kind === 'end') return `-${channel}/${item.position}`;
    return `${channel}@${(item.message.timestamp - T0) / 60_000}`;
  });
}

describe('readInTimeOrder', () => {
  it('merges the files by time, opening each when its first message comes, ties in file order', async () => {
    const general = exportOf('20001', [0, 5, 10, 10, 40]);
    const random = exportOf('20002', [2, 10, 11]);
    const thread = exportOf('20003', [20, 21]);
    const items = await collect([await toRead(general), await toRead(random), await toRead(thread)]);
    expect(trace(items)).toEqual([
      '+20001',
      '20001@0',
      '+20002',
      '20002@2',
      '20001@5',
      '20001@10',
      '20001@10',
      '20002@10',
      '20002@11',
      '-20002/3',
      '+20003',
      '20003@20',
      '20003@21',
      '-20003/2',
      '20001@40',
      '-20001/5',
    ]);
    const indexes = items.flatMap((i) => (i.kind === 'message' && i.file === general ? [i.index] : []));
    expect(indexes).toEqual([0, 1, 2, 3, 4]);
    const bytes = items.reduce((sum, i) => sum + (i.kind === 'message' ? i.newBytes : 0), 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(general.bytes + random.bytes + thread.bytes);
  });

  it('resumes a file after the messages already imported', async () => {
    const general = exportOf('20001', [0, 5, 10, 15]);
    const random = exportOf('20002', [1, 6]);
    const items = await collect([await toRead(general, 2), await toRead(random)]);
    expect(trace(items)).toEqual([
      '+20001',
      '+20002',
      '20002@1',
      '20002@6',
      '-20002/2',
      '20001@10',
      '20001@15',
      '-20001/4',
    ]);
  });

  it('with one file open at a time still gives every message once, file after file', async () => {
    const general = exportOf('20001', [0, 30]);
    const random = exportOf('20002', [10, 20]);
    const items = await collect([await toRead(general), await toRead(random)], 1);
    expect(trace(items)).toEqual([
      '+20001',
      '20001@0',
      '20001@30',
      '-20001/2',
      '+20002',
      '20002@10',
      '20002@20',
      '-20002/2',
    ]);
  });

  it('gives a file without messages its header and its end', async () => {
    const empty = exportOf('20009', []);
    const general = exportOf('20001', [3]);
    const start = await readDceJsonStart(empty.path);
    expect(start.firstAt).toBeNull();
    const items = await collect([await toRead(general), await toRead(empty)]);
    expect(trace(items)).toEqual(['+20009', '-20009/0', '+20001', '20001@3', '-20001/1']);
  });

  it('stops with the DceFormatError of a broken file, after the messages before it', async () => {
    const general = exportOf('20001', [0, 1, 2, 3]);
    const broken = exportOf('20002', [1, 2]);
    writeFileSync(
      broken.path,
      '{"guild":{"id":"100000000000000001","name":"Guild"},"channel":{"id":"20002","type":"GuildTextChat","name":"x"},"messages":[{"id":"1","type":"Default","timestamp":"2024-01-01T00:01:00Z","content":"a","author":{"id":"4","name":"a","isBot":false}},{"id":',
    );
    const seen: string[] = [];
    const read = async (): Promise<void> => {
      for await (const item of readInTimeOrder([await toRead(general), await toRead(broken)], { chunkBytes: 64 })) {
        if (item.kind === 'message')
          seen.push(`${item.file.channelIdInName ?? ''}@${(item.message.timestamp - T0) / 60_000}`);
      }
    };
    await expect(read()).rejects.toBeInstanceOf(DceFormatError);
    // Minute 1 is a tie: general (first file) goes first; the broken file fails when read past its first message.
    expect(seen).toEqual(['20001@0', '20001@1', '20002@1']);
  });
});
