import type { MentorshipList } from './learningApi.js';
import { CompatibilityBar } from './CompatibilityBar.js';
import { SESSION_KIND_LABELS, percent, shortDate } from './learningWords.js';

/** Props of {@link JourneyTable}. */
export interface JourneyTableProps {
  mentorships: MentorshipList['mentorships'];
}

/**
 * Active mentorships and their journey: the pair, their compatibility, how far along the
 * planned length they are, sessions met / no-show / skipped / pending and the next one due.
 */
export function JourneyTable({ mentorships }: JourneyTableProps) {
  if (mentorships.length === 0) {
    return (
      <p className="empty" data-testid="learning-journeys-empty">
        No active mentorship. Members ask for one with <code>/mentor find</code> or <code>/mentor request</code>; staff
        run the assignment with <code>/mentor assign</code> or the buttons above.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="leaderboard learning-table" data-testid="learning-journeys">
        <thead>
          <tr>
            <th>Mentor → mentee</th>
            <th>Match</th>
            <th>Progress</th>
            <th className="num" title="Met / no-show / skipped / pending">
              Sessions
            </th>
            <th>Next</th>
          </tr>
        </thead>
        <tbody>
          {mentorships.map((m) => (
            <tr key={m.id} data-testid="learning-journey-row" data-id={m.id}>
              <td>
                <strong>{m.mentor.name}</strong> → {m.mentee.name}
                <div className="muted small">
                  {shortDate(m.startedAt)} – {shortDate(m.endsAt)}
                  {m.source === 'request' ? ' · requested' : ''}
                </div>
              </td>
              <td>{percent(m.compatibility)}</td>
              <td>
                <CompatibilityBar value={m.elapsed} tone="progress" testId="learning-journey-progress" />
              </td>
              <td className="num" data-testid="learning-journey-sessions">
                <span className="learning-met">{m.sessions.met}</span> /{' '}
                <span className="learning-noshow">{m.sessions.noShow}</span> / {m.sessions.skipped} /{' '}
                {m.sessions.pending}
              </td>
              <td className="small">
                {m.nextDue === null
                  ? '–'
                  : `${SESSION_KIND_LABELS[m.nextDue.kind] ?? m.nextDue.kind} ${m.nextDue.seq} · ${shortDate(m.nextDue.dueAt)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
