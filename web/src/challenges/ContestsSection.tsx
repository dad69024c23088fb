import { useQuery } from '@tanstack/react-query';
import { Panel } from '../components/Panel.js';
import { ACCENT } from '../components/charts/chartTheme.js';
import { LearningBarChart } from '../learning/LearningBarChart.js';
import { contestQuery, contestsQuery, type ContestList } from './contestQueries.js';

type Contest = ContestList['contests'][number];

const PHASES = [
  { phase: 'scheduled', label: 'Announced' },
  { phase: 'submissions', label: 'Submissions' },
  { phase: 'voting', label: 'Voting' },
  { phase: 'closed', label: 'Winners' },
] as const;

function day(ms: number | null): string {
  return ms === null
    ? '—'
    : new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The phases of a challenge as a timeline, the current one marked. */
function PhaseTimeline({ contest }: { contest: Contest }) {
  const current = PHASES.findIndex((p) => p.phase === contest.phase);
  const dates = [contest.opensAt, contest.submissionsCloseAt, contest.votingCloseAt, contest.closedAt];
  return (
    <ol className="contest-timeline" data-testid="contest-timeline">
      {PHASES.map((p, i) => (
        <li key={p.phase} className={i === current ? 'current' : i < current ? 'done' : 'upcoming'}>
          <strong>{p.label}</strong> <span>{day(dates[i] ?? null)}</span>
        </li>
      ))}
    </ol>
  );
}

/** The running (or latest) challenge: entries with votes and judges' scores, votes as bars. */
function CurrentContest({ contest }: { contest: Contest }) {
  const detail = useQuery(contestQuery(contest.id));
  const entries = detail.data?.entries ?? [];
  return (
    <section data-testid="contest-current">
      <h3>
        {contest.title}{' '}
        <small>
          ({contest.level}, {contest.theme})
        </small>
      </h3>
      {contest.phase === 'cancelled' ? <p>Cancelled.</p> : <PhaseTimeline contest={contest} />}
      {entries.length === 0 ? (
        <p className="empty">No entries yet: members submit with /challenge submit.</p>
      ) : (
        <>
          <table className="data-table" data-testid="contest-entries">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Entry</th>
                <th scope="col">By</th>
                <th scope="col">Votes</th>
                <th scope="col">Judges</th>
                <th scope="col">Score</th>
                <th scope="col">Place</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.number}>
                  <td>{e.number}</td>
                  <td>
                    <a href={e.link} target="_blank" rel="noreferrer">
                      {e.title}
                    </a>
                  </td>
                  <td>{e.authorId}</td>
                  <td>{e.votes}</td>
                  <td>{e.judgeMean === null ? '—' : `${e.judgeMean.toFixed(1)}/10 (${e.judgeScores.length})`}</td>
                  <td>{e.score === null ? '—' : Math.round(e.score * 100)}</td>
                  <td>{e.place ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <LearningBarChart
            labels={entries.map((e) => `#${e.number}`)}
            series={[{ label: 'Votes', color: ACCENT, values: entries.map((e) => e.votes) }]}
            title="Community votes per entry"
            testId="contest-votes-chart"
          />
        </>
      )}
    </section>
  );
}

/** The contests section of the Challenges page: the current challenge and past winners. */
export function ContestsSection() {
  const list = useQuery(contestsQuery);
  const contests = list.data?.contests ?? [];
  const current = contests.find((c) => c.phase === 'submissions' || c.phase === 'voting') ?? contests[0];
  const past = contests.filter((c) => c.phase === 'closed');
  return (
    <Panel title="Contests" testId="challenges-contests">
      {list.isError ? <p className="error">Could not load the challenges.</p> : null}
      {current === undefined ? (
        <p className="empty">
          No challenge yet: plan them under <code>challenges.contests.schedule</code> in community.yaml.
        </p>
      ) : (
        <CurrentContest contest={current} />
      )}
      {past.length > 0 ? (
        <table className="data-table" data-testid="contest-winners">
          <caption>Past winners</caption>
          <thead>
            <tr>
              <th scope="col">Challenge</th>
              <th scope="col">Closed</th>
              <th scope="col">Winner</th>
              <th scope="col">Runner-up</th>
              <th scope="col">Entries</th>
              <th scope="col">Votes</th>
            </tr>
          </thead>
          <tbody>
            {past.map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>{day(c.closedAt)}</td>
                <td>{c.winnerId ?? '—'}</td>
                <td>{c.runnerUpId ?? '—'}</td>
                <td>{c.entries}</td>
                <td>{c.votes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Panel>
  );
}
