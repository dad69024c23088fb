import type { DateRangeChoice } from './dateRange.js';

/**
 * The ranges the picker has asked for whose URL change has not reached the page yet.
 *
 * The router applies a navigation a little later (in a transition), so the page's range can
 * arrive after the member has already typed again. An arriving range is either the echo of
 * one of ours (then every older request is settled and the inputs keep what is being typed)
 * or a change from elsewhere, such as Back / Forward (then the inputs show it).
 */
export class RangeEcho {
  #pending: DateRangeChoice[] = [];

  /**
   * Notes a range the picker asked for.
   * @param range - the range handed to `onChange`
   */
  sent(range: DateRangeChoice): void {
    this.#pending.push(range);
  }

  /**
   * Whether the inputs should show the range that arrived: not when it is the echo of a request
   * (the inputs already hold it or something typed since).
   * @param range - the page's range now
   */
  shouldShow(range: DateRangeChoice): boolean {
    const echo = this.#pending.findIndex((sent) => sameRange(sent, range));
    if (echo === -1) {
      this.#pending = [];
      return true;
    }
    this.#pending = this.#pending.slice(echo + 1);
    return false;
  }
}

/**
 * Whether two ranges are the same choice.
 * @param a - one range
 * @param b - the other
 */
export function sameRange(a: DateRangeChoice, b: DateRangeChoice): boolean {
  return a.preset === b.preset && a.from === b.from && a.to === b.to;
}
