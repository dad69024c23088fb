import type { OverviewLockdown } from '../api/dashboardApi.js';
import { formatTimestamp, fullTimestamp } from '../sandbox/markdown/timestampStyle.js';

/** Props of {@link LockdownBanner}. */
export interface LockdownBannerProps {
  lockdown: OverviewLockdown | null;
  /** The browser's clock, for "started 5 minutes ago". */
  now: number;
}

/**
 * Says the server is locked down (moderation's raid mode) while it is: why, since when, by
 * whom, and when it is set to lift. Nothing when no lockdown is on.
 */
export function LockdownBanner({ lockdown, now }: LockdownBannerProps) {
  if (lockdown === null) return null;
  const by =
    lockdown.startedBy === null ? 'automod' : (lockdown.startedByName ?? `user …${lockdown.startedBy.slice(-4)}`);
  return (
    <div className="lockdown-banner" role="status" data-testid="lockdown-banner">
      <span className="lockdown-icon" aria-hidden="true">
        🔒
      </span>
      <div>
        <div className="lockdown-title">Lockdown in force</div>
        <div data-testid="lockdown-reason">
          {lockdown.reason === '' ? 'No reason given' : lockdown.reason} · started by {by}{' '}
          <time dateTime={new Date(lockdown.startedAt).toISOString()} title={fullTimestamp(lockdown.startedAt)}>
            {formatTimestamp(lockdown.startedAt, 'R', now)}
          </time>
        </div>
        <div className="muted small" data-testid="lockdown-ends">
          {lockdown.endsAt === null ? (
            'Until a moderator runs /lockdown action:end'
          ) : (
            <>
              Set to lift{' '}
              <time dateTime={new Date(lockdown.endsAt).toISOString()} title={fullTimestamp(lockdown.endsAt)}>
                {formatTimestamp(lockdown.endsAt, 'R', now)}
              </time>{' '}
              ({formatTimestamp(lockdown.endsAt, 'f', now)}) unless a new spike extends it
            </>
          )}
        </div>
      </div>
    </div>
  );
}
