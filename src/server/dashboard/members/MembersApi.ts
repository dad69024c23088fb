import { z } from 'zod';

/** Filters of the member list: everyone, joined in the last 7 days, silent for 30 days, staff. */
export const MEMBER_FILTERS = ['all', 'new', 'inactive', 'staff'] as const;
export type MemberFilter = (typeof MEMBER_FILTERS)[number];

/** A member counts as new this long after joining. */
export const NEW_MEMBER_MS = 7 * 86_400_000;
/** A member without a message or reaction for this long counts as inactive. */
export const INACTIVE_AFTER_MS = 30 * 86_400_000;

/** `GET /api/members` query. */
export const MembersQuery = z.object({
  search: z.string().trim().max(100).optional().describe('Part of a display name or username, or a user id.'),
  filter: z
    .enum(MEMBER_FILTERS)
    .default('all')
    .describe('new: joined < 7 days; inactive: no message or reaction in 30 days.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, 'must be a nextCursor of a previous page')
    .optional()
    .describe('`nextCursor` of the previous page.'),
});
export type MembersQuery = z.infer<typeof MembersQuery>;

/** `GET /api/members/:userId` params. */
export const MemberParams = z.object({
  userId: z.string().regex(/^\d{1,20}$/, 'must be a user id'),
});

/** A role a member holds, as the guild shows it. */
export const MemberRole = z.object({
  id: z.string(),
  name: z.string(),
  /** RGB as one integer (0 = no colour). */
  color: z.number().int(),
});
export type MemberRole = z.infer<typeof MemberRole>;

/** One row of the member list. */
export const MemberListItem = z.object({
  userId: z.string(),
  /** Display name (nickname, global name or username). */
  name: z.string(),
  username: z.string(),
  bot: z.boolean(),
  roles: z.array(MemberRole),
  /** Epoch ms they (last) joined, null when unknown. */
  joinedAt: z.number().nullable(),
  /** Epoch ms of their last recorded message, null when none. */
  lastMessageAt: z.number().nullable(),
  /** Messages recorded in the event log. */
  messageCount: z.number().int(),
  /** Holds a dashboard moderator/admin role or a moderation staff role. */
  staff: z.boolean(),
});
export type MemberListItem = z.infer<typeof MemberListItem>;

/** `GET /api/members` answer. */
export const MembersResponse = z.object({
  members: z.array(MemberListItem),
  /** Members matching the search and filter (all pages). */
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type MembersResponse = z.infer<typeof MembersResponse>;

/** A join or a departure, from the event log. */
export const MembershipChange = z.object({
  kind: z.enum(['joined', 'left']),
  at: z.number(),
  /** Found at catch-up (while Guildhall was not listening), not seen live. */
  caughtUp: z.boolean(),
});
export type MembershipChange = z.infer<typeof MembershipChange>;

/** An event of the member's, summarised. */
export const MemberActivity = z.object({
  id: z.string(),
  type: z.string(),
  occurredAt: z.number(),
  summary: z.string(),
});
export type MemberActivity = z.infer<typeof MemberActivity>;

/** `GET /api/members/:userId` answer. */
export const MemberProfile = MemberListItem.extend({
  /** In the guild now, per the member directory (false: they left, or only the event log knows them). */
  inGuild: z.boolean(),
  /** Discord's default avatar on Discord; null on the sandbox. */
  avatarUrl: z.string().nullable(),
  /** Epoch ms the account was created (from the snowflake). */
  accountCreatedAt: z.number().nullable(),
  /** Joins and departures, oldest first. */
  timeline: z.array(MembershipChange),
  /** Their latest events (messages, reactions, …), newest first. */
  recentActivity: z.array(MemberActivity),
});
export type MemberProfile = z.infer<typeof MemberProfile>;

/** A 4xx answer. */
export const ApiErrorBody = z.object({ error: z.string() });
