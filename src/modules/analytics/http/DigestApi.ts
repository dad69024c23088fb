// The request and response schemas of the weekly digest's routes, mounted at
// /api/analytics/digest/…. Definitions of each section: docs/analytics.md, "Reports and digest".
import { z } from 'zod';

/** One embed as Discord shows it (the digest as it will be posted). */
export const EmbedView = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  color: z.number().int().optional(),
  fields: z.array(z.object({ name: z.string(), value: z.string(), inline: z.boolean().optional() })).optional(),
  footer: z.string().optional(),
});
export type EmbedView = z.infer<typeof EmbedView>;

/** The weekly public digest (seed 004): five sections, each from data Guildhall has or pending. */
export const Digest = z.object({
  /** ISO week of the day it posts: `2026-W10`. */
  period: z.string(),
  /** The 7 complete UTC days it covers, `YYYY-MM-DD`. */
  from: z.string(),
  to: z.string(),
  /** The channel or thread with the most human messages in the week; null when nobody posted. */
  topDiscussion: z.object({ channelId: z.string(), messages: z.number().int(), replies: z.number().int() }).nullable(),
  /** The member active on the most days of the week (then most messages); null when nobody was. */
  spotlight: z
    .object({
      userId: z.string(),
      name: z.string().nullable(),
      activeDays: z.number().int(),
      messages: z.number().int(),
    })
    .nullable(),
  /** Not measured yet: says which module it plugs in from. */
  resourcePick: z.object({ pending: z.string() }),
  /** Not measured yet: says which module it plugs in from. */
  upcomingEvents: z.object({ pending: z.string() }),
  /** The community's wins of the week. */
  quickWins: z.object({
    newMembers: z.number().int(),
    /** Members whose first message ever was this week. */
    firstMessages: z.number().int(),
    /** Topics started this week that another member answered. */
    topicsAnswered: z.number().int(),
    /** Median time to first response of those, in hours; null when none. */
    medianFirstResponseHours: z.number().nullable(),
  }),
});
export type Digest = z.infer<typeof Digest>;

/** `GET /api/analytics/digest/preview`: the digest as it would post now, and where. */
export const DigestPreview = z.object({
  digest: Digest,
  /** The message as it will be posted. */
  embed: EmbedView,
  /** `analytics.digest.channel`; null: the digest is off. */
  channel: z.string().nullable(),
  /** Whether this week's digest was posted already (then posting again is refused). */
  posted: z.boolean(),
  /** When the scheduled post runs next (epoch ms); null when the digest is off. */
  nextPostAt: z.number().nullable(),
});
export type DigestPreview = z.infer<typeof DigestPreview>;

/** `POST /api/analytics/digest/post` answer. */
export const DigestPosted = z.object({ period: z.string(), channelId: z.string() });
export type DigestPosted = z.infer<typeof DigestPosted>;
