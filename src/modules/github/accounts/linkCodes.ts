import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
/** What a code looks like inside a bio or a gist description. */
const CODE_PATTERN = /guildhall-[a-z2-7]{12}/gi;

/** A new one-time verification code: `guildhall-` and 12 random base32 letters (60 bits). */
export function newLinkCode(): string {
  const bytes = randomBytes(12);
  let code = 'guildhall-';
  for (const byte of bytes) code += ALPHABET.charAt(byte % 32);
  return code;
}

/**
 * The sha256 (hex) of a code: what is stored instead of the code.
 * @param code - the code
 */
export function hashLinkCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase()).digest('hex');
}

/**
 * Whether any of `texts` holds the code whose hash is `codeHash`; each candidate is compared
 * in constant time (hash against hash).
 * @param texts - a bio, gist descriptions
 * @param codeHash - the stored hash
 */
export function textsHoldCode(texts: readonly string[], codeHash: string): boolean {
  const expected = Buffer.from(codeHash, 'hex');
  let found = false;
  for (const text of texts) {
    for (const match of text.matchAll(CODE_PATTERN)) {
      const candidate = Buffer.from(hashLinkCode(match[0]), 'hex');
      // No early return: every candidate costs the same.
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) found = true;
    }
  }
  return found;
}
