import { TZDate } from '@date-fns/tz';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A local date (`2027-01-04`, midnight) or date and time (`2027-01-04T18:00`) in a time zone,
 * as epoch ms; null when it is not a real date.
 * @param text - the configured value
 * @param timeZone - IANA name
 */
export function parseLocalDate(text: string, timeZone: string): number | null {
  const match = LOCAL.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
}
