import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { timeAgo } from '../format.js';
import { DecisionDialog } from './DecisionDialog.js';
import type { QueuedAppeal } from './moderationApi.js';
import { pendingAppealsQuery } from './moderationQueries.js';
import { useMemberNames, withNames, type NameOf } from './useMemberNames.js';

/** An appeal being decided: which, and which way. */
interface Deciding {
  appeal: QueuedAppeal;
  outcome: 'upheld' | 'overturned';
}

/** Props of {@link AppealsTab}. */
export interface AppealsTabProps {
  /** Opens a case in the case panel. */
  onOpenCase: (caseNumber: number) => void;
}

/**
 * The appeals queue, longest waiting first: the member, their case, their statement, how long
 * it has waited, and Uphold / Overturn (each asking for the reasoning).
 */
export function AppealsTab({ onOpenCase }: AppealsTabProps) {
  const appeals = useQuery(pendingAppealsQuery);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const queue = appeals.data?.appeals ?? [];
  const nameOf = useMemberNames(queue.flatMap((a) => [a.userId, a.filedBy, a.case?.actorId ?? null]));
  const error = appeals.error === null ? null : describeError(appeals.error);
  return (
    <div className="moderation-tab" data-testid="appeals-tab">
      <ErrorBanner message={error} />
      {decided !== null && (
        <div className="notice" role="status" data-testid="decision-message">
          {decided}
        </div>
      )}
      {appeals.data === undefined ? (
        error === null && <p className="loading">Loading…</p>
      ) : queue.length === 0 ? (
        <p className="empty" data-testid="appeals-empty">
          No appeals waiting. Members appeal from the button on the notice the bot sends them.
        </p>
      ) : (
        <ul className="appeal-list" data-testid="appeal-list">
          {queue.map((appeal) => (
            <AppealCard
              key={appeal.appealId}
              appeal={appeal}
              nameOf={nameOf}
              onOpenCase={onOpenCase}
              onDecide={(outcome) => {
                setDecided(null);
                setDeciding({ appeal, outcome });
              }}
            />
          ))}
        </ul>
      )}
      {deciding !== null && (
        <DecisionDialog
          key={`${deciding.appeal.appealId}:${deciding.outcome}`}
          appeal={deciding.appeal}
          outcome={deciding.outcome}
          memberName={nameOf(deciding.appeal.userId)}
          onDecided={(result) => {
            setDeciding(null);
            setDecided(result.message);
          }}
          onCancel={() => setDeciding(null)}
        />
      )}
    </div>
  );
}

interface AppealCardProps {
  appeal: QueuedAppeal;
  nameOf: NameOf;
  onOpenCase: (caseNumber: number) => void;
  onDecide: (outcome: 'upheld' | 'overturned') => void;
}

function AppealCard({ appeal, nameOf, onOpenCase, onDecide }: AppealCardProps) {
  const c = appeal.case;
  const now = Date.now();
  return (
    <li className="appeal-card" data-testid="appeal" data-appeal-id={appeal.appealId}>
      <header className="appeal-card-header">
        <div>
          <span className="strong" data-testid="appeal-member">
            {nameOf(appeal.userId)}
          </span>{' '}
          <span className="muted">
            appeals{' '}
            <button type="button" className="link-button" onClick={() => onOpenCase(appeal.caseNumber)}>
              case #{appeal.caseNumber}
            </button>
          </span>
        </div>
        <span className="muted small" title={new Date(appeal.createdAt).toLocaleString()}>
          {appeal.level === 'final' ? 'final appeal (admins) · ' : ''}waiting {timeAgo(appeal.createdAt, now)}
          {appeal.flaggedAt !== null && <span className="case-tag case-tag-alert">overdue</span>}
        </span>
      </header>
      {c !== null && (
        <p className="appeal-case" data-testid="appeal-case">
          <span className={`case-kind case-kind-${c.kind}`}>{c.label}</span> {withNames(c.reason, nameOf)}
          <span className="muted small">
            {' '}
            · by {c.actorId === null ? `automod${c.ruleId === null ? '' : ` (${c.ruleId})`}` : nameOf(c.actorId)} ·{' '}
            {timeAgo(c.createdAt, now)}
          </span>
        </p>
      )}
      <blockquote className="appeal-statement" data-testid="appeal-statement">
        {appeal.statement}
      </blockquote>
      {appeal.filedBy !== appeal.userId && (
        <p className="muted small">Filed by {nameOf(appeal.filedBy)} on their behalf</p>
      )}
      <footer className="appeal-actions">
        <button type="button" className="button" onClick={() => onDecide('upheld')} data-testid="appeal-uphold">
          Uphold…
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => onDecide('overturned')}
          data-testid="appeal-overturn"
        >
          Overturn…
        </button>
      </footer>
    </li>
  );
}
