import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { overviewQuery } from '../api/dashboardQueries.js';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { useSession } from '../session/sessionQuery.js';
import { Sidebar } from './Sidebar.js';

/**
 * The frame of every signed-in page: sends visitors without a session to /login (coming back
 * afterwards), then shows the navigation and the page of the URL.
 */
export function AppShell() {
  const { session, error } = useSession();
  const location = useLocation();
  const signedOut = session !== undefined && session.authRequired && session.user === null;
  const overview = useQuery({ ...overviewQuery, enabled: session !== undefined && !signedOut });
  const communityName = overview.data?.community.name;

  useEffect(() => {
    document.title = communityName === undefined ? 'Guildhall' : `${communityName} · Guildhall`;
  }, [communityName]);

  if (session === undefined) {
    return (
      <div className="page">
        <ErrorBanner message={error === null ? null : describeError(error)} />
        {error === null && <p className="loading">Loading…</p>}
      </div>
    );
  }
  if (signedOut) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <div className="layout">
      <Sidebar
        communityName={communityName ?? null}
        platform={overview.data?.community.platform ?? null}
        session={session}
      />
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
