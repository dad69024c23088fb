import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUnderDomain } from '../text/extractLinks.js';
import { packageRoot } from './packageRoot.js';

/** What a promotional link points to. */
export type PromoLinkKind = 'video' | 'social' | 'shortener';

/** The kinds, in the order a host is looked up (a shortener hides any of the others). */
export const PROMO_LINK_KINDS: readonly PromoLinkKind[] = ['shortener', 'video', 'social'];

/** The domains of each kind. */
export type PromoDomainLists = Readonly<Record<PromoLinkKind, readonly string[]>>;

/** `data/spam-promo/promo-domains.json` of the package. */
export function shippedPromoDomainsPath(): string {
  return join(packageRoot(), 'data', 'spam-promo', 'promo-domains.json');
}

/**
 * The shipped lists of video, social and link-shortener domains (empty lists when the file
 * is missing).
 */
export function shippedPromoDomains(): PromoDomainLists {
  const path = shippedPromoDomainsPath();
  const empty: PromoDomainLists = { video: [], social: [], shortener: [] };
  if (!existsSync(path)) return empty;
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const listOf = (kind: PromoLinkKind): string[] => {
    const value =
      typeof json === 'object' && json !== null && kind in json ? (json as Record<string, unknown>)[kind] : [];
    return Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : [];
  };
  return { video: listOf('video'), social: listOf('social'), shortener: listOf('shortener') };
}

/**
 * Tells which kind of promotional site a link's host belongs to, if any. Lookups go by the
 * host and each of its parent domains, so a check costs a few set lookups.
 */
export class PromoDomains {
  readonly #kinds = new Map<string, PromoLinkKind>();

  /** @param lists - the domains of each kind (a domain covers its subdomains) */
  constructor(lists: PromoDomainLists) {
    for (const kind of [...PROMO_LINK_KINDS].reverse()) {
      for (const domain of lists[kind]) this.#kinds.set(domain.toLowerCase(), kind);
    }
  }

  /**
   * The kind of site `host` is, or null.
   * @param host - a link's lower-case host
   */
  kindOf(host: string): PromoLinkKind | null {
    let rest = host;
    for (;;) {
      const kind = this.#kinds.get(rest);
      if (kind !== undefined) return kind;
      const dot = rest.indexOf('.');
      if (dot < 0) return null;
      rest = rest.slice(dot + 1);
    }
  }

  /**
   * True when `host` is `domain` or under it (for allow lists).
   * @param host - a link's host
   * @param domains - domains to compare with
   */
  static isAllowed(host: string, domains: readonly string[]): boolean {
    return domains.some((d) => isUnderDomain(host, d));
  }
}
