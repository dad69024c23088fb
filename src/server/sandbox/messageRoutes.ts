import { z } from 'zod';
import { AutoModerationBlockedError } from '../../platform/sandbox/autoModerationEnforcement.js';
import { SandboxNotFoundError } from '../../platform/sandbox/SandboxNotFoundError.js';
import type { SandboxMessage } from '../../platform/sandbox/sandboxViews.js';
import { IdSchema, PageQuery, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { compact } from './parseRequest.js';
import type { ZodApp } from '../openapi/useZodSchemas.js';
import { ChannelSnapshotSchema } from './schemas/platformSchemas.js';
import { MessageWithPollSchema } from './schemas/pollSchemas.js';
import { SandboxMessageSchema, SandboxThreadSchema } from './schemas/sandboxViewSchemas.js';
import { withPolls } from './messagePolls.js';
import { SANDBOX_ERRORS, SANDBOX_TAGS, VIEWER } from './sandboxRouteSchemas.js';

const ChannelParams = z.strictObject({ channelId: IdSchema });
const MessageParams = z.strictObject({ channelId: IdSchema, messageId: IdSchema });
const PostBody = z.strictObject({ userId: IdSchema, content: z.string(), replyTo: IdSchema.nullable().optional() });
const EditBody = z.strictObject({ content: z.string(), userId: IdSchema.optional() });
const DeleteQuery = z.strictObject({ userId: IdSchema.optional() });
const ReactionInput = z.strictObject({ userId: IdSchema, emoji: z.string().min(1).max(100) });
const ThreadBody = z.strictObject({
  userId: IdSchema,
  name: z.string().min(1).max(100),
  messageId: IdSchema.optional(),
  content: z.string().optional(),
  appliedTags: z
    .array(IdSchema)
    .max(5)
    .optional()
    .describe("A forum post's tags: ids of the forum's `availableTags` (at most 5)."),
});
const ThreadParams = z.strictObject({ threadId: IdSchema });

/** A message as it is after the modules reacted, or flagged `deleted` when one removed it. */
export const MessageAfterSettleSchema = SandboxMessageSchema.extend({
  deleted: z.boolean().describe('A module removed the message (automod, for one).'),
});
export type MessageAfterSettle = z.infer<typeof MessageAfterSettleSchema>;

/**
 * Messages: history, posting, editing, deleting, reactions and threads, as members.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerMessageRoutes(app: ZodApp, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const afterSettle = async (message: SandboxMessage): Promise<MessageAfterSettle> => {
    await settle();
    try {
      return { ...(await sandbox.getMessage(message.channelId, message.id)), deleted: false };
    } catch (error) {
      if (error instanceof SandboxNotFoundError) return { ...message, deleted: true };
      throw error;
    }
  };
  const tags = SANDBOX_TAGS;
  app.get(
    '/channels/:channelId/messages',
    {
      schema: {
        tags,
        summary: "A channel's messages, newest first (`before` a message id), with their native polls",
        params: ChannelParams,
        querystring: PageQuery,
        response: { 200: z.array(MessageWithPollSchema), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => withPolls(sandbox, await sandbox.listMessages(request.params.channelId, compact(request.query))),
  );
  app.post(
    '/channels/:channelId/messages',
    {
      schema: {
        tags,
        summary: 'A member posts a message; the answer shows it after the modules reacted',
        params: ChannelParams,
        body: PostBody,
        response: { 201: MessageAfterSettleSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      const { channelId } = request.params;
      const body = compact(request.body);
      const message = await sandbox.postMessage({ ...body, channelId }).catch(async (error: unknown) => {
        // A post AutoMod blocked still reported its actions: answer once modules handled them.
        if (error instanceof AutoModerationBlockedError) await settle();
        throw error;
      });
      return reply.status(201).send(await afterSettle(message));
    },
  );
  app.patch(
    '/channels/:channelId/messages/:messageId',
    {
      schema: {
        tags,
        summary: 'A member edits a message',
        params: MessageParams,
        body: EditBody,
        response: { 200: MessageAfterSettleSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => afterSettle(await sandbox.editMessage({ ...compact(request.body), ...request.params })),
  );
  app.delete(
    '/channels/:channelId/messages/:messageId',
    {
      schema: {
        tags,
        summary: 'A member deletes a message (theirs, or any with Manage Messages)',
        params: MessageParams,
        querystring: DeleteQuery,
        response: { 204: z.null().describe('Deleted.'), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      await sandbox.deleteMessage({ ...compact(request.query), ...request.params });
      await settle();
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/channels/:channelId/messages/:messageId/reactions',
    {
      schema: {
        tags,
        summary: 'A member adds a reaction',
        params: MessageParams,
        body: ReactionInput,
        response: { 200: SandboxMessageSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => {
      const { params } = request;
      await sandbox.react({ ...request.body, ...params });
      await settle();
      return sandbox.getMessage(params.channelId, params.messageId);
    },
  );
  app.delete(
    '/channels/:channelId/messages/:messageId/reactions',
    {
      schema: {
        tags,
        summary: 'A member removes a reaction',
        params: MessageParams,
        querystring: ReactionInput,
        response: { 200: SandboxMessageSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => {
      const { params } = request;
      await sandbox.unreact({ ...request.query, ...params });
      await settle();
      return sandbox.getMessage(params.channelId, params.messageId);
    },
  );
  app.post(
    '/channels/:channelId/threads',
    {
      schema: {
        tags,
        summary:
          'A member starts a thread, from a message or on its own, or a forum post (with `content`, optionally tagged)',
        params: ChannelParams,
        body: ThreadBody,
        response: { 201: ChannelSnapshotSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      const thread = await sandbox.createThread({ ...compact(request.body), channelId: request.params.channelId });
      await settle();
      return reply.status(201).send(thread);
    },
  );
  app.get(
    '/threads/:threadId',
    {
      schema: {
        tags,
        summary: 'A thread (forum post) with its tags, and whether it is archived or locked',
        params: ThreadParams,
        response: { 200: SandboxThreadSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => {
      const thread = await sandbox.getThread(request.params.threadId);
      if (thread === null) throw new SandboxNotFoundError('channel', request.params.threadId);
      return thread;
    },
  );
}
