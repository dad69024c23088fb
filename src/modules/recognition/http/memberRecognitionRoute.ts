import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { memberRank } from '../queries/memberRank.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';

const MemberParams = z.object({ userId: z.string().regex(/^\d{5,25}$/, 'must be a user id (digits)') });

const MemberRecognition = z.object({
  userId: z.string(),
  /** All-time points. */
  points: z.number().int(),
  /** Position on the all-time board; null without points (or banned, when hidden). */
  rank: z.object({ position: z.number().int(), rankedMembers: z.number().int() }).nullable(),
  /** The level held now; null: none (or no levels configured). */
  level: z.string().nullable(),
  /** Badges earned, lowest first. */
  badges: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.string(), points: z.number(), unlockedAt: z.number() }),
  ),
  /** Achievements unlocked, in configuration order. */
  achievements: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.string(), family: z.string(), unlockedAt: z.number() }),
  ),
  /** How many achievements are configured. */
  achievementsTotal: z.number().int(),
  /** The cheapest badge not earned yet and the all-time points it needs; null when all are. */
  nextBadge: z.object({ id: z.string(), name: z.string(), points: z.number() }).nullable(),
});

/** `GET /api/recognition/members/:userId`: points, rank, level, badges and achievements. */
export const memberRecognitionRoute = defineRoute({
  method: 'GET',
  path: '/members/:userId',
  access: 'viewer',
  summary: "A member's points, rank, level, badges and achievements, for their profile page",
  params: MemberParams,
  response: MemberRecognition,
  async handle({ params, guildId }, ctx: RecognitionContext) {
    const { userId } = params;
    const db = recognitionDb(ctx.db);
    const member = await db
      .selectFrom('recognition_members')
      .select('points')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const rank = await memberRank(db, guildId, userId, ctx.config.removedMessages.hideBanned);
    const level = await db
      .selectFrom('recognition_levels')
      .select('level')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const unlocks = await db
      .selectFrom('recognition_unlocks')
      .select(['type', 'unlock_id', 'unlocked_at'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .execute();
    const unlockedAt = (type: string, id: string): number | undefined =>
      unlocks.find((u) => u.type === type && u.unlock_id === id)?.unlocked_at;
    const points = member?.points ?? 0;
    const badgeRules = [...ctx.config.badges].sort((a, b) => a.points - b.points);
    const badges = badgeRules.flatMap((b) => {
      const at = unlockedAt('badge', b.id);
      return at === undefined
        ? []
        : [{ id: b.id, name: b.name, description: b.description, points: b.points, unlockedAt: at }];
    });
    const achievements = ctx.config.achievements.flatMap((a) => {
      const at = unlockedAt('achievement', a.id);
      return at === undefined
        ? []
        : [{ id: a.id, name: a.name, description: a.description, family: a.family, unlockedAt: at }];
    });
    const next = badgeRules.find((b) => unlockedAt('badge', b.id) === undefined);
    return {
      status: 200,
      body: {
        userId,
        points,
        rank: rank === null ? null : { position: rank.position, rankedMembers: rank.rankedMembers },
        level: level?.level ?? null,
        badges,
        achievements,
        achievementsTotal: ctx.config.achievements.length,
        nextBadge: next === undefined ? null : { id: next.id, name: next.name, points: next.points },
      },
    };
  },
});
