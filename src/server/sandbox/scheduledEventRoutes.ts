import { z } from 'zod';
import type { ZodApp } from '../openapi/useZodSchemas.js';
import { SANDBOX_ERRORS, SANDBOX_TAGS, VIEWER } from './sandboxRouteSchemas.js';
import { IdSchema, type SandboxRouteDeps } from './SandboxRouteDeps.js';
import { ScheduledEventSnapshotSchema } from './schemas/scheduledEventSchemas.js';

const EventParams = z.strictObject({ eventId: IdSchema });
const InterestBody = z.strictObject({ userId: IdSchema, interested: z.boolean() });
const StatusBody = z.strictObject({ userId: IdSchema, status: z.enum(['active', 'completed', 'canceled']) });
const UsersAnswer = z.object({ userIds: z.array(z.string()) });

/**
 * Guild scheduled events (the Events tab): list them and who is interested; a member marks
 * one "interested" or takes it back; a staff member (Manage Events) starts, ends or cancels one.
 * Events are created by Guildhall (the events module) through the platform.
 * @param app - the sandbox API scope
 * @param deps - sandbox and settle
 */
export function registerScheduledEventRoutes(app: ZodApp, deps: SandboxRouteDeps): void {
  const { sandbox, settle } = deps;
  const tags = SANDBOX_TAGS;
  const answers = { 200: ScheduledEventSnapshotSchema, ...SANDBOX_ERRORS };
  app.get(
    '/scheduled-events',
    {
      schema: {
        tags,
        summary: 'Scheduled and active events, oldest first, with their interested counts',
        response: { 200: z.array(ScheduledEventSnapshotSchema), ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async () => sandbox.listScheduledEvents((await sandbox.guild()).id),
  );
  app.get(
    '/scheduled-events/:eventId/users',
    {
      schema: {
        tags,
        summary: 'The members interested in an event, by user id',
        params: EventParams,
        response: { 200: UsersAnswer, ...SANDBOX_ERRORS },
      },
      config: VIEWER,
    },
    async (request) => ({
      userIds: await sandbox.listScheduledEventUsers((await sandbox.guild()).id, request.params.eventId),
    }),
  );
  app.post(
    '/scheduled-events/:eventId/interest',
    {
      schema: {
        tags,
        summary: 'A member marks an event "interested" (interested false takes it back)',
        params: EventParams,
        body: InterestBody,
        response: answers,
      },
      config: VIEWER,
    },
    async (request) => {
      const event = await sandbox.setScheduledEventInterest({ ...request.body, eventId: request.params.eventId });
      await settle();
      return event;
    },
  );
  app.post(
    '/scheduled-events/:eventId/status',
    {
      schema: {
        tags,
        summary: 'A staff member (Manage Events) starts, ends or cancels an event',
        params: EventParams,
        body: StatusBody,
        response: answers,
      },
      config: VIEWER,
    },
    async (request) => {
      const event = await sandbox.setScheduledEventStatus({ ...request.body, eventId: request.params.eventId });
      await settle();
      return event;
    },
  );
}
