/** One member's voice presence in one event, as kept in `events_attendance`. */
export interface VoiceSession {
  presentMs: number;
  unmutedMs: number;
  /** Start of the open stretch in the channel (clamped to the event), null when not in it. */
  joinedAt: number | null;
  /** Start of the open unmuted stretch, null when muted, deafened or absent. */
  unmutedSince: number | null;
}

/** The event's window: only time inside `[startAt, endAt]` counts. */
export interface EventWindow {
  startAt: number;
  endAt: number;
}

/** A session with nothing counted and nothing open. */
export const EMPTY_SESSION: VoiceSession = { presentMs: 0, unmutedMs: 0, joinedAt: null, unmutedSince: null };

const clamp = (at: number, w: EventWindow): number => Math.min(Math.max(at, w.startAt), w.endAt);

/**
 * The member joined (or was seen) in the channel at `at`, unmuted or not. Joining early counts
 * from the start. A join while already in keeps the earlier start (a redelivered or repeated
 * join never counts twice); its mute state still applies from `at`.
 * @param s - the session before
 * @param w - the event's window
 * @param at - epoch ms of the join
 * @param unmuted - neither muted nor deafened
 */
export function joinSession(s: VoiceSession, w: EventWindow, at: number, unmuted: boolean): VoiceSession {
  const from = clamp(at, w);
  const joined = s.joinedAt === null ? { ...s, joinedAt: from } : s;
  return setUnmuted(joined, w, at, unmuted);
}

/**
 * The member's mute or deafen state changed at `at`: closes or opens the unmuted stretch.
 * A change while not known to be in the channel opens a session at `at` (the change shows the
 * member is there).
 * @param s - the session before
 * @param w - the event's window
 * @param at - epoch ms of the change
 * @param unmuted - neither muted nor deafened now
 */
export function setUnmuted(s: VoiceSession, w: EventWindow, at: number, unmuted: boolean): VoiceSession {
  const now = clamp(at, w);
  const inside = s.joinedAt === null ? { ...s, joinedAt: now } : s;
  if (unmuted) return inside.unmutedSince === null ? { ...inside, unmutedSince: now } : inside;
  if (inside.unmutedSince === null) return inside;
  return { ...inside, unmutedMs: inside.unmutedMs + Math.max(0, now - inside.unmutedSince), unmutedSince: null };
}

/**
 * The member left the channel at `at` (or the event ended): adds the open stretches, clamped
 * to the window, and closes them. Leaving when not in is no change.
 * @param s - the session before
 * @param w - the event's window
 * @param at - epoch ms of the leave
 */
export function leaveSession(s: VoiceSession, w: EventWindow, at: number): VoiceSession {
  if (s.joinedAt === null) return s;
  const now = clamp(at, w);
  return {
    presentMs: s.presentMs + Math.max(0, now - s.joinedAt),
    unmutedMs: s.unmutedMs + (s.unmutedSince === null ? 0 : Math.max(0, now - s.unmutedSince)),
    joinedAt: null,
    unmutedSince: null,
  };
}
