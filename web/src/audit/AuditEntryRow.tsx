import type { AuditEntry } from './auditApi.js';
import { actionArea, actionLabel, actorKindLabel, auditTime, detailLines, targetLabel } from './auditText.js';
import { timeAgo } from '../format.js';

/** Props of {@link AuditEntryRow}. */
export interface AuditEntryRowProps {
  entry: AuditEntry;
  now: number;
  /** Shows only this actor's actions. */
  onActor: (actor: string) => void;
}

/**
 * One staff action as a sentence ("Noor warned Sam"), when and where from, and its details
 * as labelled values; the raw action name stays visible for searching the docs.
 */
export function AuditEntryRow({ entry, now, onActor }: AuditEntryRowProps) {
  const target = targetLabel(entry);
  const details = detailLines(entry.details);
  const area = actionArea(entry.action);
  return (
    <li className="audit-entry" data-testid="audit-entry" data-action={entry.action} data-actor={entry.actor}>
      <div className="audit-when">
        <time dateTime={new Date(entry.at).toISOString()} title={auditTime(entry.at)}>
          {timeAgo(entry.at, now)}
        </time>
        <span className="audit-date">{auditTime(entry.at)}</span>
      </div>
      <div className="audit-what">
        <div className="audit-sentence" data-testid="audit-sentence">
          <button
            type="button"
            className="audit-actor"
            title={`Only actions by ${entry.actorName} (${entry.actor})`}
            onClick={() => onActor(entry.actor)}
            data-testid="audit-actor"
          >
            {entry.actorName}
          </button>{' '}
          {actionLabel(entry.action)}
          {target !== null && (
            <>
              {' '}
              <strong className="audit-target" title={entry.target ?? undefined} data-testid="audit-target">
                {target}
              </strong>
            </>
          )}
        </div>
        <div className="audit-meta">
          <span className={`audit-area audit-area-${area}`}>{entry.action}</span>
          <span className="muted small">via {actorKindLabel(entry.actorKind)}</span>
        </div>
        {details.length > 0 && (
          <dl className="audit-details" data-testid="audit-details">
            {details.map((line) => (
              <div key={line.key} className="audit-detail">
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </li>
  );
}
