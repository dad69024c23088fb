import { z } from 'zod';

/** A list of domains in community.yaml (`example.com`; `https://` and a trailing `/` are tolerated). */
export const DomainList = z.array(z.string().trim().toLowerCase().min(3)).default([]);

/**
 * A configured domain as links are compared: `https://Example.com/` → `example.com`.
 * @param domain - as written
 */
export function normaliseDomain(domain: string): string {
  return domain
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
}
