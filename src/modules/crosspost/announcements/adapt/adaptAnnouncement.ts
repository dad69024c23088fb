import type { CrosspostPlatform, PlatformLimit } from '../platformLimits.js';
import { fitText } from './fitText.js';
import { hashtagsIn, hashtagsToAppend, keepHashtags } from './hashtags.js';
import { stripMarkdown } from './stripMarkdown.js';
import { textLength } from './textLength.js';

/** What an author writes once. */
export interface AnnouncementDraft {
  /** One line; may be empty. */
  title: string;
  /** The announcement (Discord markdown allowed). */
  text: string;
  /** A link kept whole after the text, or null. */
  link: string | null;
  /** Hashtags of this announcement, with or without `#`. */
  hashtags: readonly string[];
}

/** An announcement adapted for one platform. */
export interface AdaptedText {
  platform: CrosspostPlatform;
  /** The text to publish: within `maxLength` as the platform counts. */
  text: string;
  /** Its length as the platform counts it. */
  length: number;
  maxLength: number;
  /** Every hashtag the text holds (written and appended), at most `hashtagLimit`. */
  hashtags: string[];
  hashtagLimit: number;
  /** True when the text was cut to fit. */
  truncated: boolean;
}

/**
 * The announcement adapted for one platform: Discord keeps its markdown (the title in bold),
 * the others get plain text; hashtags written in the text count first (those past the limit
 * lose their `#`), then the announcement's and the configured ones are appended, each once, up
 * to the platform's limit; the link stays whole after the text; the text is cut at a sentence
 * or word boundary with an ellipsis to fit the platform's length (on X, twitter-text's
 * weighted length: a link counts 23).
 * @param draft - title, text, link, hashtags as written
 * @param platform - where it goes
 * @param limit - the platform's maxLength and hashtagLimit
 * @param defaultHashtags - the configured hashtags, after the draft's
 */
export function adaptAnnouncement(
  draft: AnnouncementDraft,
  platform: CrosspostPlatform,
  limit: PlatformLimit,
  defaultHashtags: readonly string[] = [],
): AdaptedText {
  const title = draft.title.trim();
  const text = draft.text.trim();
  const written =
    platform === 'discord'
      ? [title === '' ? '' : `**${title}**`, text].filter((s) => s !== '').join('\n\n')
      : stripMarkdown([title, text].filter((s) => s !== '').join('\n\n'));
  const body = keepHashtags(written, limit.hashtagLimit);
  const inText = hashtagsIn(body);
  const extra = hashtagsToAppend(inText, [...draft.hashtags, ...defaultHashtags], limit.hashtagLimit);
  const link =
    draft.link === null || draft.link.trim() === '' || body.includes(draft.link.trim()) ? null : draft.link.trim();
  const measure = (s: string) => textLength(platform, s);
  const fitted = fitText(body, link, extra, limit.maxLength, measure);
  const final = withinLimits(fitted.text, limit, measure);
  return {
    platform,
    text: final,
    length: measure(final),
    maxLength: limit.maxLength,
    hashtags: hashtagsIn(final),
    hashtagLimit: limit.hashtagLimit,
    truncated: fitted.truncated || final !== fitted.text,
  };
}

/** A last guard: cutting may leave a new hashtag or a count that changed; both limits hold after it. */
function withinLimits(text: string, limit: PlatformLimit, measure: (s: string) => number): string {
  let out = text;
  for (;;) {
    out = keepHashtags(out, limit.hashtagLimit);
    if (measure(out) <= limit.maxLength) return out;
    const points = Array.from(out);
    out = points.slice(0, points.length - 1).join('');
  }
}
