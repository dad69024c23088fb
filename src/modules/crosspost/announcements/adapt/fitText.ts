/** Measures a text as one platform counts it. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';
const SEPARATOR = '\n\n';

/**
 * The body cut to its first `n` code points, backed off to the end of a sentence or a word
 * when one is near (in the last 40 %), with an ellipsis.
 */
function cutBody(points: readonly string[], n: number): string {
  const prefix = points.slice(0, n).join('');
  const floor = Math.floor(prefix.length * 0.6);
  const sentence = Math.max(...[...prefix.matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1), -1);
  const space = Math.max(...[...prefix.matchAll(/\s/g)].map((m) => m.index), -1);
  const end = sentence >= floor && sentence > 0 ? sentence : space >= floor && space > 0 ? space : prefix.length;
  return prefix.slice(0, end).trimEnd() + ELLIPSIS;
}

/** The longest cut of `body` that fits with `tail` after it, or null when not even the ellipsis does. */
function truncateBody(body: string, tail: readonly string[], max: number, measure: Measure): string | null {
  const compose = (b: string) => [b, ...tail].join(SEPARATOR);
  const points = Array.from(body);
  if (measure(compose(ELLIPSIS)) > max) return null;
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(compose(points.slice(0, mid).join('') + ELLIPSIS)) <= max) low = mid;
    else high = mid - 1;
  }
  // A link or a hashtag cut half-way may count more than the whole: step back until it fits.
  for (let n = low; n >= 0; n -= 1) {
    const text = compose(cutBody(points, n));
    if (measure(text) <= max) return text;
  }
  return compose(ELLIPSIS);
}

/**
 * The body followed by the link and the hashtags line (blank lines between), within `max` as
 * `measure` counts: the body is cut at a sentence or word boundary with an ellipsis; when even
 * that does not fit the hashtags go (last first), then the link; as a last resort the text is
 * cut anywhere. Never longer than `max`.
 * @param body - the announcement's text
 * @param link - a link kept whole after the text, or null
 * @param tags - hashtags (without `#`) appended on the last line
 * @param max - the platform's maximum length
 * @param measure - the platform's count
 */
export function fitText(
  body: string,
  link: string | null,
  tags: readonly string[],
  max: number,
  measure: Measure,
): { text: string; hashtags: string[]; truncated: boolean } {
  const tail = (n: number, withLink: boolean) => [
    ...(withLink && link !== null ? [link] : []),
    ...(n > 0
      ? [
          tags
            .slice(0, n)
            .map((t) => `#${t}`)
            .join(' '),
        ]
      : []),
  ];
  const whole = [body, ...tail(tags.length, true)].filter((s) => s !== '').join(SEPARATOR);
  if (measure(whole) <= max) return { text: whole, hashtags: Array.from(tags), truncated: false };
  for (const withLink of [true, false]) {
    for (let n = tags.length; n >= 0; n -= 1) {
      const text = truncateBody(body, tail(n, withLink), max, measure);
      if (text !== null) return { text, hashtags: tags.slice(0, n), truncated: true };
    }
  }
  const points = Array.from(whole);
  let n = points.length;
  while (n > 0 && measure(points.slice(0, n).join('')) > max) n -= 1;
  return { text: points.slice(0, n).join(''), hashtags: [], truncated: true };
}
