import { useQuery } from '@tanstack/react-query';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { LearningBarChart } from '../learning/LearningBarChart.js';
import { accountsQuery } from './accountsQueries.js';

const KINDS = [
  ['code_contribution', 'Merged pull requests'],
  ['code_review', 'Reviews'],
  ['bug_reported', 'Bug reports'],
] as const;

const METHOD_LABELS = { bio: 'code in bio', gist: 'code in gist', staff: 'linked by staff' } as const;

/** The accounts section of the Integrations page: linked members and their GitHub credits. */
export function AccountsSection() {
  const { data, error, isPending } = useQuery(accountsQuery);
  const aside =
    data === undefined
      ? undefined
      : `${formatCount(data.accounts.length)} linked · ${formatCount(data.pendingVerifications)} verifying · ${formatCount(data.mappedLogins)} mapped`;
  return (
    <Panel title="Linked GitHub accounts" aside={aside} testId="integrations-accounts">
      {isPending && <p className="empty">Loading…</p>}
      {error !== null && <p className="empty">Could not load the linked accounts (moderators only).</p>}
      {data !== undefined && (
        <>
          {KINDS.some(([kind]) => data.totals[kind] > 0) && (
            <LearningBarChart
              labels={KINDS.map(([, label]) => label)}
              series={[{ label: 'Credits', color: '#5865f2', values: KINDS.map(([kind]) => data.totals[kind]) }]}
              title="GitHub contributions credited, by kind"
              testId="integrations-accounts-chart"
              height={160}
            />
          )}
          {data.accounts.length === 0 ? (
            <p className="empty" data-testid="integrations-accounts-empty">
              No linked accounts yet: members run <code>/github link</code>.
            </p>
          ) : (
            <table className="leaderboard" data-testid="integrations-accounts-table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">GitHub</th>
                  <th scope="col">Linked</th>
                  {KINDS.map(([kind, label]) => (
                    <th scope="col" key={kind}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.accounts.map((a) => (
                  <tr key={a.userId} data-user={a.userId}>
                    <td>{a.name ?? a.userId}</td>
                    <td>
                      <a href={`https://github.com/${a.login}`} rel="noreferrer" target="_blank">
                        {a.login}
                      </a>
                    </td>
                    <td>
                      {new Date(a.linkedAt).toLocaleDateString()}{' '}
                      <span className="muted small">{METHOD_LABELS[a.method]}</span>
                    </td>
                    {KINDS.map(([kind]) => (
                      <td key={kind}>{formatCount(a.credits[kind])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Panel>
  );
}
