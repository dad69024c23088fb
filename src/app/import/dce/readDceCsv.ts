import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { errorMessage } from '../../../core/errors.js';
import type { DceMessage, DceReaction } from './DceMessage.js';
import { DceFormatError } from './DceFormatError.js';
import type { DceItem } from './readDceJson.js';

/** The columns DCE writes in a CSV export, in order. */
export const DCE_CSV_COLUMNS = ['AuthorID', 'Author', 'Date', 'Content', 'Attachments', 'Reactions'] as const;

type CsvRow = Record<(typeof DCE_CSV_COLUMNS)[number], string>;

/**
 * Streams a DiscordChatExporter CSV export (`csv-parse`). A CSV export has no message, guild
 * or channel ids, no message types, no replies, mentions or bots, and reactions as
 * `emoji (count)` only: each row becomes a message of type `Default` with a null id (the
 * importer gives it an id from its channel, author and time). The header it yields has the
 * channel id from the file name and an empty guild id. Dates are ISO 8601 since DCE 2.42
 * (November 2023); older exports wrote the exporter's local short date, read here as this
 * machine's local time.
 * @param file - path of the `.csv` file
 * @param channelId - the channel id from the file name (`… [id].csv`)
 * @throws DceFormatError for another header row, a malformed row, or an unreadable date
 */
export async function* readDceCsv(file: string, channelId: string): AsyncGenerator<DceItem> {
  const stream = createReadStream(file);
  const parser = stream.pipe(parse({ bom: true, columns: checkColumns(file), relax_quotes: false, info: true }));
  yield {
    kind: 'header',
    header: { guildId: '', guildName: '', channelId, channelType: 'csv', channelName: '', parentId: null },
  };
  let index = 0;
  try {
    for await (const record of parser as AsyncIterable<{ record: CsvRow; info: { lines: number; bytes: number } }>) {
      const { record: row, info } = record;
      const timestamp = Date.parse(row.Date);
      if (Number.isNaN(timestamp))
        throw new DceFormatError(file, `line ${info.lines}`, `unreadable date "${row.Date}"`);
      if (!/^\d{1,20}$/.test(row.AuthorID)) {
        throw new DceFormatError(file, `line ${info.lines}`, `AuthorID "${row.AuthorID}" is not a user id`);
      }
      const message: DceMessage = {
        id: null,
        type: 'Default',
        timestamp,
        content: row.Content,
        author: { id: row.AuthorID, name: authorName(row.Author), nickname: null, isBot: false },
        attachmentCount: row.Attachments === '' ? 0 : row.Attachments.split(',').length,
        reactions: readReactions(row.Reactions),
        mentionedUserIds: [],
        referencedMessageId: null,
        referencedChannelId: null,
      };
      yield { kind: 'message', index, bytes: info.bytes, message };
      index += 1;
    }
  } catch (error) {
    if (error instanceof DceFormatError) throw error;
    throw new DceFormatError(file, `row ${index + 1}`, `not a DiscordChatExporter CSV export: ${errorMessage(error)}`);
  } finally {
    stream.destroy();
  }
}

function checkColumns(file: string): (header: string[]) => string[] {
  return (header) => {
    if (header.length !== DCE_CSV_COLUMNS.length || header.some((name, i) => name !== DCE_CSV_COLUMNS[i])) {
      throw new DceFormatError(
        file,
        'line 1',
        `not a DiscordChatExporter CSV export: expected the columns ${DCE_CSV_COLUMNS.join(',')}, found ${header.join(',')}`,
      );
    }
    return header;
  };
}

/** `name#1234` (before Discord's 2023 usernames) or `name`. */
function authorName(author: string): string {
  return author.replace(/#0{0,4}\d{0,4}$/, '') || author;
}

/** `👍 (2),kekw (1)`: an emoji name, a space, the count in brackets; names may hold commas. */
function readReactions(text: string): DceReaction[] {
  const reactions: DceReaction[] = [];
  for (const match of text.matchAll(/(?:^|,)(.+?) \((\d+)\)(?=,|$)/gu)) {
    reactions.push({ emojiId: null, emojiName: match[1] ?? '', count: Number(match[2]), users: null });
  }
  return reactions;
}
