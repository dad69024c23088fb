import { Panel } from '../components/Panel.js';

/** The library section of the Tutorials page. */
export function LibrarySection() {
  return (
    <Panel title="Library" testId="tutorials-library">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
