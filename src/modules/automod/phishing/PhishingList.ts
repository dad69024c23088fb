import type { FoundLink } from '../text/extractLinks.js';

/**
 * A set of known phishing domains. An entry matches the domain and every subdomain
 * (`gift.steamcommunity-xyz.ru` matches `steamcommunity-xyz.ru`); an entry with a path
 * (`bit.ly/3abc`) matches links on that host starting with that path.
 */
export class PhishingList {
  readonly #hosts = new Set<string>();
  readonly #paths = new Map<string, string[]>();
  /** Entries loaded. */
  readonly size: number;

  /** @param entries - domains (`example.com`) or host-and-path entries (`bit.ly/3abc`) */
  constructor(entries: Iterable<string>) {
    let size = 0;
    for (const raw of entries) {
      const entry = raw
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '');
      if (entry === '') continue;
      size += 1;
      const slash = entry.indexOf('/');
      if (slash === -1) {
        this.#hosts.add(entry.replace(/\.$/, ''));
      } else {
        const host = entry.slice(0, slash);
        const paths = this.#paths.get(host) ?? [];
        paths.push(entry.slice(slash));
        this.#paths.set(host, paths);
      }
    }
    this.size = size;
  }

  /**
   * The entry a link matches, or null.
   * @param link - a link found in a message
   */
  match(link: Pick<FoundLink, 'host' | 'path'>): string | null {
    const host = this.matchHost(link.host);
    if (host !== null) return host;
    const paths = this.#paths.get(link.host);
    if (paths === undefined) return null;
    const found = paths.find((path) => link.path === path || link.path.startsWith(`${path}/`));
    return found === undefined ? null : `${link.host}${found}`;
  }

  /**
   * The listed domain `host` is (or is a subdomain of), or null.
   * @param host - an ASCII host
   */
  matchHost(host: string): string | null {
    let candidate = host;
    for (;;) {
      if (this.#hosts.has(candidate)) return candidate;
      const dot = candidate.indexOf('.');
      if (dot === -1 || candidate.indexOf('.', dot + 1) === -1) return null;
      candidate = candidate.slice(dot + 1);
    }
  }

  /** True when `host` is listed or under a listed domain. */
  hasHost(host: string): boolean {
    return this.matchHost(host) !== null;
  }
}
