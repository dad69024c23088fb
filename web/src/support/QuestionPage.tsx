import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Panel } from '../components/Panel.js';
import type { QuestionDetail } from './supportApi.js';
import { duration } from './supportFormat.js';
import { questionQuery } from './supportQueries.js';
import { SupportQueryStatus } from './SupportQueryStatus.js';
import '../analytics/analytics.css';
import './support.css';

const STATUS_TEXT: Record<QuestionDetail['question']['status'], string> = {
  open: 'Open',
  answered: 'Answered',
  solved: 'Solved',
  dormant: 'Dormant',
};

const VIA_TEXT: Record<NonNullable<QuestionDetail['question']['solvedVia']>, string> = {
  command: '/solved',
  context_menu: 'Mark as solution',
  button: 'the Solved button',
  tag: 'the Solved tag',
};

const when = (ms: number): string => new Date(ms).toLocaleString();

/**
 * One question: its status, who answered first and how fast, the solution, the tiers it was
 * escalated to, the members taking part and the similar questions suggested when it was asked.
 */
export function QuestionPage() {
  const { id = '' } = useParams();
  const query = useQuery(questionQuery(id));
  const data = query.data;
  const q = data?.question;
  return (
    <div className="page support-page" data-testid="question-page">
      <header className="page-header">
        <div>
          <p className="page-subtitle">
            <Link to="/support">Support</Link> ›
          </p>
          <h1 data-testid="question-title">{q?.title ?? 'Question'}</h1>
          {q !== undefined && (
            <p className="page-subtitle">
              <span className={`support-status support-status-q-${q.status}`} data-testid="question-status">
                {STATUS_TEXT[q.status]}
              </span>{' '}
              {q.tags.map((tag) => (
                <span key={tag} className="support-tag">
                  {tag}
                </span>
              ))}
            </p>
          )}
        </div>
        {q !== undefined && (
          <a className="button" href={q.threadUrl} target="_blank" rel="noreferrer">
            Open on Discord
          </a>
        )}
      </header>
      <SupportQueryStatus error={query.error} pending={query.isPending} what="This question" testId="question" />
      {data !== undefined && q !== undefined && (
        <>
          <Panel title="Timeline" testId="question-timeline">
            <dl className="support-facts">
              <dt>Asked</dt>
              <dd>
                {when(q.askedAt)} by {q.askerName}
              </dd>
              <dt>First response</dt>
              <dd>
                {q.firstResponseAt === null
                  ? 'none yet'
                  : `${duration(q.firstResponseAt - q.askedAt)} later by ${q.firstResponderName ?? '?'} (${q.answeredBy ?? 'community'})`}
              </dd>
              <dt>Solution</dt>
              <dd>
                {q.solvedAt === null
                  ? 'not marked'
                  : `${duration(q.solvedAt - q.askedAt)} after asking${q.solutionAuthorName === null ? '' : `, written by ${q.solutionAuthorName}`}${q.solvedVia === null ? '' : ` (${VIA_TEXT[q.solvedVia]})`}`}
              </dd>
              <dt>Tier</dt>
              <dd>
                {q.tierName ?? '–'}
                {q.escalateAt === null ? '' : ` · moves on ${when(q.escalateAt)}`}
              </dd>
              {q.archivedAt !== null && (
                <>
                  <dt>Archived</dt>
                  <dd>{when(q.archivedAt)}</dd>
                </>
              )}
            </dl>
          </Panel>
          <div className="grid-2 grid-top">
            <Panel title="Escalations" testId="question-escalations">
              {data.escalations.length === 0 ? (
                <p className="empty">
                  Not escalated: it was answered within the first tier’s target, or is still in it.
                </p>
              ) : (
                <ul className="support-list">
                  {data.escalations.map((e) => (
                    <li key={e.tier} data-testid="question-escalation">
                      {e.overdue ? <strong>Overdue</strong> : <>to {e.tierName}</>} · {when(e.escalatedAt)}
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            <Panel title="People" testId="question-people">
              {data.participants.length === 0 ? (
                <p className="empty">Nobody has written in the thread yet.</p>
              ) : (
                <ul className="support-list">
                  {data.participants.map((p) => (
                    <li key={p.userId} data-testid="question-participant">
                      <Link to={`/members/${p.userId}`}>{p.name}</Link>
                      {p.asker && <span className="support-tag">asker</span>}
                      {p.staff && <span className="support-tag support-tag-staff">staff</span>} · {p.messages}{' '}
                      {p.messages === 1 ? 'message' : 'messages'}
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
          </div>
          {data.suggestions.length > 0 && (
            <Panel title="Similar questions suggested" testId="question-suggestions">
              <ul className="support-list">
                {data.suggestions.map((s) => (
                  <li key={s.id}>
                    <Link to={`/support/questions/${s.id}`}>{s.title ?? s.id}</Link>{' '}
                    <span className="muted small">score {s.score.toFixed(2)}</span>
                  </li>
                ))}
              </ul>
            </Panel>
          )}
        </>
      )}
    </div>
  );
}
