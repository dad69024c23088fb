import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's `data/phishing/domain-list.json` (found by walking up from this file to
 * package.json, the same from `src/` under tsx and from `dist/src/` once built).
 */
export function shippedPhishingListPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return join(dir, 'data', 'phishing', 'domain-list.json');
}

/**
 * Reads a phishing list document: an array of domains, or `{ "domains": [...] }` (the
 * format of nikolaischunk/discord-phishing-links).
 * @param json - the parsed JSON
 * @throws Error when it is neither
 */
export function domainsOf(json: unknown): string[] {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && 'domains' in json
      ? json.domains
      : undefined;
  if (!Array.isArray(list) || !list.every((d): d is string => typeof d === 'string')) {
    throw new Error('a phishing list is an array of domains or {"domains": [...]}');
  }
  return list;
}

/**
 * The phishing domains shipped with Guildhall (MIT, nikolaischunk/discord-phishing-links),
 * read from the file on each call (automod's runtime reads them once and keeps them); empty
 * when the file is missing.
 */
export function shippedPhishingDomains(): readonly string[] {
  const path = shippedPhishingListPath();
  return existsSync(path) ? domainsOf(JSON.parse(readFileSync(path, 'utf8'))) : [];
}
