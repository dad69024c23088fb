import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { InteractionReply } from '../../platform/Platform.js';
import { IdSchema, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { compact, parseRequest } from './parseRequest.js';

const VoiceBody = z.strictObject({
  userId: IdSchema,
  channelId: IdSchema.nullable(),
  muted: z.boolean().optional(),
  deafened: z.boolean().optional(),
});
const CommandBody = z.strictObject({
  userId: IdSchema,
  channelId: IdSchema,
  name: z.string().min(1).max(32),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
const ComponentBody = z.strictObject({
  userId: IdSchema,
  channelId: IdSchema,
  messageId: IdSchema,
  customId: z.string().min(1).max(100),
  values: z.array(z.string()).max(25).optional(),
});

/** What a command or component route answers: the interaction and the module's reply, if any. */
export interface InteractionAnswer {
  interactionId: string;
  reply: InteractionReply | null;
}

/**
 * Voice, slash commands and message components, as members; command and component routes
 * answer with the reply the modules gave once the engine settled.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerInteractionRoutes(app: FastifyInstance, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const answer = async (interactionId: string): Promise<InteractionAnswer> => {
    await settle();
    return { interactionId, reply: (await sandbox.getInteraction(interactionId))?.reply ?? null };
  };
  app.post('/voice', async (request) => {
    const body = compact(parseRequest(VoiceBody, request.body, 'body'));
    await sandbox.setVoice({ ...body, channelId: body.channelId ?? null });
    await settle();
    return { voice: (await sandbox.getMember(body.userId))?.voice ?? null };
  });
  app.post('/commands', async (request) => {
    const body = compact(parseRequest(CommandBody, request.body, 'body'));
    return answer((await sandbox.invokeCommand(body)).interactionId);
  });
  app.post('/components', async (request) => {
    const { values, ...target } = parseRequest(ComponentBody, request.body, 'body');
    const started =
      values === undefined ? await sandbox.clickButton(target) : await sandbox.selectMenu({ ...target, values });
    return answer(started.interactionId);
  });
}
