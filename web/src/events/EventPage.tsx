import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { EventsBarChart } from './EventsBarChart.js';
import { eventTime, percent, score, STATUS_LABELS } from './eventsFormat.js';
import { eventQuery } from './eventsQueries.js';
import { EventsQueryStatus } from './EventsQueryStatus.js';
import type { EventDetail } from './eventsApi.js';
import '../analytics/analytics.css';
import './events.css';

const SCORES = ['1', '2', '3', '4', '5'];

/**
 * One event: its details and counts, the RSVPs with member names, the waitlist in promotion
 * order, attendance from voice (minutes present and unmuted) and the survey's results with
 * the distribution of the overall rating.
 */
export function EventPage() {
  const { id = '' } = useParams();
  const query = useQuery(eventQuery(id));
  const data = query.data;
  return (
    <div className="page events-page" data-testid="event-page">
      <header className="page-header">
        <div>
          <p className="page-subtitle">
            <Link to="/events">Events</Link> ›
          </p>
          <h1 data-testid="event-title">{data?.event.title ?? 'Event'}</h1>
          {data !== undefined && (
            <p className="page-subtitle">
              {data.event.typeLabel} · {eventTime(data.event.startAt)} · {data.event.place ?? 'no place'} ·{' '}
              <span className={`events-status events-status-${data.event.status}`}>
                {STATUS_LABELS[data.event.status]}
              </span>
            </p>
          )}
        </div>
        {data?.event.discordUrl != null && (
          <a className="button" href={data.event.discordUrl} target="_blank" rel="noreferrer">
            Open on Discord
          </a>
        )}
      </header>
      <EventsQueryStatus error={query.error} pending={query.isPending} what="This event" testId="event" />
      {data !== undefined && <EventBody data={data} />}
    </div>
  );
}

function EventBody({ data }: { data: EventDetail }) {
  const { event } = data;
  const formatCountValue = useCallback((value: number) => formatCount(value), []);
  return (
    <>
      <div className="events-stats" data-testid="event-counts">
        <Stat label="Going" value={`${event.counts.going}${event.capacity === null ? '' : ` / ${event.capacity}`}`} />
        <Stat label="Maybe" value={String(event.counts.maybe)} />
        <Stat label="Waitlist" value={String(event.counts.waitlisted)} />
        <Stat label="Interested" value={String(event.counts.interested)} />
        <Stat
          label="Attended"
          value={
            event.counts.attended === null ? '–' : `${event.counts.attended} (${percent(event.counts.attendanceRate)})`
          }
        />
      </div>
      {event.description !== null && <p className="events-description">{event.description}</p>}

      <div className="events-two">
        <Panel title="RSVPs" aside={`${data.rsvps.length}`} testId="event-rsvps">
          {data.rsvps.length === 0 ? (
            <p className="empty">Nobody answered yet.</p>
          ) : (
            <div className="channel-scroll">
              <table className="channel-table">
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Interested</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rsvps.map((r) => (
                    <tr key={r.userId} data-testid="event-rsvp">
                      <th scope="row">
                        <Link to={`/members/${r.userId}`}>{r.name}</Link>
                      </th>
                      <td>{STATUS_LABELS[r.status]}</td>
                      <td>{r.interested ? 'yes' : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Panel>
        <Panel title="Waitlist" aside="next promoted first" testId="event-waitlist">
          {data.waitlist.length === 0 ? (
            <p className="empty">Nobody is waiting.</p>
          ) : (
            <ol className="events-waitlist">
              {data.waitlist.map((w) => (
                <li key={w.userId} data-testid="event-waitlisted">
                  <Link to={`/members/${w.userId}`}>{w.name}</Link>
                  <span className="muted small"> since {eventTime(w.since)}</span>
                </li>
              ))}
            </ol>
          )}
        </Panel>
      </div>

      <Panel title="Attendance" aside="from voice presence" testId="event-attendance">
        {data.attendance.length === 0 ? (
          <p className="empty">
            {event.closed ? 'Nobody was in the channel.' : 'Measured during the event, from the voice channel.'}
          </p>
        ) : (
          <div className="channel-scroll">
            <table className="channel-table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col" className="num">
                    Minutes present
                  </th>
                  <th scope="col" className="num">
                    Unmuted
                  </th>
                  <th scope="col">Attended</th>
                </tr>
              </thead>
              <tbody>
                {data.attendance.map((a) => (
                  <tr key={a.userId} data-testid="event-attendee">
                    <th scope="row">{a.name}</th>
                    <td className="num">{a.presentMinutes}</td>
                    <td className="num">{a.unmutedMinutes}</td>
                    <td>{a.attended ? '✓' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>

      <Panel
        title="Survey"
        aside={`${data.survey.responses} answers · ${percent(data.survey.responseRate)} of attendees`}
        testId="event-survey"
      >
        {data.survey.responses === 0 ? (
          <p className="empty">No answers yet.</p>
        ) : (
          <div className="events-two">
            <div>
              <EventsBarChart
                bars={data.survey.rating.distribution.map((count, i) => ({ label: SCORES[i] ?? '', value: count }))}
                format={formatCountValue}
                title="How many gave each overall rating, 1 to 5"
                testId="event-rating-chart"
                height={160}
              />
            </div>
            <div>
              <dl className="events-scores">
                <dt>Overall</dt>
                <dd>{score(data.survey.rating.mean)}</dd>
                <dt>Content</dt>
                <dd>{score(data.survey.contentQuality.mean)}</dd>
                <dt>Engagement</dt>
                <dd>{score(data.survey.engagement.mean)}</dd>
              </dl>
              <SurveyTexts title="Improvements" texts={data.survey.improvements} />
              <SurveyTexts title="Future topics" texts={data.survey.futureTopics} />
            </div>
          </div>
        )}
      </Panel>
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="events-stat">
      <div className="events-stat-value">{value}</div>
      <div className="events-stat-label">{label}</div>
    </div>
  );
}

function SurveyTexts({ title, texts }: { title: string; texts: readonly { text: string; submittedAt: number }[] }) {
  if (texts.length === 0) return null;
  return (
    <>
      <h3 className="events-subheading">{title}</h3>
      <ul className="events-texts">
        {texts.map((t, i) => (
          <li key={`${t.submittedAt}-${i}`}>{t.text}</li>
        ))}
      </ul>
    </>
  );
}
