/** A sanction to carry out on a member. */
export type Sanction =
  | { action: 'warn' }
  | { action: 'timeout'; durationMs: number }
  | { action: 'kick' }
  /** `durationMs` null: permanent. */
  | { action: 'ban'; durationMs: number | null; deleteMessageSeconds: number };

const RANK = { warn: 0, timeout: 1, kick: 2, ban: 3 } as const;

/**
 * The harsher of two sanctions: ban > kick > timeout > warn; of two bans or timeouts, the
 * longer (a permanent ban is the longest).
 * @param a - one sanction
 * @param b - the other
 */
export function harsher(a: Sanction, b: Sanction): Sanction {
  if (RANK[a.action] !== RANK[b.action]) return RANK[a.action] > RANK[b.action] ? a : b;
  if (a.action === 'ban' && b.action === 'ban') {
    if (a.durationMs === null) return a;
    if (b.durationMs === null) return b;
    return a.durationMs >= b.durationMs ? a : b;
  }
  if (a.action === 'timeout' && b.action === 'timeout') return a.durationMs >= b.durationMs ? a : b;
  return a;
}
