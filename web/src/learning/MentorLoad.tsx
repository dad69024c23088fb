import type { MentorList } from './learningApi.js';
import { LearningBarChart } from './LearningBarChart.js';
import { MENTOR_CATEGORY_LABELS } from './learningWords.js';

/** Props of {@link MentorLoad}. */
export interface MentorLoadProps {
  mentors: MentorList['mentors'];
}

const CAPACITY = '#d4d8f7';
const LOAD = '#5865f2';

/** Each mentor's active mentees inside their capacity (bars), and who is paused or full. */
export function MentorLoad({ mentors }: MentorLoadProps) {
  if (mentors.length === 0) {
    return (
      <p className="empty" data-testid="learning-mentors-empty">
        No mentors yet: members register with <code>/mentor register</code>.
      </p>
    );
  }
  return (
    <>
      <LearningBarChart
        labels={mentors.map((m) => m.name)}
        series={[
          { label: 'Capacity', color: CAPACITY, values: mentors.map((m) => m.capacity) },
          { label: 'Active mentees', color: LOAD, values: mentors.map((m) => m.load) },
        ]}
        title="Active mentees against capacity per mentor"
        testId="learning-mentor-load"
      />
      <ul className="learning-mentor-list" data-testid="learning-mentor-list">
        {mentors.map((m) => (
          <li key={m.userId} data-testid="learning-mentor" data-user={m.userId}>
            <strong>{m.name}</strong>{' '}
            <span className="muted small">{MENTOR_CATEGORY_LABELS[m.category] ?? m.category}</span>{' '}
            <span className="learning-load">
              {m.load}/{m.capacity}
            </span>
            {m.paused && <span className="learning-tag">paused</span>}
            {!m.paused && m.load >= m.capacity && <span className="learning-tag">full</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
