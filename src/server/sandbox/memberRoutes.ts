import { z } from 'zod';
import { SandboxNotFoundError } from '../../platform/sandbox/SandboxNotFoundError.js';
import type { AddMemberInput } from '../../platform/sandbox/sandboxInputs.js';
import type { SandboxMember } from '../../platform/sandbox/sandboxViews.js';
import { IdSchema, PageQuery, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { compact } from './parseRequest.js';
import type { ZodApp } from '../openapi/useZodSchemas.js';
import { SandboxDirectMessageSchema, SandboxMemberSchema } from './schemas/sandboxViewSchemas.js';
import { SANDBOX_ERRORS, SANDBOX_TAGS, VIEWER } from './sandboxRouteSchemas.js';

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
export function registerMemberRoutes(app: ZodApp, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const requireMember = async (userId: string): Promise<SandboxMember> => {
    const member = await sandbox.getMember(userId);
    if (member === null) throw new SandboxNotFoundError('member', userId);
    return member;
  };
  const schema = { tags: SANDBOX_TAGS };
  app.get(
    '/members',
    {
      schema: {
        ...schema,
        summary: 'Members in id order (`after` a user id)',
        querystring: MemberQuery,
        response: { 200: z.array(SandboxMemberSchema), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    (request) => sandbox.listMembers(compact(request.query)),
  );
  app.get(
    '/members/:userId',
    {
      schema: {
        ...schema,
        summary: 'One member with roles, timeout, DM setting and voice state',
        params: UserParams,
        response: { 200: SandboxMemberSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    (request) => requireMember(request.params.userId),
  );
  app.post(
    '/members',
    {
      schema: {
        ...schema,
        summary: 'A new user (username …) or a returning one (userId) joins',
        body: AddMemberBody,
        response: { 201: SandboxMemberSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      const joined = await sandbox.addMember(toAddMemberInput(request.body));
      await settle();
      return reply.status(201).send((await sandbox.getMember(joined.userId)) ?? joined);
    },
  );
  app.patch(
    '/members/:userId',
    {
      schema: {
        ...schema,
        summary: "Opens or closes a member's DMs",
        params: UserParams,
        body: PatchMemberBody,
        response: { 200: SandboxMemberSchema, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => {
      const { userId } = request.params;
      await requireMember(userId);
      await sandbox.setDmsOpen(userId, request.body.dmsOpen);
      await settle();
      return requireMember(userId);
    },
  );
  app.delete(
    '/members/:userId',
    {
      schema: {
        ...schema,
        summary: 'A member leaves',
        params: UserParams,
        response: { 204: z.null().describe('Left.'), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request, reply) => {
      await sandbox.removeMember(request.params.userId);
      await settle();
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/members/:userId/dms',
    {
      schema: {
        ...schema,
        summary: 'DMs the bot delivered to a member, newest first',
        params: UserParams,
        querystring: PageQuery,
        response: { 200: z.array(SandboxDirectMessageSchema), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    (request) => sandbox.listDirectMessages(request.params.userId, compact(request.query)),
  );
}
