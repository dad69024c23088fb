import { Panel } from '../components/Panel.js';

/** The github section of the Integrations page. */
export function GithubSection() {
  return (
    <Panel title="Github" testId="integrations-github">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
