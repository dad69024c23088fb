import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import {
  adaptAnnouncement,
  type AnnouncementDraft,
} from '../../src/modules/crosspost/announcements/adapt/adaptAnnouncement.js';
import { stripMarkdown } from '../../src/modules/crosspost/announcements/adapt/stripMarkdown.js';
import { CROSSPOST_PLATFORMS, DEFAULT_LIMITS } from '../../src/modules/crosspost/announcements/platformLimits.js';

const draft = (over: Partial<AnnouncementDraft> = {}): AnnouncementDraft => ({
  title: 'Release 2.0',
  text: 'We shipped **version 2.0** today.',
  link: 'https://example.com/blog/release-2',
  hashtags: ['release'],
  ...over,
});

describe('adapting an announcement per platform', () => {
  it('keeps markdown on Discord and gives the others plain text with the link and hashtags', () => {
    const discord = adaptAnnouncement(draft(), 'discord', DEFAULT_LIMITS.discord, ['opensource']);
    expect(discord.text).toBe(
      '**Release 2.0**\n\nWe shipped **version 2.0** today.\n\nhttps://example.com/blog/release-2\n\n#release #opensource',
    );
    const linkedin = adaptAnnouncement(draft(), 'linkedin', DEFAULT_LIMITS.linkedin, ['opensource']);
    expect(linkedin.text).toBe(
      'Release 2.0\n\nWe shipped version 2.0 today.\n\nhttps://example.com/blog/release-2\n\n#release #opensource',
    );
    expect(linkedin.truncated).toBe(false);
    expect(linkedin.hashtags).toEqual(['release', 'opensource']);
  });

  it('counts a link as 23 on X and cuts a long text at a sentence end, keeping the link whole', () => {
    const long = 'First sentence is short. ' + 'Second sentence goes on and on. '.repeat(12);
    const x = adaptAnnouncement(draft({ text: long, hashtags: [] }), 'x', DEFAULT_LIMITS.x);
    expect(x.length).toBeLessThanOrEqual(280);
    expect(x.length).toBe(twitterText.parseTweet(x.text).weightedLength);
    expect(x.text).toContain('on and on.…\n\nhttps://example.com/blog/release-2');
    expect(x.truncated).toBe(true);
  });

  it('cuts at a word boundary when no sentence ends near the limit', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const li = adaptAnnouncement(
      draft({ title: '', text: words, link: null, hashtags: [] }),
      'linkedin',
      DEFAULT_LIMITS.linkedin,
    );
    expect(li.text.endsWith('…')).toBe(true);
    expect(li.text.slice(0, -1)).toMatch(/ word\d+$/);
    expect(words.startsWith(li.text.slice(0, -1))).toBe(true);
    expect(Array.from(li.text).length).toBeLessThanOrEqual(1300);
  });

  it('keeps X to three hashtags: written ones first, extra ones lose their #, list ones appended, each once', () => {
    const x = adaptAnnouncement(
      draft({ text: 'Hello #One #two #Three #four', link: null, hashtags: ['one', '#Five'] }),
      'x',
      DEFAULT_LIMITS.x,
      ['six'],
    );
    expect(x.text).toBe('Release 2.0\n\nHello #One #two #Three four');
    expect(x.hashtags).toEqual(['One', 'two', 'Three']);
    const y = adaptAnnouncement(
      draft({ text: 'Hello #one', link: null, hashtags: ['ONE', 'five', 'not a tag'] }),
      'x',
      DEFAULT_LIMITS.x,
      ['six', 'seven'],
    );
    expect(y.text).toBe('Release 2.0\n\nHello #one\n\n#five #six');
  });

  it('honours overridden limits', () => {
    const x = adaptAnnouncement(draft({ text: 'a '.repeat(200) }), 'youtube', { maxLength: 100, hashtagLimit: 0 });
    expect(x.hashtags).toEqual([]);
    expect(Array.from(x.text).length).toBeLessThanOrEqual(100);
  });

  it('strips Discord markdown for the other platforms', () => {
    expect(
      stripMarkdown(
        '# Big\n> quoted **bold** *it* __u__ ~~s~~ ||spoil|| `code` [docs](https://d.example/x) <@123> <:wave:42> #tag',
      ),
    ).toBe('Big\nquoted bold it u s spoil code docs (https://d.example/x)  :wave: #tag');
  });
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'word',
  'Hello',
  'a',
  'é',
  '日本語',
  '😀',
  '👩‍💻',
  '#tag',
  '#Release',
  '#日本',
  '**bold**',
  '*it*',
  '`x`',
  '.',
  '!',
  '?',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  'https://example.com/a/b?c=d',
  'example.org',
  '[docs](https://d.example/x)',
  '<@123>',
  '#',
  '##x',
  '…',
  'ﬁ',
  'e\u0301',
];

function randomDraft(next: () => number): AnnouncementDraft {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const count = Math.floor(next() ** 2 * 700);
  const text = Array.from({ length: count }, () => pick(PIECES)).join('');
  const tags = Array.from({ length: Math.floor(next() * 20) }, () =>
    pick(['go', 'rust', 'Go', '#ts', 'x_y', '日本', 'bad tag', 'a'.repeat(60)]),
  );
  const link = next() < 0.5 ? null : `https://example.com/${'p'.repeat(Math.floor(next() * 300))}`;
  return { title: next() < 0.3 ? '' : pick(PIECES) + pick(PIECES), text, link, hashtags: tags };
}

describe('adaptation never exceeds a limit', () => {
  it('holds on 2000 random announcements for every platform and random limits', { timeout: 180_000 }, () => {
    const next = random(20261203);
    for (let i = 0; i < 2000; i += 1) {
      const d = randomDraft(next);
      const platform = CROSSPOST_PLATFORMS[i % CROSSPOST_PLATFORMS.length] ?? 'x';
      const limit =
        i % 3 === 0
          ? { maxLength: 50 + Math.floor(next() * 400), hashtagLimit: Math.floor(next() * 6) }
          : DEFAULT_LIMITS[platform];
      const adapted = adaptAnnouncement(d, platform, limit, ['community', 'news']);
      const length =
        platform === 'x'
          ? twitterText.parseTweet(adapted.text).weightedLength
          : platform === 'discord'
            ? adapted.text.length
            : Array.from(adapted.text).length;
      expect(length, JSON.stringify({ d, platform, limit })).toBeLessThanOrEqual(limit.maxLength);
      const distinct = new Set(twitterText.extractHashtags(adapted.text).map((t) => t.toLowerCase()));
      expect(distinct.size, JSON.stringify({ d, platform, limit })).toBeLessThanOrEqual(limit.hashtagLimit);
      expect(adapted.length).toBe(length);
    }
  });
});
