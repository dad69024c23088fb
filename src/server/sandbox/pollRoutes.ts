import { z } from 'zod';
import { IdSchema, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import type { ZodApp } from '../openapi/useZodSchemas.js';
import { withPoll } from './messagePolls.js';
import { MessageWithPollSchema, PollVoteBodySchema } from './schemas/pollSchemas.js';
import { SANDBOX_ERRORS, SANDBOX_TAGS, VIEWER } from './sandboxRouteSchemas.js';

const MessageParams = z.strictObject({ channelId: IdSchema, messageId: IdSchema });

/**
 * Native polls: a member votes, changes or takes back their vote, as in Discord's client.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerPollRoutes(app: ZodApp, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  app.post(
    '/channels/:channelId/messages/:messageId/poll-votes',
    {
      schema: {
        tags: SANDBOX_TAGS,
        summary:
          "A member votes on a message's native poll: `answers` replace their vote ([] takes it back); 400 once it ended",
        params: MessageParams,
        body: PollVoteBodySchema,
        response: { 200: MessageWithPollSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => {
      const { channelId, messageId } = request.params;
      await sandbox.votePoll({ ...request.body, channelId, messageId });
      await settle();
      return withPoll(sandbox, await sandbox.getMessage(channelId, messageId));
    },
  );
}
