import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { InteractionReply, ModalSpec } from '../../platform/Platform.js';
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

const DirectComponentBody = z.strictObject({
  userId: IdSchema,
  messageId: IdSchema,
  customId: z.string().min(1).max(100),
});
const ModalBody = z.strictObject({
  userId: IdSchema,
  interactionId: IdSchema,
  fields: z.record(z.string().max(100), z.string().max(4000)),
});

/**
 * What a command, component or modal route answers: the interaction and the module's answer,
 * a message (`reply`) or a form to fill in (`modal`, submitted with `POST /modals`).
 */
export interface InteractionAnswer {
  interactionId: string;
  reply: InteractionReply | null;
  modal: ModalSpec | null;
}

/**
 * Voice, slash commands, message components (in channels and DMs) and modals, as members;
 * interaction routes answer with what the modules answered once the engine settled.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerInteractionRoutes(app: FastifyInstance, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const answer = async (interactionId: string): Promise<InteractionAnswer> => {
    await settle();
    const interaction = await sandbox.getInteraction(interactionId);
    return { interactionId, reply: interaction?.reply ?? null, modal: interaction?.modal ?? null };
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
  app.post('/direct-messages/components', async (request) => {
    const body = parseRequest(DirectComponentBody, request.body, 'body');
    return answer((await sandbox.clickDirectMessageButton(body)).interactionId);
  });
  app.post('/modals', async (request) => {
    const body = parseRequest(ModalBody, request.body, 'body');
    return answer((await sandbox.submitModal(body)).interactionId);
  });
}
