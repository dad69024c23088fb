import { Panel } from '../components/Panel.js';

/** The showcases section of the Challenges page. */
export function ShowcasesSection() {
  return (
    <Panel title="Showcases" testId="challenges-showcases">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
