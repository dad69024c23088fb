import { useQuery } from '@tanstack/react-query';
import { overviewQuery } from '../api/dashboardQueries.js';
import { SandboxPage } from './SandboxPage.js';

/** The sandbox panel, when Guildhall runs on the sandbox; on Discord, why there is none. */
export function SandboxRoute() {
  const platform = useQuery(overviewQuery).data?.community.platform;
  if (platform === undefined) return <p className="page loading">Loading…</p>;
  if (platform === 'sandbox') return <SandboxPage />;
  return (
    <div className="page" data-testid="no-sandbox-page">
      <header className="page-header">
        <h1>Sandbox</h1>
      </header>
      <p className="muted">
        This Guildhall is connected to Discord: the sandbox exists only when it runs without a Discord token.
      </p>
    </div>
  );
}
