import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { ApiRequestError, describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { CasesPanel } from '../members/CasesPanel.js';
import { MemberFacts } from '../members/MemberFacts.js';
import { MemberProfileHeader } from '../members/MemberProfileHeader.js';
import { MEMBERS_REFRESH_MS, memberProfileQuery } from '../members/memberQueries.js';
import { MemberTimeline } from '../members/MemberTimeline.js';
import { RecognitionPanel } from '../members/RecognitionPanel.js';
import { RoleChips } from '../members/RoleChips.js';
import { sessionAllows } from '../session/roles.js';
import { useSession } from '../session/sessionQuery.js';
import '../members/members.css';

/**
 * One member at /members/:userId: names and ids, roles, dates, points and badges, cases
 * (moderators and admins only) and a timeline of joins, departures and latest activity.
 */
export function MemberProfilePage() {
  const userId = useParams().userId ?? '';
  const location = useLocation();
  const { session } = useSession();
  const profile = useQuery({ ...memberProfileQuery(userId), refetchInterval: MEMBERS_REFRESH_MS });
  const showCases = session !== undefined && sessionAllows(session, 'moderator');
  const { data } = profile;
  const now = Date.now();

  const back = (
    <Link to={`/members${listSearchOf(location.state)}`} className="profile-back" data-testid="profile-back">
      ← Members
    </Link>
  );

  if (data === undefined) {
    const notFound = profile.error instanceof ApiRequestError && profile.error.status === 404;
    return (
      <div className="page" data-testid="member-profile-page">
        {back}
        {notFound ? (
          <div data-testid="profile-not-found">
            <h1>No such member</h1>
            <p className="muted">
              Neither the server’s member list nor the event log knows the user <code>{userId}</code>.
            </p>
          </div>
        ) : (
          <>
            <ErrorBanner message={profile.error === null ? null : describeError(profile.error)} />
            {profile.isPending && <p className="loading">Loading member…</p>}
          </>
        )}
      </div>
    );
  }

  return (
    <div className="page" data-testid="member-profile-page" data-user-id={data.userId}>
      {back}
      <MemberProfileHeader profile={data} />
      <ErrorBanner message={profile.error === null ? null : describeError(profile.error)} />
      <MemberFacts profile={data} now={now} />
      <div className="profile-grid">
        <div className="profile-column">
          <Panel title="Roles" aside={`${data.roles.length}`} testId="profile-roles">
            <RoleChips roles={data.roles} emptyText="No roles." />
          </Panel>
          <RecognitionPanel userId={data.userId} />
          {showCases && <CasesPanel userId={data.userId} />}
        </div>
        <MemberTimeline profile={data} now={now} />
      </div>
    </div>
  );
}

/** The member list's query string the list page passed along (`?q=noor`), else none. */
function listSearchOf(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('listSearch' in state)) return '';
  const { listSearch } = state;
  return typeof listSearch === 'string' && listSearch.startsWith('?') ? listSearch : '';
}
