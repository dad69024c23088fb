import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AutoModerationBlockedError } from '../../platform/sandbox/autoModerationEnforcement.js';
import { SandboxNotFoundError } from '../../platform/sandbox/SandboxNotFoundError.js';
import type { SandboxMessage } from '../../platform/sandbox/sandboxViews.js';
import { IdSchema, PageQuery, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { compact, parseRequest } from './parseRequest.js';

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
});

/** A message as it is after the modules reacted, or flagged `deleted` when one removed it. */
export type MessageAfterSettle = SandboxMessage & { deleted: boolean };

/**
 * Messages: history, posting, editing, deleting, reactions and threads, as members.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerMessageRoutes(app: FastifyInstance, deps: SandboxRouteDeps): void {
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
  app.get('/channels/:channelId/messages', (request) => {
    const { channelId } = parseRequest(ChannelParams, request.params, 'path');
    return sandbox.listMessages(channelId, compact(parseRequest(PageQuery, request.query, 'query')));
  });
  app.post('/channels/:channelId/messages', async (request, reply) => {
    const { channelId } = parseRequest(ChannelParams, request.params, 'path');
    const body = compact(parseRequest(PostBody, request.body, 'body'));
    const message = await sandbox.postMessage({ ...body, channelId }).catch(async (error: unknown) => {
      // A post AutoMod blocked still reported its actions: answer once modules handled them.
      if (error instanceof AutoModerationBlockedError) await settle();
      throw error;
    });
    return reply.status(201).send(await afterSettle(message));
  });
  app.patch('/channels/:channelId/messages/:messageId', async (request) => {
    const params = parseRequest(MessageParams, request.params, 'path');
    const body = compact(parseRequest(EditBody, request.body, 'body'));
    return afterSettle(await sandbox.editMessage({ ...body, ...params }));
  });
  app.delete('/channels/:channelId/messages/:messageId', async (request, reply) => {
    const params = parseRequest(MessageParams, request.params, 'path');
    const query = compact(parseRequest(DeleteQuery, request.query, 'query'));
    await sandbox.deleteMessage({ ...query, ...params });
    await settle();
    return reply.status(204).send();
  });
  app.post('/channels/:channelId/messages/:messageId/reactions', async (request) => {
    const params = parseRequest(MessageParams, request.params, 'path');
    const body = parseRequest(ReactionInput, request.body, 'body');
    await sandbox.react({ ...body, ...params });
    await settle();
    return sandbox.getMessage(params.channelId, params.messageId);
  });
  app.delete('/channels/:channelId/messages/:messageId/reactions', async (request) => {
    const params = parseRequest(MessageParams, request.params, 'path');
    const query = parseRequest(ReactionInput, request.query, 'query');
    await sandbox.unreact({ ...query, ...params });
    await settle();
    return sandbox.getMessage(params.channelId, params.messageId);
  });
  app.post('/channels/:channelId/threads', async (request, reply) => {
    const { channelId } = parseRequest(ChannelParams, request.params, 'path');
    const body = compact(parseRequest(ThreadBody, request.body, 'body'));
    const thread = await sandbox.createThread({ ...body, channelId });
    await settle();
    return reply.status(201).send(thread);
  });
}
