import { GithubSection } from './GithubSection.js';
import { AccountsSection } from './AccountsSection.js';
import { CrosspostSection } from './CrosspostSection.js';

/** Integrations: github deliveries, linked accounts and cross-posted announcements. Each section loads its own data. */
export function IntegrationsPage() {
  return (
    <div className="page page-wide integrations-page" data-testid="integrations-page">
      <header className="page-header">
        <div>
          <h1>Integrations</h1>
          <p className="page-subtitle">GitHub deliveries, linked accounts and cross-posted announcements</p>
        </div>
      </header>
      <GithubSection />
      <AccountsSection />
      <CrosspostSection />
    </div>
  );
}
