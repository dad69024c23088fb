import { z } from 'zod';

/**
 * True when the runtime knows this IANA time zone name (`Europe/Berlin`, `UTC`).
 * @param name - the name as written
 */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name in community.yaml (`Europe/Berlin`, `America/New_York`, `UTC`). */
export const TimeZone = z.string().refine(isTimeZone, 'must be an IANA time zone such as "Europe/Berlin" or "UTC"');
