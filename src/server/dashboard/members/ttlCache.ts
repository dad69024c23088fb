/**
 * A value read at most once per `ttlMs` (concurrent callers share the read); a failed read is
 * not kept, so the next call tries again.
 * @param now - injected clock
 * @param ttlMs - how long a read value is served
 * @param load - reads the value
 */
export function ttlCache<T>(now: () => number, ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (cached !== null && now() - cached.at < ttlMs) return cached.value;
    const value = load();
    const entry = { at: now(), value };
    cached = entry;
    value.catch(() => {
      if (cached === entry) cached = null;
    });
    return value;
  };
}
