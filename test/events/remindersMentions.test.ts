import { describe, expect, it } from 'vitest';
import { mentionMessages } from '../../src/platform/mentionMessages.js';
import { parseRsvpCustomId, rsvpCustomId, shortEventKey } from '../../src/modules/events/rsvp/rsvpCustomIds.js';

describe('reminder mentions and RSVP custom ids', () => {
  it('splits a long mention list under 2000 characters, each message pinging only its own members', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `${849000000000001000 + i}`);
    const messages = mentionMessages('Reminder: “Rust workshop” starts soon.', ids);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.content.length).toBeLessThanOrEqual(2000);
      expect(message.content.match(/<@\d+>/g)?.map((m) => m.slice(2, -1))).toEqual(message.userIds);
    }
    expect(messages.flatMap((m) => m.userIds)).toEqual(ids);
    expect(messages[0]?.content.startsWith('Reminder: “Rust workshop” starts soon.\n<@')).toBe(true);
  });

  it('keeps one message for a few members', () => {
    expect(mentionMessages('Starts now!', ['1', '2'])).toEqual([
      { content: 'Starts now!\n<@1> <@2>', userIds: ['1', '2'] },
    ]);
  });

  it('keys RSVP buttons by event id, or by a short key when the id is too long for 100 characters', () => {
    expect(rsvpCustomId('not_going', 'standup:2027-01-04')).toBe('events:rsvp:not_going:standup:2027-01-04');
    expect(parseRsvpCustomId('events:rsvp:not_going:standup:2027-01-04')).toEqual({
      choice: 'not_going',
      eventId: 'standup:2027-01-04',
    });
    const long = `x${'y'.repeat(90)}`;
    const id = rsvpCustomId('going', long);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseRsvpCustomId(id)).toEqual({ choice: 'going', shortKey: shortEventKey(long) });
    expect(parseRsvpCustomId('events:rsvp:dance:x')).toBeNull();
    expect(parseRsvpCustomId('events:rsvp:going:')).toBeNull();
  });
});
