/**
 * A small English stop-word list: function words that match everywhere and tell questions
 * apart not at all ("how do I …"). Kept short on purpose: words such as "not", "error" or
 * "install" carry meaning in support questions and stay.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here ' +
    'hers him his how i if in into is it its itself just me more most my myself of off on once only or other ' +
    'our ours out over own same she should so some such than that the their theirs them then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself hi hello thanks thank please anyone someone somebody question questions ' +
    'im ive dont doesnt cant get got way want trying try use using used one like know need'
  ).split(' '),
);

const CODE_FENCE = /```[\s\S]*?(```|$)/g;
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
const DISCORD_MENTION = /<(?:@[!&]?|#|a?:\w+:)\d+>/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_'’.+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

/**
 * A question's or article's text made ready for search: lower-case; code fences kept only by
 * their first line (the language or command, which often names the topic) since pasted logs
 * and code drown the words of the question; URLs reduced to their host (a link to the same
 * docs page is a good hint, its query string is noise); Discord mentions dropped.
 * @param text - the raw text (Markdown)
 */
export function normaliseText(text: string): string {
  return text
    .replace(CODE_FENCE, (fence) => ` ${fence.slice(3).split('\n', 1)[0] ?? ''} `)
    .replace(URL_PATTERN, (url) => ` ${hostOf(url)} `)
    .replace(DISCORD_MENTION, ' ')
    .toLowerCase();
}

function hostOf(url: string): string {
  const withScheme = url.startsWith('www.') ? `https://${url}` : url;
  try {
    return new URL(withScheme).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The search terms of a text: {@link normaliseText}, split into words (keeping `c++`, `c#`,
 * `node.js`, `v1.2`), possessives and trailing dots dropped, stop words and one-letter words
 * left out.
 * @param text - the raw text
 */
export function similarTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of normaliseText(text).matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    terms.push(word);
  }
  return terms;
}
