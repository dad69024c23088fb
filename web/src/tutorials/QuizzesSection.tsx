import { Panel } from '../components/Panel.js';

/** The quizzes section of the Tutorials page. */
export function QuizzesSection() {
  return (
    <Panel title="Quizzes" testId="tutorials-quizzes">
      <p className="empty">Not built yet.</p>
    </Panel>
  );
}
