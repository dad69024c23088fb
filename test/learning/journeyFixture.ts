import { domainEvent } from '../../src/core/DomainEvent.js';
import { learningDb } from '../../src/modules/learning/LearningTables.js';
import { DAY, type LearningCommunity } from './learningCommunity.js';

/** A mentorship the fixture started. */
export interface TestMentorship {
  mentorshipId: string;
  /** The pair's private thread under #mentoring, or null. */
  threadId: string | null;
}

/**
 * Does what the mentors part's startMentorship does, for the journey's tests: a private
 * thread under #mentoring (unless `thread` is false), the `learning_mentorships` row (now to
 * now + `length`), then `learning.mentorship_started` ingested and handled.
 * @param t - the learning community
 * @param pair - mentor and mentee ids, the id, whether there is a thread, the length
 */
export async function startTestMentorship(
  t: LearningCommunity,
  pair: { id: string; mentorId: string; menteeId: string; thread?: boolean; length?: number },
): Promise<TestMentorship> {
  const threadId =
    pair.thread === false
      ? null
      : (await t.c.sandbox.createThread(t.channels.mentoring, { name: `Mentorship ${pair.id}`, private: true })).id;
  const now = t.now();
  await learningDb(t.c.store.db)
    .insertInto('learning_mentorships')
    .values({
      guild_id: t.guildId,
      id: pair.id,
      mentor_id: pair.mentorId,
      mentee_id: pair.menteeId,
      compatibility: 0.8,
      source: 'request',
      status: 'active',
      thread_id: threadId,
      started_at: now,
      ends_at: now + (pair.length ?? 180 * DAY),
      ended_at: null,
      ended_by: null,
      end_reason: null,
    })
    .execute();
  const started = { mentorshipId: pair.id, threadId };
  await deliverMentorshipStarted(t, pair, started, `learning:learning.mentorship_started:${pair.id}`);
  return started;
}

/**
 * Ingests `learning.mentorship_started` for a mentorship and waits until it is handled (a
 * new `eventId` delivers it again, as a replay would).
 * @param t - the learning community
 * @param pair - mentor and mentee ids
 * @param started - the mentorship and its thread
 * @param eventId - the event's id
 */
export async function deliverMentorshipStarted(
  t: LearningCommunity,
  pair: { mentorId: string; menteeId: string },
  started: TestMentorship,
  eventId: string,
): Promise<void> {
  await t.c.engine.ingest(
    domainEvent('learning.mentorship_started', {
      id: eventId,
      guildId: t.guildId,
      occurredAt: t.now(),
      source: 'learning',
      payload: {
        mentorshipId: started.mentorshipId,
        mentorId: pair.mentorId,
        menteeId: pair.menteeId,
        compatibility: 0.8,
        source: 'request',
        threadId: started.threadId,
      },
    }),
  );
  await t.c.settle();
}

/**
 * A minimal learner profile (for `dm` and `no_shows`).
 * @param t - the learning community
 * @param userId - the member
 * @param dm - allows journey prompts by DM
 */
export async function insertTestProfile(t: LearningCommunity, userId: string, dm = false): Promise<void> {
  const now = t.now();
  await learningDb(t.c.store.db)
    .insertInto('learning_profiles')
    .values({
      guild_id: t.guildId,
      user_id: userId,
      skill: 'beginner',
      pace: 'steady',
      style: 'hands-on',
      communication: 'mixed',
      goals: '[]',
      industry: null,
      interests: '[]',
      languages: '["en"]',
      timezone: 'UTC',
      availability: '[]',
      groups_opt_in: 0,
      seeking_mentor: 0,
      mentor_category: null,
      dm: dm ? 1 : 0,
      no_shows: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
}
