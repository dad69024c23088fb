import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { describeError } from '../api/http.js';
import { SANDBOX_KEY } from './sandboxQueries.js';

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
 * The panel's action runner: each action is a mutation that, done or failed, invalidates
 * every sandbox query and the leaderboards (points change as members act), and resolves once
 * they are read again, so the page shows the action's effects when it is no longer busy.
 */
export function useActionRunner(): ActionRunner {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationKey: [...SANDBOX_KEY, 'action'],
    mutationFn: (action: () => Promise<void>) => action(),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: SANDBOX_KEY }),
        queryClient.invalidateQueries({ queryKey: ['leaderboard'] }),
      ]),
  });
  const { mutateAsync } = mutation;

  const act = useCallback(
    async (action: () => Promise<void>, showError: (message: string) => void = setError): Promise<boolean> => {
      setError(null);
      try {
        await mutateAsync(action);
        return true;
      } catch (failure) {
        showError(describeError(failure));
        return false;
      }
    },
    [mutateAsync],
  );

  return { busy: mutation.isPending, error, act };
}
