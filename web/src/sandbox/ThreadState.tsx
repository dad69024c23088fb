import { useQuery } from '@tanstack/react-query';
import type { ChannelSnapshot } from '../api/sandboxApi.js';
import { SANDBOX_POLL_MS } from './sandboxQueries.js';
import { threadQuery } from './threadStateApi.js';
import './supportSandbox.css';

/** Props of {@link ThreadState}. */
export interface ThreadStateProps {
  thread: ChannelSnapshot;
  /** The thread's parent (a forum's tags name the post's tag ids). */
  parent: ChannelSnapshot | null;
}

/**
 * A thread's forum tags by name (the Solved tag shows once a solution is marked) and whether
 * it is archived or locked, read again every 2 s.
 */
export function ThreadState({ thread, parent }: ThreadStateProps) {
  const state = useQuery({ ...threadQuery(thread.id), refetchInterval: SANDBOX_POLL_MS });
  if (state.data === undefined) return null;
  const names = state.data.appliedTags.map((id) => parent?.availableTags.find((tag) => tag.id === id)?.name ?? id);
  return (
    <span className="thread-state" data-testid="thread-state">
      {names.map((name) => (
        <span key={name} className="thread-state-tag" data-testid="thread-tag" data-name={name}>
          {name}
        </span>
      ))}
      {state.data.archived && (
        <span className="thread-state-flag" data-testid="thread-archived">
          archived
        </span>
      )}
      {state.data.locked && (
        <span className="thread-state-flag" data-testid="thread-locked">
          locked
        </span>
      )}
    </span>
  );
}
