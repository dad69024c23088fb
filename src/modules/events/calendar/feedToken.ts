import { createHash, randomBytes } from 'node:crypto';

/** A member's feed token: 32 random bytes, base64url (43 characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new secret feed token (256 bits), for the member's URL only: never stored. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored of a feed token, and what a request's token is looked up by: its SHA-256 in
 * hex. A leaked database does not reveal working feed URLs.
 * @param token - the token from the URL
 */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The feed URL a member subscribes to.
 * @param baseUrl - the dashboard's public address (`https://guildhall.example.org`)
 * @param token - the member's token
 */
export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/events/feeds/${token}.ics`;
}
