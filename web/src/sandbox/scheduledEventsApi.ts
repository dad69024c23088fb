import type { ScheduledEventSnapshot } from '../../../src/platform/Platform.js';
import { getJson, postJson } from '../api/http.js';

export type { ScheduledEventSnapshot };

/** The sandbox guild's scheduled and active events (`GET /api/sandbox/scheduled-events`). */
export function fetchScheduledEvents(): Promise<ScheduledEventSnapshot[]> {
  return getJson<ScheduledEventSnapshot[]>('/api/sandbox/scheduled-events');
}

/**
 * The members marked "interested" in an event.
 * @param eventId - the scheduled event
 */
export async function fetchInterested(eventId: string): Promise<string[]> {
  const answer = await getJson<{ userIds: string[] }>(
    `/api/sandbox/scheduled-events/${encodeURIComponent(eventId)}/users`,
  );
  return answer.userIds;
}

/**
 * A member marks an event "interested", or takes it back (as on Discord).
 * @param eventId - the scheduled event
 * @param userId - the member played
 * @param interested - true: interested
 */
export async function setInterested(eventId: string, userId: string, interested: boolean): Promise<void> {
  await postJson(`/api/sandbox/scheduled-events/${encodeURIComponent(eventId)}/interest`, { userId, interested });
}

/**
 * The member joins a voice or stage channel (leaving any other), or leaves voice (`null`):
 * what Discord's voice state update would say, which the events module measures attendance from.
 * @param userId - the member played
 * @param channelId - the channel to join, or null to leave
 */
export async function setVoiceChannel(userId: string, channelId: string | null): Promise<void> {
  await postJson('/api/sandbox/voice', { userId, channelId });
}
