import type { AnnouncementDraft } from '../adapt/adaptAnnouncement.js';
import { normaliseHashtag } from '../adapt/hashtags.js';
import { DRAFT_LIMITS } from './postStore.js';

/**
 * What an author wrote, checked: a text (up to 4000), a one-line title (up to 200), a link
 * (http or https, up to 500), hashtags separated by spaces or commas (up to 15 valid ones);
 * or a sentence saying what to fix.
 * @param input - the raw values
 */
export function parseDraft(input: {
  title?: string;
  text?: string;
  link?: string | null;
  hashtags?: string | readonly string[];
}): AnnouncementDraft | { error: string } {
  const title = (input.title ?? '').trim();
  const text = (input.text ?? '').trim();
  const link = (input.link ?? '').trim();
  const rawTags = typeof input.hashtags === 'string' ? input.hashtags.split(/[\s,]+/) : [...(input.hashtags ?? [])];
  if (text === '') return { error: 'The announcement needs a text.' };
  if (text.length > DRAFT_LIMITS.text) return { error: `The text must be at most ${DRAFT_LIMITS.text} characters.` };
  if (title.length > DRAFT_LIMITS.title || title.includes('\n')) {
    return { error: `The title must be one line of at most ${DRAFT_LIMITS.title} characters.` };
  }
  if (link !== '' && (link.length > DRAFT_LIMITS.link || !/^https?:\/\/\S+$/i.test(link) || !URL.canParse(link))) {
    return { error: 'The link must be one http(s) URL.' };
  }
  const tags = rawTags.filter((t) => t.trim() !== '');
  const bad = tags.filter((t) => normaliseHashtag(t) === null);
  if (bad.length > 0) return { error: `Not hashtags (letters, digits and _ only): ${bad.slice(0, 5).join(', ')}.` };
  if (tags.length > DRAFT_LIMITS.hashtags) return { error: `At most ${DRAFT_LIMITS.hashtags} hashtags.` };
  return {
    title,
    text,
    link: link === '' ? null : link,
    hashtags: tags.map((t) => normaliseHashtag(t) ?? t),
  };
}
