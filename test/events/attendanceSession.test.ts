import { describe, expect, it } from 'vitest';
import {
  EMPTY_SESSION,
  joinSession,
  leaveSession,
  setUnmuted,
} from '../../src/modules/events/attendance/voiceSession.js';

const MIN = 60_000;
const w = { startAt: 100 * MIN, endAt: 160 * MIN };

describe('voice session math', () => {
  it('counts a member who joined early from the start, and stops at the end', () => {
    const joined = joinSession(EMPTY_SESSION, w, 95 * MIN, true);
    expect(joined).toEqual({ presentMs: 0, unmutedMs: 0, joinedAt: 100 * MIN, unmutedSince: 100 * MIN });
    expect(leaveSession(joined, w, 170 * MIN)).toEqual({
      presentMs: 60 * MIN,
      unmutedMs: 60 * MIN,
      joinedAt: null,
      unmutedSince: null,
    });
  });

  it('keeps the earlier start on a second join and counts a second leave as nothing', () => {
    const first = joinSession(EMPTY_SESSION, w, 110 * MIN, true);
    const again = joinSession(first, w, 130 * MIN, true);
    expect(again.joinedAt).toBe(110 * MIN);
    const left = leaveSession(again, w, 140 * MIN);
    expect(leaveSession(left, w, 150 * MIN)).toEqual(left);
    expect(left.presentMs).toBe(30 * MIN);
  });

  it('counts unmuted time only while neither muted nor deafened', () => {
    let s = joinSession(EMPTY_SESSION, w, 100 * MIN, false);
    s = setUnmuted(s, w, 110 * MIN, true);
    s = setUnmuted(s, w, 115 * MIN, true);
    s = setUnmuted(s, w, 120 * MIN, false);
    s = setUnmuted(s, w, 130 * MIN, true);
    s = leaveSession(s, w, 140 * MIN);
    expect(s).toEqual({ presentMs: 40 * MIN, unmutedMs: 20 * MIN, joinedAt: null, unmutedSince: null });
  });

  it('adds separate stretches after a rejoin', () => {
    let s = joinSession(EMPTY_SESSION, w, 100 * MIN, true);
    s = leaveSession(s, w, 110 * MIN);
    s = joinSession(s, w, 120 * MIN, true);
    s = leaveSession(s, w, 125 * MIN);
    expect(s.presentMs).toBe(15 * MIN);
  });

  it('a mute change seen without a join opens the session at the change', () => {
    const s = leaveSession(setUnmuted(EMPTY_SESSION, w, 150 * MIN, true), w, 155 * MIN);
    expect(s).toEqual({ presentMs: 5 * MIN, unmutedMs: 5 * MIN, joinedAt: null, unmutedSince: null });
  });
});
