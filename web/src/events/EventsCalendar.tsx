import { Link } from 'react-router';
import type { EventSummary } from './eventsApi.js';
import { localDate, monthGrid, timeOfDay, type MonthKey } from './eventsFormat.js';

/** Props of {@link EventsCalendar}. */
export interface EventsCalendarProps {
  month: MonthKey;
  events: readonly EventSummary[];
  /** Today as a local date, to mark it. */
  today: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A month as a grid of weeks from Monday, each day with its events (time and title, linking to
 * the event's page; cancelled ones struck through). On a phone the grid becomes a list of the
 * days that have events.
 */
export function EventsCalendar({ month, events, today }: EventsCalendarProps) {
  const days = monthGrid(month);
  const byDay = new Map<string, EventSummary[]>();
  for (const event of events) {
    const day = localDate(event.startAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return (
    <div className="events-calendar" data-testid="events-calendar">
      {WEEKDAYS.map((day) => (
        <div key={day} className="events-weekday" aria-hidden="true">
          {day}
        </div>
      ))}
      {days.map((day) => {
        const inMonth = day.startsWith(month);
        const dayEvents = byDay.get(day) ?? [];
        return (
          <div
            key={day}
            className={`events-day${inMonth ? '' : ' events-day-outside'}${day === today ? ' events-day-today' : ''}${dayEvents.length === 0 ? ' events-day-empty' : ''}`}
            data-testid="events-day"
            data-day={day}
          >
            <div className="events-day-number">
              <span className="events-day-weekday">{WEEKDAYS[(new Date(`${day}T12:00:00`).getDay() + 6) % 7]} </span>
              {Number(day.slice(8))}
            </div>
            {dayEvents.map((event) => (
              <Link
                key={event.id}
                to={`/events/${encodeURIComponent(event.id)}`}
                className={`events-chip events-type-${event.type}${event.status === 'canceled' ? ' events-chip-cancelled' : ''}`}
                data-testid="events-chip"
                title={`${event.title} (${event.typeLabel})`}
              >
                <span className="events-chip-time">{timeOfDay(event.startAt)}</span> {event.title}
              </Link>
            ))}
          </div>
        );
      })}
    </div>
  );
}
