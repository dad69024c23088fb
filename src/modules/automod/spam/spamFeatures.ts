import type { FoundLink } from '../text/extractLinks.js';
import type { MessageText } from '../text/MessageText.js';
import type { PromoDomains } from './PromoDomains.js';

/** Words read from one message at most (a long message says what it is early on). */
const MAX_WORDS = 120;
/** Characters read at most (Discord's message limit; keeps the cost of a huge paste bounded). */
const MAX_CHARACTERS = 2000;

const URL_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const BARE_DOMAIN =
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|io|gg|me|ly|co|tv|be|to|app|xyz|ru|uk|info|biz)\b\S*/giu;
const DISCORD_TOKEN = /<(@[!&]?|#|a?:\w+:)\d+>/gu;
const MONEY =
  /[$£€¥₹]\s?\d|\d\s?(?:usd|eur|gbp|dollars?|pounds?|bucks|k\/month|\/day|\/week|\/month)\b|\b(?:btc|eth|usdt|bitcoin|crypto)\b/iu;
const LONG_NUMBER = /\d{5,}/u;
const NUMBER = /\d/u;
const WORD = /[\p{L}][\p{L}\p{N}']*|\d+/gu;

/**
 * The features the spam classifier reads from a message, each once: its words and pairs of
 * adjacent words (lower case, accents and look-alike tricks left to the caller's text), and
 * markers for what spam shows in any wording: a link, a link to a video / social /
 * link-shortener site, an amount of money, a phone-like number, a mention, shouting.
 * @param raw - the message text (obfuscation already stripped, lower case)
 * @param original - the message as posted (for capitals)
 * @param links - the links found in it
 * @param promo - the promotional domains
 */
export function spamFeatures(
  raw: string,
  original: string,
  links: readonly FoundLink[],
  promo: PromoDomains,
): string[] {
  const features = new Set<string>();
  for (const link of links) {
    features.add(link.explicit ? '#link' : '#bare-link');
    const kind = promo.kindOf(link.host);
    if (kind !== null) features.add(`#link-${kind}`);
  }
  if (raw.search(DISCORD_TOKEN) >= 0) features.add('#mention');
  const text = raw
    .slice(0, MAX_CHARACTERS)
    .replace(URL_TEXT, ' ')
    .replace(BARE_DOMAIN, ' ')
    .replace(DISCORD_TOKEN, ' ');
  if (MONEY.test(text)) features.add('#money');
  if (LONG_NUMBER.test(text.replace(/\s+/g, ''))) features.add('#long-number');
  if (isShouting(original.slice(0, MAX_CHARACTERS))) features.add('#shouting');
  if (original.includes('!!')) features.add('#exclamations');
  let previous: string | null = null;
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const word = NUMBER.test(match[0]) ? '#num' : match[0];
    features.add(word);
    if (previous !== null) features.add(`${previous} ${word}`);
    previous = word;
    count += 1;
    if (count >= MAX_WORDS) break;
  }
  return [...features];
}

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

function isShouting(text: string): boolean {
  const upper = text.match(UPPER)?.length ?? 0;
  if (upper < 8) return false;
  const lower = text.match(LOWER)?.length ?? 0;
  return upper + lower >= 12 && upper / (upper + lower) > 0.6;
}

/**
 * The spam features of a message ({@link spamFeatures}) from its analysed text.
 * @param text - the message text
 * @param promo - the promotional domains
 */
export function spamFeaturesOf(text: MessageText, promo: PromoDomains): string[] {
  return spamFeatures(text.comparable, text.raw, text.links, promo);
}
