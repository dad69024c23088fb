import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { errorMessage } from '../../../core/errors.js';
import type { DceHeader, DceMessage } from './DceMessage.js';
import { DceFormatError } from './DceFormatError.js';
import { JsonTopLevelSplitter, type JsonPiece } from './JsonTopLevelSplitter.js';
import { readDceHeader, readDceMessage } from './readDceValue.js';

/** What reading a DCE file yields: its header first, then its messages in file order. */
export type DceItem =
  | { kind: 'header'; header: DceHeader }
  | {
      kind: 'message';
      /** Position of the message in the file (0-based): what resuming counts. */
      index: number;
      /** Bytes of the file read so far (for progress). */
      bytes: number;
      message: DceMessage;
    };

/** Chunk size: small enough that memory stays flat, large enough to read quickly. */
const CHUNK_BYTES = 256 * 1024;

/** Reading options. */
export interface DceReadOptions {
  /** Bytes read at a time (default 256 KiB; an import reading many files at once reads less). */
  chunkBytes?: number;
}

/**
 * Streams a DiscordChatExporter JSON export: never holds more than one chunk and the message
 * it is completing, whatever the file's size. {@link JsonTopLevelSplitter} cuts out `guild`,
 * `channel` and each element of `messages`; each is parsed by `JSON.parse`.
 * @param file - path of the `.json` file
 * @param options - chunk size
 * @throws DceFormatError naming the file and the byte or message where it is not DCE JSON,
 *   is truncated, or a message cannot be read
 */
export async function* readDceJson(file: string, options: DceReadOptions = {}): AsyncGenerator<DceItem> {
  const splitter = new JsonTopLevelSplitter({ values: ['guild', 'channel'], arrays: ['messages'] });
  let guild: unknown;
  let channel: unknown;
  let header: DceHeader | null = null;
  let index = 0;
  let bytes = 0;
  const stream = createReadStream(file, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (bytes === 0 && chunk[0] !== 0x7b && !startsWithBomAndBrace(chunk)) {
        throw new DceFormatError(file, 'byte 0', 'not a DiscordChatExporter JSON export (it does not start with "{")');
      }
      let pieces: JsonPiece[];
      try {
        pieces = splitter.write(bytes === 0 && startsWithBomAndBrace(chunk) ? chunk.subarray(3) : chunk);
      } catch (error) {
        throw new DceFormatError(file, `after byte ${bytes}`, `not valid JSON: ${errorMessage(error)}`);
      }
      bytes += chunk.length;
      for (const piece of pieces) {
        if (piece.key === 'guild') guild = parsePiece(file, 'header', piece.text);
        else if (piece.key === 'channel') channel = parsePiece(file, 'header', piece.text);
        else {
          if (header === null) {
            const read = readDceHeader(guild, channel);
            if (typeof read === 'string') {
              throw new DceFormatError(file, 'header', `not a DiscordChatExporter export: ${read}`);
            }
            header = read;
            yield { kind: 'header', header };
          }
          const message = readDceMessage(parsePiece(file, `message ${index}`, piece.text));
          if (typeof message === 'string') throw new DceFormatError(file, `message ${index}`, message);
          yield { kind: 'message', index, bytes, message };
          index += 1;
        }
      }
    }
  } finally {
    stream.destroy();
  }
  if (!splitter.ended) {
    throw new DceFormatError(
      file,
      `byte ${bytes}`,
      `the file ends in the middle of its JSON (truncated?) after ${index} message(s)`,
    );
  }
  if (header === null) {
    const read = readDceHeader(guild, channel);
    if (typeof read === 'string') throw new DceFormatError(file, 'header', `not a DiscordChatExporter export: ${read}`);
    yield { kind: 'header', header: read };
  }
}

function parsePiece(file: string, where: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DceFormatError(file, where, `not valid JSON: ${errorMessage(error)}`);
  }
}

function startsWithBomAndBrace(chunk: Buffer): boolean {
  return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf && chunk[3] === 0x7b;
}

/** Where the header must end: DCE writes guild and channel in the first kilobytes. */
const HEADER_LIMIT_BYTES = 1024 * 1024;

/** The start of a DCE JSON export: its header and when its first message was posted. */
export interface DceJsonStart {
  header: DceHeader;
  /** Epoch ms of the first message; null when the file has none (or it is not in the first MiB). */
  firstAt: number | null;
}

/**
 * Reads only the start of a DCE JSON export (guild, channel and the first message), in 16 KB
 * steps, without parsing the rest: what the import checks in every file before writing
 * anything, and when the file's messages begin (the import reads files side by side in time
 * order).
 * @param file - path of the `.json` file
 * @throws DceFormatError when the file is not DCE JSON or has no guild and channel up front
 */
export async function readDceJsonStart(file: string): Promise<DceJsonStart> {
  const splitter = new JsonTopLevelSplitter({ values: ['guild', 'channel'], arrays: ['messages'] });
  let guild: unknown;
  let channel: unknown;
  let firstAt: number | null = null;
  let sawMessage = false;
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(16 * 1024);
    let offset = 0;
    while (offset < HEADER_LIMIT_BYTES && !sawMessage && !splitter.ended) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      if (bytesRead === 0) break;
      let chunk = buffer.subarray(0, bytesRead);
      if (offset === 0) {
        if (startsWithBomAndBrace(chunk)) chunk = chunk.subarray(3);
        else if (chunk[0] !== 0x7b) {
          throw new DceFormatError(
            file,
            'byte 0',
            'not a DiscordChatExporter JSON export (it does not start with "{")',
          );
        }
      }
      let pieces: JsonPiece[];
      try {
        pieces = splitter.write(chunk);
      } catch (error) {
        throw new DceFormatError(file, `after byte ${offset}`, `not valid JSON: ${errorMessage(error)}`);
      }
      for (const piece of pieces) {
        if (piece.key === 'guild') guild = parsePiece(file, 'header', piece.text);
        else if (piece.key === 'channel') channel = parsePiece(file, 'header', piece.text);
        else if (!sawMessage) {
          sawMessage = true;
          const message = readDceMessage(parsePiece(file, 'message 0', piece.text));
          if (typeof message !== 'string') firstAt = message.timestamp;
        }
      }
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  const header = readDceHeader(guild, channel);
  if (typeof header === 'string')
    throw new DceFormatError(file, 'header', `not a DiscordChatExporter export: ${header}`);
  return { header, firstAt };
}
