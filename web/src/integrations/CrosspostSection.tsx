import { Panel } from '../components/Panel.js';

/** The crosspost section of the Integrations page. */
export function CrosspostSection() {
  return (
    <Panel title="Crosspost" testId="integrations-crosspost">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
