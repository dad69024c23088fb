import { z } from 'zod';
import { defineRoute, type RouteActor } from '../../../../core/defineRoute.js';
import { isModuleStaff } from '../../../../core/staffMembers.js';
import type { CrosspostContext } from '../../CrosspostContext.js';
import { announcementsDb } from '../announcementsTables.js';
import { parseDraft } from '../posts/parseDraft.js';
import { createDraft, draftOf, findPost } from '../posts/postStore.js';
import { previewPost } from '../posts/previewPost.js';
import { publishPost } from '../posts/publishPost.js';

const Adapted = z.object({
  platform: z.string(),
  text: z.string(),
  length: z.number(),
  maxLength: z.number(),
  hashtags: z.array(z.string()),
  hashtagLimit: z.number(),
  truncated: z.boolean(),
});
const Preview = z.object({ postId: z.string(), status: z.string(), adapted: z.array(Adapted) });
const DraftBody = z.object({
  title: z.string().max(200).default(''),
  text: z.string().max(4000),
  link: z.string().max(500).nullable().default(null),
  hashtags: z.array(z.string().max(100)).max(15).default([]),
});
const PostParams = z.object({ postId: z.string().min(1).max(100) });

async function actorIsStaff(ctx: CrosspostContext, guildId: string, actor: RouteActor): Promise<boolean> {
  const member = await ctx.platform.fetchMember(guildId, actor.userId);
  return isModuleStaff(ctx, guildId, { userId: actor.userId, memberRoles: member?.roles ?? [] });
}
const notStaff = { status: 403, error: 'Only announcement staff (crosspost.staffRoles) can do this.' } as const;

/** `POST /api/crosspost/drafts`: staff compose a draft; answers its preview per platform. */
export const composeRoute = defineRoute({
  method: 'POST',
  path: '/drafts',
  access: 'moderator',
  summary: 'Compose an announcement draft and get its per-platform preview (announcement staff)',
  body: DraftBody,
  response: Preview,
  async handle({ body, actor, guildId, requestId }, ctx: CrosspostContext) {
    if (!(await actorIsStaff(ctx, guildId, actor))) return notStaff;
    const draft = parseDraft(body);
    if ('error' in draft) return { status: 422, error: draft.error };
    const post = await createDraft(ctx, guildId, {
      id: `http-${requestId}`,
      authorId: actor.userId,
      draft,
      at: ctx.clock.now(),
    });
    return { status: 200, body: { postId: post.id, status: post.status, adapted: previewPost(ctx, draft) } };
  },
});

/** `GET /api/crosspost/drafts/:postId/preview`: an announcement adapted per platform. */
export const previewRoute = defineRoute({
  method: 'GET',
  path: '/drafts/:postId/preview',
  access: 'moderator',
  summary: 'An announcement adapted per platform, with lengths against limits',
  params: PostParams,
  response: Preview,
  async handle({ params, guildId }, ctx: CrosspostContext) {
    const post = await findPost(ctx, guildId, params.postId);
    if (post === null) return { status: 404, error: 'No such announcement.' };
    return { status: 200, body: { postId: post.id, status: post.status, adapted: previewPost(ctx, draftOf(post)) } };
  },
});

/** `POST /api/crosspost/drafts/:postId/publish`: staff publish a draft (Discord and every enabled target). */
export const publishRoute = defineRoute({
  method: 'POST',
  path: '/drafts/:postId/publish',
  access: 'moderator',
  summary: 'Publish a draft to Discord and the outgoing webhooks (announcement staff)',
  params: PostParams,
  response: z.object({ postId: z.string(), discordChannelId: z.string().nullable(), targets: z.array(z.string()) }),
  async handle({ params, actor, guildId }, ctx: CrosspostContext) {
    if (!(await actorIsStaff(ctx, guildId, actor))) return notStaff;
    const outcome = await publishPost(ctx, guildId, params.postId, ctx.clock.now());
    if (outcome.status === 'published') {
      return {
        status: 200,
        body: { postId: params.postId, discordChannelId: outcome.discordChannelId, targets: outcome.targets },
      };
    }
    return outcome.status === 'not_found'
      ? { status: 404, error: 'No such draft.' }
      : { status: 409, error: 'This announcement was already published or cancelled.' };
  },
});

const Delivery = z.object({
  targetId: z.string(),
  platform: z.string(),
  status: z.string(),
  attempts: z.number(),
  httpStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  updatedAt: z.number(),
});

/** `GET /api/crosspost/posts`: the 20 latest published announcements with each target's result. */
export const postsRoute = defineRoute({
  method: 'GET',
  path: '/posts',
  access: 'moderator',
  summary: 'Recent published announcements with per-target delivery results',
  response: z.object({
    posts: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        authorId: z.string(),
        publishedAt: z.number(),
        discordChannelId: z.string().nullable(),
        deliveries: z.array(Delivery),
      }),
    ),
  }),
  async handle({ guildId }, ctx: CrosspostContext) {
    const db = announcementsDb(ctx.db);
    const posts = await db
      .selectFrom('crosspost_posts')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(20)
      .execute();
    const deliveries =
      posts.length === 0
        ? []
        : await db
            .selectFrom('crosspost_deliveries')
            .selectAll()
            .where('guild_id', '=', guildId)
            .where(
              'post_id',
              'in',
              posts.map((p) => p.id),
            )
            .orderBy('target_id')
            .execute();
    return {
      status: 200,
      body: {
        posts: posts.map((p) => ({
          id: p.id,
          title: p.title,
          authorId: p.author_id,
          publishedAt: p.published_at ?? p.created_at,
          discordChannelId: p.discord_channel_id,
          deliveries: deliveries
            .filter((d) => d.post_id === p.id)
            .map((d) => ({
              targetId: d.target_id,
              platform: d.platform,
              status: d.status,
              attempts: d.attempts,
              httpStatus: d.http_status,
              lastError: d.last_error,
              updatedAt: d.updated_at,
            })),
        })),
      },
    };
  },
});
