import { domainToUnicode } from 'node:url';
import { foldConfusables } from '../text/confusables.js';
import { editDistance } from '../text/editDistance.js';
import { isUnderDomain } from '../text/extractLinks.js';

/** A brand scammers imitate: the words of its domains and the domains it really owns. */
interface Brand {
  name: string;
  keywords: readonly string[];
  domains: readonly string[];
}

const BRANDS: readonly Brand[] = [
  {
    name: 'Discord',
    keywords: ['discord', 'discordapp', 'nitro'],
    domains: [
      'discord.com',
      'discord.gg',
      'discordapp.com',
      'discordapp.net',
      'discord.media',
      'discord.new',
      'discord.gift',
      'discord.dev',
      'discord.co',
      'discord.design',
      'discord.store',
      'discordstatus.com',
      'discordmerch.com',
      'dis.gd',
    ],
  },
  {
    name: 'Steam',
    keywords: ['steamcommunity', 'steampowered'],
    domains: [
      'steamcommunity.com',
      'steampowered.com',
      'steamstatic.com',
      'steamgames.com',
      'steam-chat.com',
      'steamserver.net',
      'steamusercontent.com',
      'steamcontent.com',
      'steamdeck.com',
      'valvesoftware.com',
    ],
  },
];

/** Third-party sites with the brand's name that communities link to every day. */
const COMMUNITY_SITES = [
  'discord.me',
  'discord.js.org',
  'discords.com',
  'discordbotlist.com',
  'discord.bots.gg',
  'discordapi.com',
  'readthedocs.io',
];

/** Words that turn "a domain with the brand's name in it" into bait. */
// prettier-ignore
const BAIT = new Set([
  'nitro', 'gift', 'gifts', 'free', 'claim', 'airdrop', 'drop', 'drops', 'promo', 'giveaway', 'reward',
  'rewards', 'bonus', 'event', 'events', 'hypesquad', 'verify', 'verification', 'login', 'auth', 'oauth',
  'support', 'staff', 'moderator', 'moderators', 'mod', 'mods', 'academy', 'trade', 'trading', 'skins',
  'skin', 'case', 'cases', 'premium', 'boost', 'boosts', 'partner', 'partners', 'security', 'safety',
  'appeal', 'appeals', 'report', 'official', 'app', 'apps', 'gg', 'com', 'net', 'store', 'shop', 'account',
  'accounts', 'nitros', 'generator', 'gen', 'login', 'signin', 'wallet', 'crypto', 'nft', 'apply', 'access',
  'application', 'applications', 'hype', 'hypesquads', 'news', 'beta', 'best', 'bughunter', 'bughunters',
  'moderador', 'moderation', 'form', 'forms', 'ticket', 'tickets', 'invite', 'invites', 'download', 'desktop',
]);

/** Second-level labels that belong to the public suffix (`example.com.ru`, `example.co.uk`). */
const PUBLIC_SECOND_LEVEL = new Set(['com', 'net', 'org', 'co', 'gov', 'edu', 'ac', 'or', 'ne', 'go']);

/** Digits used as letters in domains. */
// prettier-ignore
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Why a domain looks like a brand's without being one. */
export interface Lookalike {
  brand: string;
  /**
   * `homograph`: letters from another script; `typo`: a misspelling; `impersonation`: the
   * exact long name on another domain (`steamcommunity.ru`); `bait`: the name next to a
   * lure word.
   */
  kind: 'homograph' | 'typo' | 'impersonation' | 'bait';
  /** The brand domain or word it imitates. */
  imitates: string;
}

/**
 * Tells whether a host imitates Discord or Steam: a homograph (`dіscord.com` with a
 * Cyrillic `і`), a misspelling of the name (`dlscord.gift`, `steamcommunlty.ru`,
 * `disc0rd-app.com`), the exact long name on another domain (`steamcommunity.com.ru`), or the name next to a lure word (`discord-nitro.ru`,
 * `nitro.discord-gift.ru`). The brands' own domains, a few well-known community sites and
 * `allow` never match.
 * @param host - ASCII (punycode) host from a link
 * @param allow - domains never reported (with their subdomains)
 */
