import { useQueries, useQuery } from '@tanstack/react-query';
import { SANDBOX_KEY, SANDBOX_POLL_MS } from './sandboxQueries.js';
import { fetchInterested, fetchScheduledEvents, setInterested, setVoiceChannel } from './scheduledEventsApi.js';
import './scheduledEvents.css';

/** Props of {@link ScheduledEventsList}. */
export interface ScheduledEventsListProps {
  /** The member being played. */
  userId: string;
  /** The voice or stage channel the member is in, or null. */
  voiceChannelId: string | null;
  busy: boolean;
  /** Runs an action through the page's runner (refreshes everything after). */
  act: (action: () => Promise<void>) => Promise<boolean>;
}

/**
 * The guild's scheduled events (Discord's Events list) with an "Interested" toggle for the
 * member being played: marking one sends Discord's user-add event, which the events module
 * keeps in sync with RSVPs; and, for an event in a voice or stage channel, a button to join or
 * leave that channel as the member (attendance is measured from voice presence).
 */
export function ScheduledEventsList({ userId, voiceChannelId, busy, act }: ScheduledEventsListProps) {
  const events = useQuery({
    queryKey: [...SANDBOX_KEY, 'scheduled-events'],
    queryFn: fetchScheduledEvents,
    refetchInterval: SANDBOX_POLL_MS,
  });
  const list = events.data ?? [];
  const interested = useQueries({
    queries: list.map((event) => ({
      queryKey: [...SANDBOX_KEY, 'scheduled-events', event.id, 'users'],
      queryFn: () => fetchInterested(event.id),
      refetchInterval: SANDBOX_POLL_MS,
    })),
  });
  if (list.length === 0) return <p className="empty">No scheduled events.</p>;
  return (
    <ul className="sandbox-events" data-testid="sandbox-events">
      {list.map((event, i) => {
        const on = interested[i]?.data?.includes(userId) ?? false;
        return (
          <li key={event.id} data-testid="sandbox-event">
            <div>
              <strong>{event.name}</strong>
              <div className="muted small">
                {new Date(event.startAt).toLocaleString('en-GB', {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                  hour: '2-digit',
                  minute: '2-digit',
                })}
                {event.status === 'scheduled' ? '' : ` · ${event.status}`} · {event.userCount ?? 0} interested
              </div>
            </div>
            {event.channelId !== null && (
              <button
                type="button"
                className={voiceChannelId === event.channelId ? 'button button-primary' : 'button'}
                aria-pressed={voiceChannelId === event.channelId}
                disabled={busy}
                onClick={() =>
                  void act(() => setVoiceChannel(userId, voiceChannelId === event.channelId ? null : event.channelId))
                }
                data-testid="sandbox-event-voice"
              >
                {voiceChannelId === event.channelId ? 'Leave voice' : 'Join voice'}
              </button>
            )}
            <button
              type="button"
              className={on ? 'button button-primary' : 'button'}
              aria-pressed={on}
              disabled={busy}
              onClick={() => void act(() => setInterested(event.id, userId, !on))}
              data-testid="sandbox-event-interested"
            >
              {on ? '★ Interested' : '☆ Interested'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
