import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SandboxNotFoundError } from '../../platform/sandbox/SandboxNotFoundError.js';
import type { AddMemberInput } from '../../platform/sandbox/sandboxInputs.js';
import type { SandboxMember } from '../../platform/sandbox/sandboxViews.js';
import { IdSchema, PageQuery, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { compact, parseRequest } from './parseRequest.js';

const UserParams = z.strictObject({ userId: IdSchema });
const MemberQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  after: IdSchema.optional(),
});
const AddMemberBody = z
  .strictObject({
    username: z
      .string()
      .regex(/^[a-z0-9_.]{2,32}$/, '2–32 characters: lower-case letters, digits, "_" and "."')
      .optional(),
    displayName: z.string().min(1).max(32).optional(),
    bot: z.boolean().optional(),
    dmsOpen: z.boolean().optional(),
    accountCreatedAt: z.number().int().min(0).optional(),
    userId: IdSchema.optional(),
    inviteCode: z.string().min(1).max(32).optional(),
  })
  .refine(
    (b) => (b.username === undefined) !== (b.userId === undefined),
    'give either username (a new user) or userId (a returning user)',
  )
  .refine(
    (b) => b.userId === undefined || Object.keys(b).every((k) => k === 'userId' || k === 'inviteCode'),
    'a returning user (userId) takes only inviteCode besides',
  );
/** A new user (username …) or a returning one (userId), as the sandbox takes it. */
function toAddMemberInput(body: z.infer<typeof AddMemberBody>): AddMemberInput {
  const { userId, username, ...fields } = body;
  if (userId !== undefined)
    return { userId, ...(body.inviteCode === undefined ? {} : { inviteCode: body.inviteCode }) };
  return { ...compact(fields), username: username ?? '' };
}

const PatchMemberBody = z.strictObject({ dmsOpen: z.boolean() });

/**
 * Members: list, read, join, leave, DM setting, and the DMs the bot sent them.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerMemberRoutes(app: FastifyInstance, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const requireMember = async (userId: string): Promise<SandboxMember> => {
    const member = await sandbox.getMember(userId);
    if (member === null) throw new SandboxNotFoundError('member', userId);
    return member;
  };
  app.get('/members', (request) => sandbox.listMembers(compact(parseRequest(MemberQuery, request.query, 'query'))));
  app.get('/members/:userId', (request) => requireMember(parseRequest(UserParams, request.params, 'path').userId));
  app.post('/members', async (request, reply) => {
    const joined = await sandbox.addMember(toAddMemberInput(parseRequest(AddMemberBody, request.body, 'body')));
    await settle();
    return reply.status(201).send((await sandbox.getMember(joined.userId)) ?? joined);
  });
  app.patch('/members/:userId', async (request) => {
    const { userId } = parseRequest(UserParams, request.params, 'path');
    const body = parseRequest(PatchMemberBody, request.body, 'body');
    await requireMember(userId);
    await sandbox.setDmsOpen(userId, body.dmsOpen);
    await settle();
    return requireMember(userId);
  });
  app.delete('/members/:userId', async (request, reply) => {
    const { userId } = parseRequest(UserParams, request.params, 'path');
    await sandbox.removeMember(userId);
    await settle();
    return reply.status(204).send();
  });
  app.get('/members/:userId/dms', (request) => {
    const { userId } = parseRequest(UserParams, request.params, 'path');
    return sandbox.listDirectMessages(userId, compact(parseRequest(PageQuery, request.query, 'query')));
  });
}
