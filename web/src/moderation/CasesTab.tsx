import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { formatCount, timeAgo } from '../format.js';
import { CaseFilterBar } from './CaseFilterBar.js';
import { STATUS_WORDS } from './caseWords.js';
import type { CaseFilters, ModerationCase } from './moderationApi.js';
import { automodRulesQuery, casesQuery } from './moderationQueries.js';
import { useMemberNames, withNames, type NameOf } from './useMemberNames.js';

const PAGE_SIZE = 25;

/** Props of {@link CasesTab}. */
export interface CasesTabProps {
  filters: CaseFilters;
  onFiltersChange: (filters: CaseFilters) => void;
  onOpenCase: (caseNumber: number) => void;
}

/** Cases newest first, filtered and paged; a case opens in the case panel. */
export function CasesTab({ filters, onFiltersChange, onOpenCase }: CasesTabProps) {
  // A member id being typed is not asked for until it is whole.
  const asked: CaseFilters = { ...filters, limit: PAGE_SIZE };
  if (asked.userId !== undefined && !/^\d{5,25}$/.test(asked.userId)) delete asked.userId;
  const cases = useQuery({ ...casesQuery(asked), placeholderData: keepPreviousData });
  const rules = useQuery(automodRulesQuery);
  const list = cases.data?.cases ?? [];
  const nameOf = useMemberNames(list.flatMap((c) => [c.userId, c.actorId]));
  const total = cases.data?.total ?? 0;
  const offset = filters.offset ?? 0;
  const error = cases.error === null ? null : describeError(cases.error);
  return (
    <div className="moderation-tab" data-testid="cases-tab">
      <CaseFilterBar
        filters={filters}
        ruleIds={(rules.data?.rules ?? []).map((r) => r.ruleId)}
        onChange={onFiltersChange}
      />
      <ErrorBanner message={error} />
      {cases.data === undefined ? (
        error === null && <p className="loading">Loading…</p>
      ) : list.length === 0 ? (
        <p className="empty" data-testid="cases-empty">
          No cases match these filters.
        </p>
      ) : (
        <>
          <ul className="case-list" data-testid="case-list">
            {list.map((c) => (
              <CaseRow
                key={c.caseNumber}
                c={c}
                nameOf={nameOf}
                onOpen={() => onOpenCase(c.caseNumber)}
                onMember={(userId) => onFiltersChange({ ...filters, userId, offset: 0 })}
              />
            ))}
          </ul>
          <footer className="case-paging">
            <span className="muted small" data-testid="cases-count">
              {formatCount(offset + 1)}–{formatCount(offset + list.length)} of {formatCount(total)}
            </span>
            <div className="case-paging-buttons">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => onFiltersChange({ ...filters, offset: Math.max(0, offset - PAGE_SIZE) })}
              >
                Newer
              </button>
              <button
                type="button"
                className="button"
                disabled={offset + list.length >= total}
                onClick={() => onFiltersChange({ ...filters, offset: offset + PAGE_SIZE })}
              >
                Older
              </button>
            </div>
          </footer>
        </>
      )}
    </div>
  );
}

interface CaseRowProps {
  c: ModerationCase;
  nameOf: NameOf;
  onOpen: () => void;
  onMember: (userId: string) => void;
}

function CaseRow({ c, nameOf, onOpen, onMember }: CaseRowProps) {
  return (
    <li className="case-row" data-testid="case-row" data-case-number={c.caseNumber} data-status={c.status}>
      <button type="button" className="case-row-open" onClick={onOpen} aria-label={`Open case #${c.caseNumber}`}>
        #{c.caseNumber}
      </button>
      <div className="case-row-main">
        <div className="case-row-title">
          <span className={`case-kind case-kind-${c.kind}`}>{c.label}</span>
          {c.userId === null ? (
            <span className="muted">the whole server</span>
          ) : (
            <button
              type="button"
              className="link-button strong"
              title="Only this member's cases"
              onClick={() => onMember(c.userId ?? '')}
              data-testid="case-member"
            >
              {nameOf(c.userId)}
            </button>
          )}
          <span className={`case-status case-status-${c.status}`} data-testid="case-status">
            {STATUS_WORDS[c.status]}
          </span>
        </div>
        <button type="button" className="case-row-reason" onClick={onOpen}>
          {withNames(c.reason, nameOf)}
        </button>
        <div className="muted small">
          {c.actorId === null ? `automod${c.rule === null ? '' : ` · ${c.rule.name ?? c.rule.id}`}` : nameOf(c.actorId)}{' '}
          · <span title={new Date(c.createdAt).toLocaleString()}>{timeAgo(c.createdAt, Date.now())}</span>
          {c.evidence.length > 0 && ` · ${c.evidence.length} message${c.evidence.length === 1 ? '' : 's'} kept`}
        </div>
      </div>
    </li>
  );
}
