import { Panel } from '../components/Panel.js';

/** The contests section of the Challenges page. */
export function ContestsSection() {
  return (
    <Panel title="Contests" testId="challenges-contests">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
