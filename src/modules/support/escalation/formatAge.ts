const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A wait as staff read it: `45 min`, `4 h`, `4 h 30 min`, `2 d 3 h` (rounded down to the minute).
 * @param ms - a non-negative duration
 */
export function formatAge(ms: number): string {
  const whole = Math.max(0, Math.floor(ms / MINUTE)) * MINUTE;
  if (whole < HOUR) return `${whole / MINUTE} min`;
  if (whole < DAY) {
    const minutes = (whole % HOUR) / MINUTE;
    return minutes === 0 ? `${Math.floor(whole / HOUR)} h` : `${Math.floor(whole / HOUR)} h ${minutes} min`;
  }
  const hours = Math.floor((whole % DAY) / HOUR);
  return hours === 0 ? `${Math.floor(whole / DAY)} d` : `${Math.floor(whole / DAY)} d ${hours} h`;
}
