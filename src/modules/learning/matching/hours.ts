/** Hours in a week. */
export const WEEK_HOURS = 168;

/** Bits set in a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * An empty week of hours (168 bits in 6 words).
 */
export function emptyHours(): Uint32Array {
  return new Uint32Array(6);
}

/**
 * Marks hour `h` (0–167, Monday 00:00 UTC is 0; wraps) available.
 * @param hours - the week
 * @param h - the hour of the week
 */
export function setHour(hours: Uint32Array, h: number): void {
  const hour = ((h % WEEK_HOURS) + WEEK_HOURS) % WEEK_HOURS;
  hours[hour >> 5] = (hours[hour >> 5] ?? 0) | (1 << (hour & 31));
}

/**
 * How many hours of the week are available.
 * @param hours - the week
 */
export function countHours(hours: Uint32Array): number {
  let n = 0;
  for (const word of hours) n += bitCount(word);
  return n;
}

/**
 * How many hours two weeks share.
 * @param a - one week
 * @param b - the other
 */
export function sharedHours(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 1) n += bitCount((a[i] ?? 0) & (b[i] ?? 0));
  return n;
}

/**
 * The overlap of two weeks, 0…1: shared hours over the smaller week's hours (so a member
 * available a few hours, all inside the other's, overlaps fully); 0 when either is empty.
 * @param a - one week
 * @param b - the other
 */
export function hoursOverlap(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(countHours(a), countHours(b));
  return smaller === 0 ? 0 : sharedHours(a, b) / smaller;
}
