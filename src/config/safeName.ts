/**
 * Characters a name must not hold: C0 and C1 control characters (NUL, line breaks, escape,
 * DEL …), and the bidirectional marks, embeddings, overrides and isolates that reorder the
 * text shown around a name (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): a role
 * called "\u202Enimda" shows as "admin".
 * @see https://www.unicode.org/reports/tr9/#Directional_Formatting_Characters
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The first character that makes `name` unsafe to show (control or bidi formatting), as
 * `U+XXXX`, or null when the name is safe.
 * @param name - a role, channel or category name
 */
export function unsafeNameCharacter(name: string): string | null {
  const found = UNSAFE.exec(name);
  if (found === null) return null;
  return `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why `name` is unsafe, or null when it is safe.
 * @param name - a role, channel or category name
 */
export function unsafeNameReason(name: string): string | null {
  const character = unsafeNameCharacter(name);
  if (character === null) return null;
  return `must not contain control or bidirectional formatting characters (found ${character})`;
}
