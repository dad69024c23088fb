import { useEffect } from 'react';
import { fetchOverview } from './api/dashboardApi.js';
import { Sidebar } from './components/Sidebar.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { SandboxPage } from './pages/SandboxPage.js';
import { useHashRoute } from './useHashRoute.js';
import { usePolling } from './usePolling.js';

const OVERVIEW_POLL_MS = 5_000;

/** The dashboard: sidebar navigation and the page named in the URL hash. */
export function App() {
  const route = useHashRoute();
  const overview = usePolling(fetchOverview, OVERVIEW_POLL_MS);
  const { refresh } = overview;
  const platform = overview.data?.community.platform ?? null;

  useEffect(() => {
    // Coming back to the overview shows fresh numbers at once, not at the next tick;
    // refresh() never rejects.
    if (route === 'overview') void refresh();
  }, [route, refresh]);

  useEffect(() => {
    const name = overview.data?.community.name;
    document.title = name === undefined ? 'Guildhall' : `${name} · Guildhall`;
  }, [overview.data?.community.name]);

  return (
    <div className="layout">
      <Sidebar route={route} communityName={overview.data?.community.name ?? null} platform={platform} />
      <main className="content">
        {route === 'sandbox' && platform === 'sandbox' ? <SandboxPage /> : <OverviewPage overview={overview} />}
      </main>
    </div>
  );
}
