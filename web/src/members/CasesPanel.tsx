import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiRequestError, describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { formatMoment } from './memberDates.js';
import { MEMBERS_REFRESH_MS, memberCasesQuery } from './memberQueries.js';
import type { MemberCase } from './membersApi.js';

/** Props of {@link CasesPanel}. */
export interface CasesPanelProps {
  userId: string;
}

/** A member's moderation cases, newest first, and their strikes that still count (moderators). */
export function CasesPanel({ userId }: CasesPanelProps) {
  const query = useQuery({ ...memberCasesQuery(userId), refetchInterval: MEMBERS_REFRESH_MS });
  const { data } = query;
  if (query.error instanceof ApiRequestError && query.error.status === 404) {
    return (
      <Panel title="Cases" testId="profile-cases">
        <p className="empty">The moderation module is off: no cases.</p>
      </Panel>
    );
  }
  return (
    <Panel
      title="Cases"
      aside={
        data === undefined ? undefined : (
          <span data-testid="profile-active-strikes">
            {formatCount(data.activeStrikes)} active {data.activeStrikes === 1 ? 'strike' : 'strikes'}
          </span>
        )
      }
      testId="profile-cases"
    >
      <ErrorBanner message={query.error === null ? null : describeError(query.error)} />
      {data === undefined && query.isPending && <p className="loading">Loading…</p>}
      {data !== undefined && data.cases.length === 0 && (
        <p className="empty" data-testid="profile-cases-empty">
          No cases: this member was never warned or sanctioned.
        </p>
      )}
      {data !== undefined && data.cases.length > 0 && (
        <ul className="member-case-list">
          {data.cases.map((c) => (
            <CaseItem key={c.caseNumber} item={c} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function CaseItem({ item }: { item: MemberCase }) {
  const ruleName = item.rule?.name ?? null;
  return (
    <li className="member-case-item" data-testid="profile-case" data-case-number={item.caseNumber}>
      <div className="member-case-line">
        <span className="member-case-number">#{item.caseNumber}</span>
        <span className="member-case-label">{item.label}</span>
        <span className={`member-case-status member-case-status-${item.status}`}>{item.status}</span>
        {item.strike && !item.strikeDecayed && (
          <span className="member-case-status member-case-status-strike">strike</span>
        )}
      </div>
      <div className="member-case-reason">
        {item.reason === '' ? <span className="muted">No reason given</span> : item.reason}
      </div>
      <div className="muted small">
        {formatMoment(item.createdAt)} · by{' '}
        {item.actorId === null ? (
          `automod${ruleName === null ? '' : ` (${ruleName})`}`
        ) : (
          <Link to={`/members/${item.actorId}`}>a moderator</Link>
        )}
        {item.evidence.length > 0 &&
          ` · ${formatCount(item.evidence.length)} ${item.evidence.length === 1 ? 'message' : 'messages'} kept`}
        {item.applyError !== null && <span className="warning"> · not carried out: {item.applyError}</span>}
      </div>
    </li>
  );
}
