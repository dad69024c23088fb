import { useQuery } from '@tanstack/react-query';
import { ModuleQueryStatus } from '../components/ModuleQueryStatus.js';
import { Panel } from '../components/Panel.js';
import { LearningBarChart } from '../learning/LearningBarChart.js';
import { showcasesQuery, type ShowcaseListBody, type ShowcaseMonthBody } from './showcaseQueries.js';

const VOTES_COLOR = '#f1c40f';
const STATUS_WORDS: Record<ShowcaseMonthBody['status'], string> = {
  nominating: 'nominations open',
  voting: 'voting open',
  closed: 'closed',
  cancelled: 'cancelled',
};

/** The current month: each category's nominees as vote bars, and the winner once known. */
function CurrentMonth({ month }: { month: ShowcaseMonthBody }) {
  return (
    <div data-testid="showcases-current">
      <h3>
        {month.month} · {STATUS_WORDS[month.status]}
      </h3>
      {month.categories.map((category) => (
        <div key={category.id} className="showcase-category" data-testid={`showcase-category-${category.id}`}>
          <h4>
            {category.name}
            {category.winner !== null && <> · 🏆 {category.winner.name}</>}
          </h4>
          {category.nominees.length === 0 ? (
            <p className="empty">No nominations yet.</p>
          ) : (
            <LearningBarChart
              labels={category.nominees.map((n) => n.name)}
              series={[{ label: 'Votes', color: VOTES_COLOR, values: category.nominees.map((n) => n.votes) }]}
              title={`${category.name}: votes per nominee (${category.voters} voters)`}
              testId={`showcase-votes-${category.id}`}
              height={140}
            />
          )}
        </div>
      ))}
    </div>
  );
}

/** Past winners, newest month first. */
function HallOfFame({ winners }: { winners: ShowcaseListBody['hallOfFame'] }) {
  if (winners.length === 0) return <p className="empty">No winners yet.</p>;
  return (
    <table className="leaderboard" data-testid="showcases-hall-of-fame">
      <caption>Hall of fame</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Category</th>
          <th scope="col">Winner</th>
          <th scope="col">Votes</th>
        </tr>
      </thead>
      <tbody>
        {winners.map((w) => (
          <tr key={`${w.month}:${w.category}`}>
            <td>{w.month}</td>
            <td>{w.categoryName}</td>
            <td>{w.name}</td>
            <td>{w.votes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The showcases section of the Challenges page: this month's categories with vote bars, and the hall of fame. */
export function ShowcasesSection() {
  const { data, error, isPending } = useQuery(showcasesQuery);
  return (
    <Panel title="Showcases" testId="challenges-showcases">
      {data === undefined ? (
        <ModuleQueryStatus
          error={error}
          pending={isPending}
          what="Showcases"
          testId="challenges-showcases"
          missing="the challenges module is off"
        />
      ) : (
        <>
          {data.months[0] === undefined ? (
            <p className="empty">
              {data.enabled ? 'No showcase month has opened yet.' : 'Showcases are off (challenges.showcases).'}
            </p>
          ) : (
            <CurrentMonth month={data.months[0]} />
          )}
          <HallOfFame winners={data.hallOfFame} />
        </>
      )}
    </Panel>
  );
}
