import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/discord-gateway/', import.meta.url);

/** A JSON object from a fixture file; a fresh copy on every call, safe to patch. */
export type FixtureObject = Record<string, unknown>;

/**
 * Reads `test/fixtures/discord-gateway/<name>.json` (gateway captures from serenity-rs,
 * plus interaction payloads written from Discord's docs; see the folder's README).
 * @param name - file name without `.json`
 * @param patch - fields to overwrite at the top level (e.g. `guild_id` of the test guild)
 */
export function loadFixture(name: string, patch: FixtureObject = {}): FixtureObject {
  const parsed: unknown = JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`fixture ${name} is not a JSON object`);
  }
  return { ...(parsed as FixtureObject), ...patch };
}