export function findLookalike(host: string, allow: readonly string[] = []): Lookalike | null {
  if ([...allow, ...COMMUNITY_SITES].some((domain) => isUnderDomain(host, domain))) return null;
  for (const brand of BRANDS) if (brand.domains.some((domain) => isUnderDomain(host, domain))) return null;

  const unicode = domainToUnicode(host) || host;
  const folded = foldConfusables(unicode.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  if (folded !== host) {
    for (const brand of BRANDS) {
      const imitated = brand.domains.find((domain) => isUnderDomain(folded, domain));
      if (imitated !== undefined) return { brand: brand.name, kind: 'homograph', imitates: imitated };
    }
  }

  const labels = registrableLabels(folded);
  const registrable = labels[labels.length - 1] ?? '';
  const words = labels
    .flatMap((label) => label.split('-'))
    .filter((t) => t !== '')
    .map(readDigits);
  // Adjacent tokens joined too, so `disc-ord` and `steam-community` are read as one word.
  const joined = words.slice(1).map((word, i) => `${words[i] ?? ''}${word}`);
  const hasBait = (except: number): boolean => words.some((word, i) => i !== except && BAIT.has(word));
  for (const brand of BRANDS) {
    for (const keyword of brand.keywords) {
      // A short name (`discord.fm`, `discord.st`) is shared by many fan sites; a long one is not.
      if (keyword.length >= 10 && readDigits(registrable) === keyword) {
        return { brand: brand.name, kind: 'impersonation', imitates: keyword };
      }
      // Short names have too many honest neighbours (`intro` is one swap from `nitro`).
      const limit = keyword.length >= 12 ? 3 : keyword.length >= 7 ? 1 : 0;
      for (const [i, word] of words.entries()) {
        const distance = Math.min(...spellings(word).map((w) => editDistance(w, keyword, limit)));
        if (distance > 0 && distance <= limit) return { brand: brand.name, kind: 'typo', imitates: keyword };
        if (distance === 0 && word !== keyword) return { brand: brand.name, kind: 'typo', imitates: keyword };
        if (distance === 0 && hasBait(i)) return { brand: brand.name, kind: 'bait', imitates: keyword };
        const inside = embeddedKeyword(word, keyword, Math.min(limit, 1));
        if (inside !== null && inside.distance > 0) return { brand: brand.name, kind: 'typo', imitates: keyword };
        if (inside !== null && (BAIT.has(inside.rest) || hasBait(i))) {
          return { brand: brand.name, kind: 'bait', imitates: keyword };
        }
      }
      for (const [i, word] of joined.entries()) {
        // `discord-api` is the name and a word, not a misspelling of `discordapp`.
        const exactPart = keywords.has(words[i] ?? '') || keywords.has(words[i + 1] ?? '');
        if (!exactPart && editDistance(word, keyword, limit) <= limit) {
          return { brand: brand.name, kind: 'typo', imitates: keyword };
        }
      }
    }
  }
  return null;
}

/** The labels left once the TLD (and a public second level such as `com.ru`) is dropped. */
function registrableLabels(host: string): string[] {
  const labels = host.split('.');
  labels.pop();
  if (labels.length >= 2 && PUBLIC_SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop();
  return labels.filter((label) => label !== 'www');
}

const keywords: ReadonlySet<string> = new Set(BRANDS.flatMap((brand) => brand.keywords));

/** A word and its reading with letter pairs that imitate one letter (`cl` → `d`, `rn` → `m`, `vv` → `w`). */
function spellings(word: string): string[] {
  const read = word.replace(/cl/g, 'd').replace(/rn/g, 'm').replace(/vv/g, 'w');
  return read === word ? [word] : [word, read];
}

function readDigits(token: string): string {
  let out = '';
  for (const char of token) out += DIGIT_LETTERS[char] ?? char;
  return out;
}

/**
 * The keyword (or a near miss of it) at the start or end of a longer word, with what is
 * left: `discordgift` → `{ distance: 0, rest: 'gift' }`, `dlscordnitro` → distance 1.
 */
function embeddedKeyword(word: string, keyword: string, limit: number): { distance: number; rest: string } | null {
  if (word.length <= keyword.length + 1) return null;
  let best: { distance: number; rest: string } | null = null;
  for (let length = keyword.length - 1; length <= keyword.length + 1; length++) {
    const candidates: [string, string][] = [
      [word.slice(0, length), word.slice(length)],
      [word.slice(word.length - length), word.slice(0, word.length - length)],
    ];
    for (const [part, rest] of candidates) {
      const distance = Math.min(...spellings(part).map((p) => editDistance(p, keyword, limit)));
      if (distance <= limit && (best === null || distance < best.distance))
        best = { distance: part === keyword ? 0 : Math.max(distance, 1), rest };
    }
  }
  return best;
}
