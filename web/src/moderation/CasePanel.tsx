import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { clockTime, timeAgo } from '../format.js';
import { matchedPart, shortChannel, STATUS_WORDS } from './caseWords.js';
import type { CaseDetail } from './moderationApi.js';
import { caseQuery } from './moderationQueries.js';
import { mentionedIds, useMemberNames, withNames, type NameOf } from './useMemberNames.js';

/** Props of {@link CasePanel}. */
export interface CasePanelProps {
  caseNumber: number;
  onClose: () => void;
}

/**
 * One case in a panel from the side (a Radix dialog; full screen on a phone): what was done
 * and why, the kept messages, the automod rule and what it matched, the appeals and the
 * timeline.
 */
export function CasePanel({ caseNumber, onClose }: CasePanelProps) {
  const detail = useQuery(caseQuery(caseNumber));
  const data = detail.data;
  const ids = data === undefined ? [] : involved(data);
  const nameOf = useMemberNames(ids);
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content className="case-panel" data-testid="case-panel" data-case-number={caseNumber}>
          <header className="case-panel-header">
            <Dialog.Title>Case #{caseNumber}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="button" data-testid="case-panel-close">
                Close
              </button>
            </Dialog.Close>
          </header>
          <Dialog.Description className="visually-hidden">
            The case, its evidence, its appeals and its timeline
          </Dialog.Description>
          <ErrorBanner message={detail.error === null ? null : describeError(detail.error)} />
          {data === undefined ? (
            detail.error === null && <p className="loading">Loading…</p>
          ) : (
            <CaseBody detail={data} nameOf={nameOf} />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CaseBody({ detail, nameOf }: { detail: CaseDetail; nameOf: NameOf }) {
  const c = detail.case;
  const matched = matchedPart(c);
  const now = Date.now();
  return (
    <div className="case-panel-body">
      <section className="case-summary">
        <div className="case-row-title">
          <span className={`case-kind case-kind-${c.kind}`}>{c.label}</span>
          <span className="strong" data-testid="case-panel-member">
            {c.userId === null ? 'the whole server' : nameOf(c.userId)}
          </span>
          <span className={`case-status case-status-${c.status}`} data-testid="case-panel-status">
            {STATUS_WORDS[c.status]}
          </span>
        </div>
        <p className="case-reason">{withNames(c.reason, nameOf)}</p>
        <dl className="case-facts">
          <dt>By</dt>
          <dd>{c.actorId === null ? 'automod' : nameOf(c.actorId)}</dd>
          <dt>Opened</dt>
          <dd title={new Date(c.createdAt).toLocaleString()}>{timeAgo(c.createdAt, now)}</dd>
          {c.strike && (
            <>
              <dt>Strike</dt>
              <dd>
                {strikeWords(c)}
                {c.ladderStep === null ? '' : ` (ladder step ${c.ladderStep})`}
              </dd>
            </>
          )}
          {c.expiresAt !== null && (
            <>
              <dt>{c.expiresAt > now ? 'Ends' : 'Ended'}</dt>
              <dd title={new Date(c.expiresAt).toLocaleString()}>{new Date(c.expiresAt).toLocaleString()}</dd>
            </>
          )}
          {c.applyError !== null && (
            <>
              <dt>Not carried out</dt>
              <dd className="warning">{c.applyError}</dd>
            </>
          )}
          {c.closeReason !== null && (
            <>
              <dt>Closed</dt>
              <dd data-testid="case-panel-close-reason">{withNames(c.closeReason, nameOf)}</dd>
            </>
          )}
        </dl>
      </section>

      {c.rule !== null && (
        <section className="case-section" data-testid="case-rule">
          <h3>Automod rule</h3>
          <p>
            <span className="strong">{c.rule.name ?? c.rule.id}</span>{' '}
            <span className="muted small">
              {[c.rule.id, c.rule.category, c.rule.severity].filter((part) => part !== null).join(' · ')}
            </span>
          </p>
          {matched !== null && (
            <p>
              <span className="muted small">Matched: </span>
              <mark className="case-matched" data-testid="case-matched">
                {matched}
              </mark>
            </p>
          )}
        </section>
      )}

      <section className="case-section" data-testid="case-evidence">
        <h3>Evidence</h3>
        {c.evidence.length === 0 ? (
          <p className="muted small">No messages kept with this case.</p>
        ) : (
          <ul className="evidence-list">
            {c.evidence.map((message) => (
              <li key={message.messageId} className="evidence" data-testid="evidence">
                <div className="muted small">
                  <span className="strong">{nameOf(message.authorId)}</span> in {shortChannel(message.channelId)} at{' '}
                  {clockTime(message.postedAt)}, {new Date(message.postedAt).toLocaleDateString()}
                </div>
                <div className="evidence-content">{message.content === '' ? '(no text)' : message.content}</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="case-section" data-testid="case-appeals">
        <h3>Appeals</h3>
        {detail.appeals.length === 0 ? (
          <p className="muted small">Not appealed.</p>
        ) : (
          <ul className="evidence-list">
            {detail.appeals.map((a) => (
              <li key={a.appealId} className="evidence" data-testid="case-appeal" data-status={a.status}>
                <div className="muted small">
                  Appeal #{a.appealId} ({a.level}) by {nameOf(a.filedBy)}, {timeAgo(a.createdAt, now)} ·{' '}
                  <span className="strong">{a.status}</span>
                  {a.decidedBy !== null && ` by ${nameOf(a.decidedBy)}`}
                </div>
                <div className="evidence-content">{a.statement}</div>
                {a.decisionReason !== null && <div className="small">Reasoning: {a.decisionReason}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="case-section" data-testid="case-timeline">
        <h3>Timeline</h3>
        <ol className="case-timeline">
          {detail.timeline.map((entry, i) => (
            <li key={`${entry.at}:${i}`} data-kind={entry.kind} data-testid="timeline-entry">
              <span className="muted small" title={new Date(entry.at).toLocaleString()}>
                {new Date(entry.at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}
              </span>
              <span>
                {withNames(entry.text, nameOf)}
                {entry.actorId !== null && <span className="muted"> · {nameOf(entry.actorId)}</span>}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** Whether the case's strike still counts on the escalation ladder. */
function strikeWords(c: CaseDetail['case']): string {
  if (c.status === 'overturned' || c.status === 'revoked') return 'withdrawn with the case';
  return c.strikeDecayed ? 'no longer counts (decayed)' : 'counts';
}

/** Everyone the case names: the member, the moderator, message authors, appellants, reviewers, mentions. */
function involved({ case: c, appeals, timeline }: CaseDetail): (string | null)[] {
  return [
    c.userId,
    c.actorId,
    ...c.evidence.map((m) => m.authorId),
    ...appeals.flatMap((a) => [a.filedBy, a.decidedBy]),
    ...timeline.flatMap((t) => [t.actorId, ...mentionedIds(t.text)]),
    ...mentionedIds(c.reason),
  ];
}
