import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from './api/http.js';

/** The latest result of a polled request. */
export interface Polled<T> {
  data: T | null;
  /** Message of the last failure; cleared by the next success. */
  error: string | null;
  /** Loads now (e.g. right after an action) and resolves when the new data is in. */
  refresh: () => Promise<void>;
}

/**
 * Loads data now and every `intervalMs`, keeping the last good result while a request
 * fails. Changing `key` discards the old data and starts over (e.g. another channel).
 * @param load - fetches the data; read on each tick, so it may close over current state
 * @param intervalMs - polling period
 * @param key - identity of what is loaded; null pauses polling and clears the data
 */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number, key: string | null = ''): Polled<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: string | null }>({
    key,
    data: null,
    error: null,
  });
  const loadRef = useRef(load);
  const keyRef = useRef(key);
  // Declared before the polling effect, so each tick sees the latest loader and key.
  useEffect(() => {
    loadRef.current = load;
    keyRef.current = key;
  });

  const refresh = useCallback(async (): Promise<void> => {
    const requestedKey = keyRef.current;
    if (requestedKey === null) return;
    try {
      const data = await loadRef.current();
      // A late answer for a previous key must not overwrite the current one.
      if (keyRef.current === requestedKey) setState({ key: requestedKey, data, error: null });
    } catch (error) {
      if (keyRef.current === requestedKey) {
        setState((previous) => ({ ...previous, key: requestedKey, error: describeError(error) }));
      }
    }
  }, []);

  useEffect(() => {
    if (key === null) return undefined;
    let inFlight = false;
    const tick = (): void => {
      if (inFlight) return;
      inFlight = true;
      // refresh() never rejects (failures land in state), so nothing is left unhandled.
      void refresh().finally(() => {
        inFlight = false;
      });
    };
    tick();
    const timer = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(timer);
  }, [key, intervalMs, refresh]);

  const current = state.key === key ? state : { data: null, error: null };
  return { data: current.data, error: current.error, refresh };
}
