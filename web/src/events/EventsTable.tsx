import { Link } from 'react-router';
import { formatCount } from '../format.js';
import type { EventSummary } from './eventsApi.js';
import { eventTime, percent, STATUS_LABELS } from './eventsFormat.js';

/** Props of {@link EventsTable}. */
export interface EventsTableProps {
  events: readonly EventSummary[];
}

/** The events as a table: when, what, where, status, RSVP counts and attendance. */
export function EventsTable({ events }: EventsTableProps) {
  if (events.length === 0) {
    return (
      <p className="empty" data-testid="events-empty">
        No events in this month.
      </p>
    );
  }
  return (
    <div className="channel-scroll">
      <table className="channel-table events-table" data-testid="events-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Where</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Going
            </th>
            <th scope="col" className="num">
              Maybe
            </th>
            <th scope="col" className="num">
              Waitlist
            </th>
            <th scope="col" className="num" title="Marked interested on Discord">
              Interested
            </th>
            <th scope="col" className="num" title="Attended (share of those going who came)">
              Attended
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="events-row" data-event={event.id}>
              <td className="events-when">{eventTime(event.startAt)}</td>
              <th scope="row">
                <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link>
                <span className="muted small">{event.typeLabel}</span>
              </th>
              <td>{event.place ?? '–'}</td>
              <td>
                <span className={`events-status events-status-${event.status}`}>{STATUS_LABELS[event.status]}</span>
              </td>
              <td className="num">
                {formatCount(event.counts.going)}
                {event.capacity === null ? '' : ` / ${formatCount(event.capacity)}`}
              </td>
              <td className="num">{formatCount(event.counts.maybe)}</td>
              <td className="num">{formatCount(event.counts.waitlisted)}</td>
              <td className="num">{formatCount(event.counts.interested)}</td>
              <td className="num">
                {event.counts.attended === null
                  ? '–'
                  : `${formatCount(event.counts.attended)} (${percent(event.counts.attendanceRate)})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
