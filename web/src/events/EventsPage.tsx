import * as Tabs from '@radix-ui/react-tabs';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Panel } from '../components/Panel.js';
import { EventsBarChart } from './EventsBarChart.js';
import { EventsCalendar } from './EventsCalendar.js';
import { localDate, monthGrid, monthName, monthOf, percent, shiftMonth } from './eventsFormat.js';
import { eventsQuery, eventStatsQuery } from './eventsQueries.js';
import { EventsQueryStatus } from './EventsQueryStatus.js';
import { EventsTable } from './EventsTable.js';
import '../analytics/analytics.css';
import './events.css';

const VIEWS = ['calendar', 'list'] as const;
type View = (typeof VIEWS)[number];

const DAY_MS = 86_400_000;
const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Events: a month as a calendar grid or a list (Radix tabs), each event linking to its page,
 * and the attendance rate of the last 90 days' events as a chart. Month and view are in the
 * URL (`?month=2026-03&view=list`).
 */
export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const now = Date.now();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? (params.get('month') as string) : monthOf(now);
  const view: View = params.get('view') === 'list' ? 'list' : 'calendar';
  const grid = monthGrid(month);
  // The grid's local days, a day wider on each side: the API reads UTC days.
  const firstDay = Date.parse(`${grid[0] ?? `${month}-01`}T00:00:00`);
  const lastDay = Date.parse(`${grid.at(-1) ?? `${month}-28`}T00:00:00`);
  const range = { from: utcDay(firstDay - DAY_MS), to: utcDay(lastDay + DAY_MS) };
  const events = useQuery(eventsQuery(range));
  const stats = useQuery(eventStatsQuery({ from: utcDay(now - 89 * DAY_MS), to: utcDay(now) }));
  const formatRate = useCallback((value: number) => percent(value), []);

  const go = (nextMonth: string, nextView: View): void => {
    const next = new URLSearchParams();
    if (nextMonth !== monthOf(now)) next.set('month', nextMonth);
    if (nextView !== 'calendar') next.set('view', nextView);
    setParams(next);
  };
  const shown = (events.data?.events ?? []).filter(
    (e) => view === 'calendar' || localDate(e.startAt).startsWith(month),
  );
  const rated = (stats.data?.events ?? []).filter((e) => e.attendanceRate !== null);

  return (
    <div className="page events-page" data-testid="events-page">
      <header className="page-header">
        <div>
          <h1>Events</h1>
          <p className="page-subtitle">
            Times in your time zone. Subscribe to the community calendar:{' '}
            <a href="/api/events/calendar.ics" data-testid="events-ics-link">
              calendar.ics
            </a>
          </p>
        </div>
        <Link className="button" to="/events/programme" data-testid="events-programme-link">
          Programme
        </Link>
      </header>

      <Tabs.Root value={view} onValueChange={(value) => go(month, value === 'list' ? 'list' : 'calendar')}>
        <Panel
          title={monthName(month)}
          testId="events-month-panel"
          aside={
            <div className="events-controls">
              <div className="events-month-nav">
                <button
                  type="button"
                  className="tab"
                  onClick={() => go(shiftMonth(month, -1), view)}
                  aria-label="Previous month"
                  data-testid="events-prev-month"
                >
                  ‹
                </button>
                <button
                  type="button"
                  className="tab"
                  onClick={() => go(monthOf(now), view)}
                  data-testid="events-this-month"
                >
                  Today
                </button>
                <button
                  type="button"
                  className="tab"
                  onClick={() => go(shiftMonth(month, 1), view)}
                  aria-label="Next month"
                  data-testid="events-next-month"
                >
                  ›
                </button>
              </div>
              <Tabs.List className="tabs" aria-label="Show events as">
                {VIEWS.map((v) => (
                  <Tabs.Trigger key={v} value={v} className="tab" data-testid={`events-view-${v}`}>
                    {v === 'calendar' ? 'Calendar' : 'List'}
                  </Tabs.Trigger>
                ))}
              </Tabs.List>
            </div>
          }
        >
          <EventsQueryStatus error={events.error} pending={events.isPending} what="The events" testId="events" />
          {events.data !== undefined && (
            <>
              <Tabs.Content value="calendar">
                <EventsCalendar month={month} events={shown} today={localDate(now)} />
              </Tabs.Content>
              <Tabs.Content value="list">
                <EventsTable events={shown} />
              </Tabs.Content>
            </>
          )}
        </Panel>
      </Tabs.Root>

      <Panel title="Attendance rate" aside="ended events, last 90 days" testId="events-attendance-panel">
        <EventsQueryStatus error={stats.error} pending={stats.isPending} what="Attendance" testId="events-stats" />
        {stats.data !== undefined &&
          (rated.length === 0 ? (
            <p className="empty" data-testid="events-attendance-empty">
              No ended events with RSVPs in the last 90 days.
            </p>
          ) : (
            <EventsBarChart
              bars={rated.map((e) => ({ label: e.title, value: e.attendanceRate ?? 0 }))}
              max={1}
              format={formatRate}
              title="Share of members going who attended, per event"
              testId="events-attendance-chart"
            />
          ))}
        {stats.data !== undefined && stats.data.byType.length > 0 && (
          <div className="channel-scroll">
            <table className="channel-table" data-testid="events-by-type">
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col" className="num">
                    Events
                  </th>
                  <th scope="col" className="num">
                    Attendance
                  </th>
                  <th scope="col" className="num">
                    Answers
                  </th>
                  <th scope="col" className="num">
                    Rating
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.data.byType.map((t) => (
                  <tr key={t.type}>
                    <th scope="row">{t.typeLabel}</th>
                    <td className="num">{t.events}</td>
                    <td className="num">{percent(t.attendanceRate)}</td>
                    <td className="num">{t.surveyResponses}</td>
                    <td className="num">{t.rating === null ? '–' : t.rating.toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}
