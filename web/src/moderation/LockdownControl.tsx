import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/http.js';
import { formatTimestamp, fullTimestamp } from '../sandbox/markdown/timestampStyle.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { endLockdown, type Lockdown } from './moderationApi.js';
import { lockdownQuery, MODERATION_KEY } from './moderationQueries.js';
import { mentionedIds, useMemberNames, withNames } from './useMemberNames.js';

/**
 * The lockdown in force, at the top of the moderation page: why, since when, by whom, when it
 * lifts, and an End button that asks first. Nothing when no lockdown is on.
 */
export function LockdownControl() {
  const { data } = useQuery(lockdownQuery);
  const lockdown = data?.lockdown ?? null;
  if (lockdown === null) return null;
  return <LockdownBanner key={lockdown.lockdownId} lockdown={lockdown} />;
}

function LockdownBanner({ lockdown }: { lockdown: Lockdown }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const nameOf = useMemberNames([lockdown.startedBy, ...mentionedIds(lockdown.reason)]);
  const end = useMutation({
    mutationFn: endLockdown,
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: MODERATION_KEY });
      await queryClient.invalidateQueries({ queryKey: ['overview'] });
    },
  });
  const now = Date.now();
  const by = lockdown.startedBy === null ? 'automod' : nameOf(lockdown.startedBy);
  const channels = `${lockdown.channels} channel${lockdown.channels === 1 ? '' : 's'}`;
  return (
    <div className="lockdown-banner moderation-lockdown" role="status" data-testid="moderation-lockdown">
      {/* Drawn, not an emoji: not every system has an emoji font. */}
      <svg className="lockdown-lock" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path
          d="M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2zm-6 9a2 2 0 1 1 0-4 2 2 0 0 1 0 4zm3.1-9H8.9V6a3.1 3.1 0 0 1 6.2 0z"
          fill="currentColor"
        />
      </svg>
      <div className="moderation-lockdown-text">
        <div className="lockdown-title">Lockdown in force</div>
        <div data-testid="moderation-lockdown-reason">
          {lockdown.reason === '' ? 'No reason given' : withNames(lockdown.reason, nameOf)} · started by {by}{' '}
          <time dateTime={new Date(lockdown.startedAt).toISOString()} title={fullTimestamp(lockdown.startedAt)}>
            {formatTimestamp(lockdown.startedAt, 'R', now)}
          </time>
        </div>
        <div className="muted small">
          {lockdown.mode === 'read_only' ? 'Read-only' : 'Slow mode'} in {channels}
          {lockdown.invitesPaused ? ', invites paused' : ''} ·{' '}
          {lockdown.endsAt === null ? 'until ended' : `lifts ${formatTimestamp(lockdown.endsAt, 'R', now)}`}
        </div>
      </div>
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          end.reset();
          setConfirming(true);
        }}
        data-testid="end-lockdown"
      >
        End lockdown
      </button>
      {confirming && (
        <ConfirmDialog
          title="End the lockdown?"
          description={`Channels, the verification level and invites go back to how they were before it started. This is recorded as yours.`}
          confirmLabel="End lockdown"
          busy={end.isPending}
          error={end.error === null ? null : describeError(end.error)}
          onConfirm={() => end.mutate()}
          onCancel={() => setConfirming(false)}
          testId="end-lockdown-dialog"
        />
      )}
    </div>
  );
}
