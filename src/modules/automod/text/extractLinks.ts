import { domainToASCII } from 'node:url';

/** A link found in a message. */
export interface FoundLink {
  /** Lower-case ASCII (punycode) host without a trailing dot, e.g. `xn--dscord-7ve.com`. */
  host: string;
  /** Path as written (lower case), `/` when none. */
  path: string;
  /** True when written with `http://` or `https://` (Discord makes it clickable). */
  explicit: boolean;
}

// Explicit URLs: scheme, then anything up to whitespace or a closing bracket of markdown/angle links.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>()"'`]+/giu;
// Bare domains ("discord-gift.ru/claim"): labels of letters, digits and hyphens, a letter TLD.
const BARE_PATTERN =
  /(?<![\p{L}\p{N}@./-])((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,24})(\/[^\s<>()"'`]*)?/giu;

/**
 * Finds the links in a message: explicit `http(s)://` URLs (including masked markdown links)
 * and bare domains such as `free-nitro.ru/gift`, which Discord does not make clickable but
 * scams still paste. Zero-width characters are removed first, so `disc\u200Bord.gg` is found.
 * Hosts are returned in ASCII (internationalised names as punycode).
 * @param content - the message text
 */
export function extractLinks(content: string): FoundLink[] {
  const text = content.replace(/[\p{Cf}]/gu, '');
  if (!text.includes('.')) return [];
  const links: FoundLink[] = [];
  const seen = new Set<string>();
  const add = (rawHost: string, rawPath: string, explicit: boolean): void => {
    const host = toAsciiHost(rawHost);
    if (host === null) return;
    const path = rawPath === '' ? '/' : rawPath.toLowerCase();
    const key = `${host}${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ host, path, explicit });
  };
  let rest = text;
  for (const match of text.matchAll(URL_PATTERN)) {
    const parsed = parseUrl(match[0]);
    if (parsed !== null) add(parsed.host, parsed.path, true);
    rest = rest.replace(match[0], ' ');
  }
  for (const match of rest.matchAll(BARE_PATTERN)) {
    add(match[1] ?? '', match[2] ?? '', false);
  }
  return links;
}

function parseUrl(raw: string): { host: string; path: string } | null {
  try {
    const url = new URL(raw.replace(/[.,;:!?]+$/, ''));
    return { host: url.hostname, path: url.pathname };
  } catch {
    return null;
  }
}

function toAsciiHost(raw: string): string | null {
  const trimmed = raw.toLowerCase().replace(/\.$/, '');
  if (trimmed === '' || !trimmed.includes('.')) return null;
  const ascii = domainToASCII(trimmed);
  return ascii === '' ? null : ascii;
}

/**
 * True when `host` is `domain` or one of its subdomains (`cdn.discordapp.com` is under
 * `discordapp.com`; `notdiscordapp.com` is not).
 * @param host - an ASCII host
 * @param domain - an ASCII domain
 */
export function isUnderDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
