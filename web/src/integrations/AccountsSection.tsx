import { Panel } from '../components/Panel.js';

/** The accounts section of the Integrations page. */
export function AccountsSection() {
  return (
    <Panel title="Accounts" testId="integrations-accounts">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
