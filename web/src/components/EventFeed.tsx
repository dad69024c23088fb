import type { EventSummary } from '../api/dashboardApi.js';
import { timeAgo } from '../format.js';
import { eventColor } from './eventColor.js';

/** Props of {@link EventFeed}. */
export interface EventFeedProps {
  events: readonly EventSummary[];
  /** Current time, for "5 min ago". */
  now: number;
}

/** The latest events, newest first, one human-readable line each. */
export function EventFeed({ events, now }: EventFeedProps) {
  if (events.length === 0) return <p className="empty">Nothing has happened yet.</p>;
  return (
    <ol className="event-feed" data-testid="event-feed">
      {events.map((event) => (
        <li key={event.id} className="event-row" data-testid="event-row" data-type={event.type}>
          <span className="event-dot" style={{ background: eventColor(event.type) }} />
          <div className="event-text">
            <div className="event-summary">{event.summary}</div>
            <div className="event-meta">
              <code>{event.type}</code> · {event.source} ·{' '}
              <time
                dateTime={new Date(event.occurredAt).toISOString()}
                title={new Date(event.occurredAt).toLocaleString()}
              >
                {timeAgo(event.occurredAt, now)}
              </time>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
