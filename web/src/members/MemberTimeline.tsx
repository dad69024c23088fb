import { Panel } from '../components/Panel.js';
import { eventColor } from '../components/eventColor.js';
import { formatAgo, formatMoment } from './memberDates.js';
import type { MemberProfile } from './membersApi.js';
import { memberTimeline } from './memberTimeline.js';

/** Props of {@link MemberTimeline}. */
export interface MemberTimelineProps {
  profile: MemberProfile;
  now: number;
}

/** Joins, departures and the member's latest events on one vertical line, newest first. */
export function MemberTimeline({ profile, now }: MemberTimelineProps) {
  const entries = memberTimeline(profile);
  return (
    <Panel title="Timeline" aside="joins, departures and latest activity" testId="profile-timeline">
      {entries.length === 0 ? (
        <p className="empty">Nothing recorded for this member yet.</p>
      ) : (
        <ol className="member-timeline">
          {entries.map((entry) => (
            <li
              key={entry.key}
              className={`member-timeline-entry member-timeline-${entry.kind}`}
              data-testid="timeline-entry"
              data-kind={entry.kind}
            >
              <span
                className="member-timeline-dot"
                style={entry.type === null ? undefined : { background: eventColor(entry.type) }}
                aria-hidden="true"
              />
              <div className="member-timeline-text">
                <span className="member-timeline-summary">{entry.text}</span>
                {entry.note !== null && <span className="muted"> ({entry.note})</span>}
              </div>
              <time
                className="member-timeline-time"
                dateTime={new Date(entry.at).toISOString()}
                title={formatMoment(entry.at)}
              >
                {formatAgo(entry.at, now)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
