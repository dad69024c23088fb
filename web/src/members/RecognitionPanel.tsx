import { useQuery } from '@tanstack/react-query';
import { ApiRequestError, describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { formatDay } from './memberDates.js';
import { MEMBERS_REFRESH_MS, memberRecognitionQuery } from './memberQueries.js';

/** Props of {@link RecognitionPanel}. */
export interface RecognitionPanelProps {
  userId: string;
}

/** Points, level, rank and badges from the recognition module; says so when it is off. */
export function RecognitionPanel({ userId }: RecognitionPanelProps) {
  const query = useQuery({ ...memberRecognitionQuery(userId), refetchInterval: MEMBERS_REFRESH_MS });
  const { data } = query;
  if (query.error instanceof ApiRequestError && query.error.status === 404) {
    return (
      <Panel title="Recognition" testId="profile-recognition">
        <p className="empty">The recognition module is off: no points or badges.</p>
      </Panel>
    );
  }
  return (
    <Panel title="Recognition" aside="all time" testId="profile-recognition">
      <ErrorBanner message={query.error === null ? null : describeError(query.error)} />
      {data === undefined ? (
        query.isPending && <p className="loading">Loading…</p>
      ) : (
        <>
          <dl className="member-recognition-numbers">
            <div>
              <dt>Points</dt>
              <dd data-testid="profile-points">{formatCount(data.points)}</dd>
            </div>
            <div>
              <dt>Level</dt>
              <dd data-testid="profile-level">{data.level ?? '—'}</dd>
            </div>
            <div>
              <dt>Rank</dt>
              <dd data-testid="profile-rank">
                {data.rank === null ? '—' : `#${data.rank.position}`}
                {data.rank !== null && <small>of {formatCount(data.rank.rankedMembers)}</small>}
              </dd>
            </div>
          </dl>
          <div>
            <h3 className="profile-subheading">Badges</h3>
            {data.badges.length === 0 ? (
              <p className="empty">No badges yet.</p>
            ) : (
              <ul className="member-badges" data-testid="profile-badges">
                {data.badges.map((badge) => (
                  <li
                    key={badge.id}
                    className="member-badge"
                    title={`${badge.description} (earned ${formatDay(badge.unlockedAt)})`}
                    data-testid="profile-badge"
                  >
                    <span className="member-badge-name">{badge.name}</span>
                    <span className="muted small">{formatCount(badge.points)} pts</span>
                  </li>
                ))}
              </ul>
            )}
            {data.nextBadge !== null && (
              <p className="member-note" data-testid="profile-next-badge">
                Next: <strong>{data.nextBadge.name}</strong> at {formatCount(data.nextBadge.points)} points (
                {formatCount(Math.max(0, data.nextBadge.points - data.points))} to go)
              </p>
            )}
            {data.achievementsTotal > 0 && (
              <p className="member-note">
                Achievements: {formatCount(data.achievements.length)} of {formatCount(data.achievementsTotal)}
                {data.achievements.length > 0 && ` (${data.achievements.map((a) => a.name).join(', ')})`}
              </p>
            )}
          </div>
        </>
      )}
    </Panel>
  );
}
