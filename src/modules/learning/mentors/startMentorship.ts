import { createHash } from 'node:crypto';
import { describeDuration } from '../../../config/Duration.js';
import type { LearningContext } from '../LearningContext.js';
import { learningDb } from '../LearningTables.js';
import { mentorsChannelId } from './mentorsChannel.js';

/** A pair to start, and what caused it. */
export interface MentorshipStart {
  menteeId: string;
  mentorId: string;
  compatibility: number;
  source: 'assignment' | 'request';
  /** Stable per cause (the assignment run, the mentor's accept press): the id and event key come from it. */
  cause: string;
}

/** What was started. */
export interface StartedMentorship {
  mentorshipId: string;
  threadId: string | null;
}

/**
 * A mentorship's id: a digest of its cause and its mentee, so a re-run of the same cause
 * makes the same id, and no member id is readable in it (ids outlive an erase).
 * @param cause - the cause
 * @param menteeId - the mentee
 */
export function mentorshipId(cause: string, menteeId: string): string {
  return createHash('sha256').update(`${cause}:${menteeId}`).digest('base64url').slice(0, 16);
}

/**
 * Starts a mentorship: the `learning_mentorships` row (active, ending after `journey.length`),
 * the mentee no longer seeking, a private thread `Mentorship · <mentor> & <mentee>` under
 * `mentors.channel` (when set and found) with an introduction mentioning both (which adds them
 * to the thread), and `learning.mentorship_started` (the journey part schedules the sessions).
 * The caller has checked the pair (capacity, floor, do-not-pair).
 * @param ctx - module context
 * @param guildId - the guild
 * @param start - the pair and its cause
 * @see https://discord.com/developers/docs/resources/channel#start-thread-without-message
 */
export async function startMentorship(
  ctx: LearningContext,
  guildId: string,
  start: MentorshipStart,
): Promise<StartedMentorship> {
  const db = learningDb(ctx.db);
  const now = ctx.clock.now();
  const id = mentorshipId(start.cause, start.menteeId);
  const { menteeId, mentorId } = start;
  const threadId = await mentorshipThread(ctx, guildId, menteeId, mentorId);
  await db
    .insertInto('learning_mentorships')
    .values({
      guild_id: guildId,
      id,
      mentor_id: mentorId,
      mentee_id: menteeId,
      compatibility: start.compatibility,
      source: start.source,
      status: 'active',
      thread_id: threadId,
      started_at: now,
      ends_at: now + ctx.config.journey.length,
      ended_at: null,
      ended_by: null,
      end_reason: null,
    })
    .execute();
  await db
    .updateTable('learning_profiles')
    .set({ seeking_mentor: 0, updated_at: now })
    .where('guild_id', '=', guildId)
    .where('user_id', '=', menteeId)
    .execute();
  if (threadId !== null) {
    await ctx.platform.sendMessage(threadId, {
      content: introText(ctx, menteeId, mentorId, start.compatibility),
      // Mentioning both in the private thread adds them to it.
      allowedUserMentions: [mentorId, menteeId],
      nonce: `learning:mentorship:${id}:intro`,
    });
  }
  await ctx.emit(
    'learning.mentorship_started',
    { mentorshipId: id, mentorId, menteeId, compatibility: start.compatibility, source: start.source, threadId },
    { key: `mentorship:${id}`, guildId },
  );
  return { mentorshipId: id, threadId };
}

/** The pair's private thread, or null (no channel configured or found; Discord refused: logged). */
async function mentorshipThread(
  ctx: LearningContext,
  guildId: string,
  menteeId: string,
  mentorId: string,
): Promise<string | null> {
  const channelId = await mentorsChannelId(ctx, guildId);
  if (channelId === null) return null;
  const name = `Mentorship · ${await shownName(ctx, guildId, mentorId)} & ${await shownName(ctx, guildId, menteeId)}`;
  try {
    const thread = await ctx.platform.createThread(channelId, {
      name: name.slice(0, 100),
      private: true,
      autoArchiveMinutes: 10080,
    });
    return thread.id;
  } catch (error) {
    ctx.log.warn({ err: error, guildId, channelId }, 'learning: could not create the mentorship thread');
    return null;
  }
}

async function shownName(ctx: LearningContext, guildId: string, userId: string): Promise<string> {
  const known = (await ctx.members.get(guildId, userId)) ?? (await ctx.platform.fetchMember(guildId, userId));
  // Control and direction-override characters are refused in channel names.
  const shown = (known?.displayName ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return shown === '' ? 'member' : shown.slice(0, 40);
}

function introText(ctx: LearningContext, menteeId: string, mentorId: string, compatibility: number): string {
  const { journey } = ctx.config;
  return [
    `Welcome to your mentorship, <@${mentorId}> (mentor) and <@${menteeId}> (mentee): a ${Math.round(compatibility * 100)} % match.`,
    `The journey runs for ${describeDuration(journey.length)}: an introduction session in week 1, check-ins every ${describeDuration(journey.checkinEvery)}, milestone reviews every ${describeDuration(journey.milestoneEvery)} and a project review every ${describeDuration(journey.projectEvery)}.`,
    'Prompts for each session will appear here. `/mentor status` shows your progress; `/mentor end` ends the mentorship.',
  ].join('\n');
}
