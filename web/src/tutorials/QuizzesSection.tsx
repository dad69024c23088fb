import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Panel } from '../components/Panel.js';
import { ModuleQueryStatus } from '../components/ModuleQueryStatus.js';
import { ACCENT } from '../components/charts/chartTheme.js';
import { formatCount } from '../format.js';
import { LearningBarChart } from '../learning/LearningBarChart.js';
import type { QuizSummary } from './quizzesApi.js';
import { quizQuery, quizzesQuery } from './quizQueries.js';

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** The score histogram of one quiz, with how often each question was answered right. */
function QuizChart({ quiz }: { quiz: QuizSummary }) {
  const detail = useQuery(quizQuery(quiz.id));
  return (
    <div data-testid="quiz-detail">
      <LearningBarChart
        labels={quiz.histogram.map((b) => `${b.from}–${b.to}%`)}
        series={[{ label: 'Attempts', color: ACCENT, values: quiz.histogram.map((b) => b.count) }]}
        title={`Scores of ${quiz.title}`}
        testId="quiz-histogram"
      />
      {detail.data !== undefined && (
        <table className="data-table" data-testid="quiz-questions">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Question</th>
              <th scope="col">Answers</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {detail.data.questionStats.map((q) => (
              <tr key={q.position}>
                <td>{q.position}</td>
                <td>{q.prompt}</td>
                <td>{formatCount(q.answers)}</td>
                <td>{percent(q.correctRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The quizzes section of the Tutorials page: each quiz in numbers and the chosen one's score histogram. */
export function QuizzesSection() {
  const quizzes = useQuery(quizzesQuery);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = quizzes.data?.quizzes ?? [];
  const shown = list.find((q) => q.id === chosen) ?? list[0];
  return (
    <Panel title="Quizzes" testId="tutorials-quizzes">
      <ModuleQueryStatus
        error={quizzes.error}
        pending={quizzes.isPending}
        what="Quizzes"
        testId="tutorials-quizzes"
        missing="the tutorials module is off"
      />
      {quizzes.data !== undefined && list.length === 0 && (
        <p className="empty">
          No quizzes yet: declare them under <code>tutorials.quizzes.items</code> in community.yaml.
        </p>
      )}
      {list.length > 0 && (
        <>
          <table className="data-table" data-testid="quizzes-table">
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Questions</th>
                <th scope="col">Attempts</th>
                <th scope="col">Completions</th>
                <th scope="col">Pass rate (≥ {quizzes.data?.passPercent ?? 80}%)</th>
                <th scope="col">Mean score</th>
              </tr>
            </thead>
            <tbody>
              {list.map((q) => (
                <tr key={q.id} data-quiz={q.id} aria-selected={q.id === shown?.id}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setChosen(q.id)}>
                      {q.title}
                    </button>
                    {q.topic !== null && <span className="muted"> · {q.topic}</span>}
                  </td>
                  <td>{formatCount(q.questions)}</td>
                  <td>{formatCount(q.attempts)}</td>
                  <td>{formatCount(q.completions)}</td>
                  <td>{percent(q.passRate)}</td>
                  <td>{q.meanScore === null ? '—' : `${q.meanScore}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown !== undefined && <QuizChart quiz={shown} />}
        </>
      )}
    </Panel>
  );
}
