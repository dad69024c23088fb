import type { GithubActor } from '../deliveries/GithubDelivery.js';

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/**
 * A GitHub login as a member typed it, lower-cased, or null when it cannot be one (GitHub:
 * letters, digits and hyphens, up to 39, not starting with a hyphen; an `@` in front is dropped).
 * @param text - what the member typed
 */
export function parseLogin(text: string): string | null {
  const login = text.trim().replace(/^@/, '');
  return LOGIN.test(login) ? login.toLowerCase() : null;
}

/**
 * Whether a GitHub actor is a bot (`type: Bot`, or a `[bot]` login such as `dependabot[bot]`).
 * @param actor - the account as the payload names it
 */
export function isBotActor(actor: GithubActor): boolean {
  return actor.type === 'Bot' || actor.login.toLowerCase().endsWith('[bot]');
}
