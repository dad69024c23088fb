/**
 * The labelled corpora of the spam classifier, as shipped under data/: what it is trained on
 * (data/spam-corpora) and what it is measured on and never trained on (data/spam-eval).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One labelled message. */
export interface LabelledMessage {
  spam: boolean;
  text: string;
}

/** A named corpus. */
export interface Corpus {
  name: string;
  messages: LabelledMessage[];
}

const DATA = join(import.meta.dirname, '..', 'data');

/** UCI SMS Spam Collection (CC BY 4.0): 5,574 SMS, 747 spam. Training. */
export function smsSpamCollection(): Corpus {
  const lines = readFileSync(join(DATA, 'spam-corpora', 'sms-spam-collection', 'SMSSpamCollection'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'));
  return {
    name: 'UCI SMS Spam Collection',
    messages: lines.map((line) => {
      const tab = line.indexOf('\t');
      return { spam: line.slice(0, tab) === 'spam', text: line.slice(tab + 1).trim() };
    }),
  };
}

/** UCI Sentiment Labelled Sentences (CC BY 4.0): 3,000 review sentences, none spam. Training (as ham). */
export function sentimentSentences(): Corpus {
  const messages: LabelledMessage[] = [];
  for (const file of ['amazon_cells_labelled.txt', 'imdb_labelled.txt', 'yelp_labelled.txt']) {
    const text = readFileSync(join(DATA, 'spam-corpora', 'sentiment-labelled-sentences', file), 'utf8');
    for (const line of text.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab > 0) messages.push({ spam: false, text: line.slice(0, tab).trim() });
    }
  }
  return { name: 'UCI Sentiment Labelled Sentences', messages };
}

/** SpamAssassin public corpus (PDDL 1.0 / CC0), one chat-sized message per e-mail: 6,046, 1,896 spam. Held out. */
export function spamAssassin(): Corpus {
  const text = gunzipSync(readFileSync(join(DATA, 'spam-eval', 'spamassassin', 'spamassassin.tsv.gz'))).toString(
    'utf8',
  );
  const messages = text
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [label = '', , ...rest] = line.split('\t');
      return { spam: label === 'spam', text: rest.join(' ') };
    });
  return { name: 'SpamAssassin public corpus', messages };
}

/**
 * A corpus from a file given on the command line: TSV or CSV with a header naming a label
 * column (`label`, `class`, `tag`, `is_spam`: spam/1/true is spam) and a text column
 * (`text`, `message`, `content`, `sms`, `msg_content`).
 * @param name - what to call it
 * @param path - the file
 */
export function corpusFromFile(name: string, path: string): Corpus {
  const raw = readFileSync(path, 'utf8');
  const rows = parseDelimited(raw, path.endsWith('.tsv') || !raw.split('\n', 1)[0]?.includes(',') ? '\t' : ',');
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const labelAt = header.findIndex((h) => ['label', 'class', 'tag', 'is_spam', 'label_name'].includes(h));
  const textAt = header.findIndex((h) => ['text', 'message', 'content', 'sms', 'msg_content'].includes(h));
  if (labelAt < 0 || textAt < 0) throw new Error(`${path}: no label or text column in ${header.join(', ')}`);
  const messages = rows
    .filter((row) => row.length > Math.max(labelAt, textAt))
    .map((row) => {
      const label = (row[labelAt] ?? '').trim().toLowerCase();
      return { spam: label === 'spam' || label === '1' || label === 'true', text: row[textAt] ?? '' };
    });
  return { name, messages };
}

function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
