import { useCallback, useState } from 'react';
import { describeError } from '../api/http.js';

/** Runs the panel's actions one by one and keeps what the page shows about them. */
export interface ActionRunner {
  /** An action is running: controls wait. */
  busy: boolean;
  /** The last action's failure, for the page's banner. */
  error: string | null;
  /**
   * Runs one action, shows its failure, then refreshes everything; never rejects.
   * @param action - what to do
   * @param showError - where a failure goes instead of the page's banner (e.g. an open form)
   * @returns whether the action worked
   */
  act: (action: () => Promise<void>, showError?: (message: string) => void) => Promise<boolean>;
}

/**
 * The panel's action runner.
 * @param refreshAll - reloads what the page shows (never rejects)
 */
export function useActionRunner(refreshAll: () => Promise<unknown>): ActionRunner {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = useCallback(
    async (action: () => Promise<void>, showError: (message: string) => void = setError): Promise<boolean> => {
      setBusy(true);
      setError(null);
      let ok = true;
      try {
        await action();
      } catch (failure) {
        ok = false;
        showError(describeError(failure));
      }
      await refreshAll();
      setBusy(false);
      return ok;
    },
    [refreshAll],
  );

  return { busy, error, act };
}
