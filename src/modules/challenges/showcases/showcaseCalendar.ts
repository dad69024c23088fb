import { TZDate } from '@date-fns/tz';
import type { ShowcasesConfig } from './showcasesConfig.js';

/** When a month's phases begin (epoch ms). */
export interface ShowcasePhases {
  opensAt: number;
  votingAt: number;
  closesAt: number;
}

/**
 * The showcase month (`YYYY-MM`) an instant falls in, in the configured time zone.
 * @param ms - epoch ms
 * @param timeZone - IANA zone
 */
export function monthOf(ms: number, timeZone: string): string {
  const local = new TZDate(ms, timeZone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The month after a month.
 * @param month - `YYYY-MM`
 */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, m ?? 1, 1));
  return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** True for a `YYYY-MM` month. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/**
 * The phases of a month: nominations open on `nominationsDay`, voting on `votingDay`, results
 * on `resultsDay` (or the month's last day), each at `time` in `timezone`.
 * @param month - `YYYY-MM`
 * @param config - the showcases settings
 */
export function phasesOf(month: string, config: Pick<ShowcasesConfig, 'schedule' | 'timezone'>): ShowcasePhases {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  const [hour = 0, minute = 0] = config.schedule.time.split(':').map(Number);
  const at = (day: number): number => new TZDate(year, m - 1, day, hour, minute, config.timezone).getTime();
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const { nominationsDay, votingDay, resultsDay } = config.schedule;
  return {
    opensAt: at(nominationsDay),
    votingAt: at(votingDay),
    closesAt: at(resultsDay === 'last' ? lastDay : resultsDay),
  };
}
