import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Panel } from '../components/Panel.js';
import type { Programme } from './eventsApi.js';
import { eventTime, STATUS_LABELS } from './eventsFormat.js';
import { programmeQuery } from './eventsQueries.js';
import { EventsQueryStatus } from './EventsQueryStatus.js';
import '../analytics/analytics.css';
import './events.css';

type Occurrence = Programme['series'][number]['next'][number];

/**
 * The programme as code: each series of community.yaml with its rule in words (and as
 * written), its place and length, and its next occurrences with their status; then the
 * one-off events.
 */
export function ProgrammePage() {
  const query = useQuery(programmeQuery);
  const data = query.data;
  return (
    <div className="page events-page" data-testid="programme-page">
      <header className="page-header">
        <div>
          <p className="page-subtitle">
            <Link to="/events">Events</Link> ›
          </p>
          <h1>Programme</h1>
          {data !== undefined && (
            <p className="page-subtitle">Times of day in {data.timezone}; dates below in your time zone.</p>
          )}
        </div>
      </header>
      <EventsQueryStatus error={query.error} pending={query.isPending} what="The programme" testId="programme" />
      {data !== undefined && data.series.length === 0 && data.oneOffs.length === 0 && (
        <p className="empty" data-testid="programme-empty">
          No programme yet: add series under <code>events.programme</code> in community.yaml.
        </p>
      )}
      <div className="programme-grid">
        {data?.series.map((series) => (
          <Panel key={series.id} title={series.title} aside={series.typeLabel} testId="programme-series">
            <p className="programme-rule" data-testid="programme-rule">
              {capitalise(series.ruleText)} at {series.start.slice(11)} · {series.durationMinutes} min
              {series.place === null ? '' : ` · ${series.place}`}
              {series.capacity === null ? '' : ` · ${series.capacity} places`}
            </p>
            <p className="muted small">
              <code>{series.rrule}</code> from {series.start.slice(0, 10)}
            </p>
            <Occurrences occurrences={series.next} />
          </Panel>
        ))}
      </div>
      {data !== undefined && data.oneOffs.length > 0 && (
        <Panel title="One-off events" testId="programme-one-offs">
          <Occurrences
            occurrences={data.oneOffs.map((o) => o.occurrence)}
            titles={new Map(data.oneOffs.map((o) => [o.id, `${o.title} (${o.typeLabel})`]))}
          />
        </Panel>
      )}
    </div>
  );
}

function Occurrences({ occurrences, titles }: { occurrences: readonly Occurrence[]; titles?: Map<string, string> }) {
  if (occurrences.length === 0) return <p className="empty">No more occurrences.</p>;
  return (
    <ul className="programme-occurrences">
      {occurrences.map((o) => (
        <li key={o.id} data-testid="programme-occurrence" data-status={o.status}>
          <span className={o.status === 'canceled' ? 'events-struck' : ''}>
            {o.status === 'planned' ? (
              <>{titles?.get(o.id) ?? eventTime(o.startAt)}</>
            ) : (
              <Link to={`/events/${encodeURIComponent(o.id)}`}>{titles?.get(o.id) ?? eventTime(o.startAt)}</Link>
            )}
            {titles !== undefined && <span className="muted small"> {eventTime(o.startAt)}</span>}
          </span>
          <span className={`events-status events-status-${o.status}`}>{STATUS_LABELS[o.status]}</span>
          {o.exception === 'moved' && <span className="muted small">moved</span>}
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
