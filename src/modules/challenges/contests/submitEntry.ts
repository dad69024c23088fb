import type { ChallengesContext } from '../ChallengesContext.js';
import { entryEmbed } from './contestCards.js';
import { contestChannel } from './contestChannels.js';
import type { Contest, ContestEntry } from './contestStore.js';
import { contestsDb } from './contestsTables.js';
import type { EntrySubmission } from './entryForm.js';

/**
 * Why a member may not submit to a challenge now, or null when they may: submissions must be
 * open (before their deadline) and the member under `maxEntriesPerMember`.
 * @param ctx - module context
 * @param contest - the challenge, or undefined when none is open
 * @param userId - the member
 */
export async function submissionRefusal(
  ctx: ChallengesContext,
  contest: Contest | undefined,
  userId: string,
): Promise<string | null> {
  if (contest?.phase !== 'submissions' || ctx.clock.now() >= contest.submissions_close_at) {
    return 'Submissions are closed: there is no challenge taking entries right now. See `/challenge current`.';
  }
  const row = await contestsDb(ctx.db)
    .selectFrom('challenges_entries')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('guild_id', '=', contest.guild_id)
    .where('contest_id', '=', contest.id)
    .where('author_id', '=', userId)
    .executeTakeFirst();
  const max = ctx.config.contests.maxEntriesPerMember;
  if (Number(row?.n ?? 0) >= max) {
    return max === 1
      ? `You already submitted an entry to **${contest.title}** (one per member).`
      : `You already submitted ${max} entries to **${contest.title}** (the most per member).`;
  }
  return null;
}

/**
 * Stores an entry (numbered next in its challenge) and posts its card in
 * `challenges.contests.submissions` (a forum: a post of its own; else a message), then
 * `challenges.entry_submitted`. The card is sent at once with a nonce keyed by the entry so its
 * id can be stored for the Vote button later.
 * @param ctx - module context
 * @param contest - the challenge, taking entries
 * @param userId - the author
 * @param submission - the checked form
 * @returns the stored entry
 */
export async function submitEntry(
  ctx: ChallengesContext,
  contest: Contest,
  userId: string,
  submission: EntrySubmission,
): Promise<ContestEntry> {
  const db = contestsDb(ctx.db);
  const last = await db
    .selectFrom('challenges_entries')
    .select((eb) => eb.fn.max<string | number | null>('number').as('n'))
    .where('guild_id', '=', contest.guild_id)
    .where('contest_id', '=', contest.id)
    .executeTakeFirst();
  const entry: ContestEntry = {
    guild_id: contest.guild_id,
    contest_id: contest.id,
    number: Number(last?.n ?? 0) + 1,
    author_id: userId,
    title: submission.title,
    link: submission.link,
    description: submission.description,
    channel_id: null,
    message_id: null,
    created_at: ctx.clock.now(),
    score: null,
    place: null,
  };
  const channel =
    (await contestChannel(ctx, contest.guild_id, ctx.config.contests.submissions)) ??
    (await contestChannel(ctx, contest.guild_id, ctx.config.contests.channel));
  if (channel?.kind === 'forum') {
    const post = await ctx.platformNow.createForumPost(channel.id, {
      name: `#${entry.number} ${entry.title}`.slice(0, 100),
      message: { embeds: [entryEmbed(contest, entry, null)] },
    });
    entry.channel_id = post.threadId;
    entry.message_id = post.messageId;
  } else if (channel !== null) {
    const sent = await ctx.platformNow.sendMessage(channel.id, {
      embeds: [entryEmbed(contest, entry, null)],
      nonce: `challenges:entry:${contest.id}:${entry.number}`,
    });
    entry.channel_id = channel.id;
    entry.message_id = sent.id;
  }
  await db.insertInto('challenges_entries').values(entry).execute();
  await ctx.emit(
    'challenges.entry_submitted',
    { contestId: contest.id, entryNumber: entry.number, userId },
    { key: `contest:${contest.id}:entry:${entry.number}`, guildId: contest.guild_id },
  );
  return entry;
}
