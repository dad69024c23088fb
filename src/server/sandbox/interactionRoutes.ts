import { z } from 'zod';
import { SandboxNotFoundError } from '../../platform/sandbox/SandboxNotFoundError.js';
import type { SandboxReply } from '../../platform/sandbox/sandboxViews.js';
import type { ZodApp } from '../openapi/useZodSchemas.js';
import { ModalSpecSchema } from './schemas/platformSchemas.js';
import type { AttachmentLinkSchema } from './schemas/sandboxViewSchemas.js';
import { InteractionViewSchema, ReplyViewSchema, SandboxVoiceStateSchema } from './schemas/sandboxViewSchemas.js';
import { SANDBOX_ERRORS, SANDBOX_TAGS, VIEWER } from './sandboxRouteSchemas.js';
import { IdSchema, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { compact } from './parseRequest.js';
import { contentDisposition } from '../contentDisposition.js';

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
  subcommand: z.string().min(1).max(32).optional(),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  targetMessageId: IdSchema.optional().describe(
    'A message command ("Mark as solution", right-click → Apps): the message of `channelId` it is used on. Required for a message command, refused for a slash command.',
  ),
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
const ReplyComponentBody = z.strictObject({
  userId: IdSchema,
  customId: z.string().min(1).max(100),
  values: z.array(z.string()).max(25).optional(),
});
const InteractionParams = z.strictObject({ interactionId: IdSchema });
const AttachmentParams = z.strictObject({ interactionId: IdSchema, attachmentId: IdSchema });
const ModalBody = z.strictObject({
  userId: IdSchema,
  interactionId: IdSchema,
  fields: z.record(z.string().max(100), z.string().max(4000)),
});

/** A file of the bot's answer, with where to download it. */
export type AttachmentLink = z.infer<typeof AttachmentLinkSchema>;

/** The bot's answer as the API shows it: files as `attachments` with download links. */
export type ReplyView = z.infer<typeof ReplyViewSchema>;

/**
 * What a command, component or modal route answers: the interaction and the module's answer,
 * a message (`reply`) or a form to fill in (`modal`, submitted with `POST /modals`).
 */
export const InteractionAnswerSchema = z.object({
  interactionId: z.string(),
  reply: ReplyViewSchema.nullable(),
  modal: ModalSpecSchema.nullable(),
  thinking: z
    .boolean()
    .describe(
      'Deferred and still being worked on ("Guildhall is thinking…"): `reply` is null; read `GET /interactions/:interactionId` until `thinking` is false for the answer.',
    ),
});
export type InteractionAnswer = z.infer<typeof InteractionAnswerSchema>;

/** `GET /interactions/:interactionId`: the interaction, its answer and the answer's files. */
export type InteractionView = z.infer<typeof InteractionViewSchema>;

const VoiceAnswerSchema = z.object({ voice: SandboxVoiceStateSchema.nullable() });

/**
 * Voice, slash commands, message components (in channels, DMs and on interaction answers),
 * modals, and reading an interaction and its files, as members; interaction routes answer with
 * what the modules answered once the engine settled.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerInteractionRoutes(app: ZodApp, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  // The scope's full prefix (`/api/sandbox`), for download links.
  const base = app.prefix;
  const withLinks = (interactionId: string, reply: SandboxReply | null): ReplyView | null => {
    if (reply === null) return null;
    const { attachments, ...message } = reply;
    if (attachments === undefined) return message;
    return {
      ...message,
      attachments: attachments.map((a) => ({
        ...a,
        url: `${base}/interactions/${interactionId}/attachments/${a.id}`,
      })),
    };
  };
  const answer = async (interactionId: string): Promise<InteractionAnswer> => {
    await settledOrThinking(settle, async () => (await sandbox.getInteraction(interactionId))?.thinking === true);
    const interaction = await sandbox.getInteraction(interactionId);
    return {
      interactionId,
      reply: withLinks(interactionId, interaction?.reply ?? null),
      modal: interaction?.modal ?? null,
      thinking: interaction?.thinking ?? false,
    };
  };
  const tags = SANDBOX_TAGS;
  const answers = { 200: InteractionAnswerSchema, ...SANDBOX_ERRORS };
  app.post(
    '/voice',
    {
      schema: {
        tags,
        summary: 'A member joins, moves in or leaves voice (channelId null)',
        body: VoiceBody,
        response: { 200: VoiceAnswerSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => {
      const body = compact(request.body);
      await sandbox.setVoice({ ...body, channelId: body.channelId ?? null });
      await settle();
      return { voice: (await sandbox.getMember(body.userId))?.voice ?? null };
    },
  );
  app.post(
    '/commands',
    {
      schema: {
        tags,
        summary: 'A member runs a slash command, or a message command on a message (`targetMessageId`)',
        body: CommandBody,
        response: answers,
      },
      config: VIEWER,
    },
    async (request) => answer((await sandbox.invokeCommand(compact(request.body))).interactionId),
  );
  app.post(
    '/components',
    {
      schema: {
        tags,
        summary: 'A member clicks a button or chooses in a select menu (with `values`) under a message',
        body: ComponentBody,
        response: answers,
      },
      config: VIEWER,
    },
    async (request) => {
      const { values, ...target } = request.body;
      const started =
        values === undefined ? await sandbox.clickButton(target) : await sandbox.selectMenu({ ...target, values });
      return answer(started.interactionId);
    },
  );
  app.post(
    '/direct-messages/components',
    {
      schema: {
        tags,
        summary: "A member clicks a button on the bot's DM",
        body: DirectComponentBody,
        response: answers,
      },
      config: VIEWER,
    },
    async (request) => answer((await sandbox.clickDirectMessageButton(request.body)).interactionId),
  );
  app.post(
    '/modals',
    {
      schema: { tags, summary: 'A member submits a form the bot showed', body: ModalBody, response: answers },
      config: VIEWER,
    },
    async (request) => answer((await sandbox.submitModal(request.body)).interactionId),
  );
  app.get(
    '/interactions/:interactionId',
    {
      schema: {
        tags,
        summary: 'An interaction, its answer (files with download links) and follow-ups',
        params: InteractionParams,
        response: { 200: InteractionViewSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request): Promise<InteractionView> => {
      const { interactionId } = request.params;
      const interaction = await sandbox.getInteraction(interactionId);
      if (interaction === null) throw new SandboxNotFoundError('interaction', interactionId);
      return { ...interaction, reply: withLinks(interactionId, interaction.reply) };
    },
  );
  app.get(
    '/interactions/:interactionId/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: "Downloads a file of the bot's answer",
        params: AttachmentParams,
        response: {
          200: {
            description: 'The file, with its media type (`application/octet-stream` when unknown)',
            content: { 'application/octet-stream': { schema: z.unknown().meta({ format: 'binary' }) } },
          },
          ...SANDBOX_ERRORS,
        },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      const { interactionId, attachmentId } = request.params;
      const file = await sandbox.getAttachment(interactionId, attachmentId);
      return reply
        .header('content-type', file.contentType ?? 'application/octet-stream')
        .header('content-disposition', contentDisposition(file.name))
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.data));
    },
  );
  app.post(
    '/interactions/:interactionId/components',
    {
      schema: {
        tags,
        summary: "A member clicks a button or chooses in a select menu on the bot's answer",
        params: InteractionParams,
        body: ReplyComponentBody,
        response: answers,
      },
      config: VIEWER,
    },
    async (request) => {
      const { interactionId } = request.params;
      const body = compact(request.body);
      return answer((await sandbox.pressReplyComponent({ ...body, interactionId })).interactionId);
    },
  );
}

/** How often a route waiting for an answer looks whether the interaction was deferred. */
const THINKING_POLL_MS = 50;

/**
 * Waits until the engine settled, or until the interaction was deferred (then the route answers
 * "thinking" at once, as Discord shows it, and the panel reads the answer when it comes).
 * @param settle - resolves when the engine settled
 * @param thinking - whether the interaction is deferred and unanswered
 */
async function settledOrThinking(settle: () => Promise<void>, thinking: () => Promise<boolean>): Promise<void> {
  let settled = false;
  const done = settle().then(() => {
    settled = true;
  });
  while (!settled) {
    if (await thinking()) {
      // The engine goes on with the answer; its failures are its own to log.
      done.catch(() => undefined);
      return;
    }
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, THINKING_POLL_MS))]);
  }
  await done;
}
