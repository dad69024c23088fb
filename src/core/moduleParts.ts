import type { z } from 'zod';
import type { CommandHandler, ComponentHandler, EventHandler, EventHandlers } from './defineModule.js';
import type { JobDefinition } from './defineJob.js';
import type { ModuleRoute } from './defineRoute.js';
import type { WebhookDefinition } from './defineWebhook.js';
import type { DomainEventOf, EventType } from './DomainEvent.js';

/**
 * One part of a module built from parts (onboarding: welcome, journey, reports; events:
 * programme, RSVP, attendance…): its handlers, components, commands, jobs and routes.
 * {@link joinParts} joins the parts into one module definition; two parts handling the same
 * event type run in the order of the parts.
 */
export interface ModulePart<Ctx> {
  on?: EventHandlers<Ctx>;
  components?: readonly ComponentHandler<Ctx>[];
  commands?: readonly CommandHandler<Ctx>[];
  jobs?: readonly JobDefinition<z.ZodType, Ctx>[];
  routes?: readonly ModuleRoute<Ctx>[];
  webhooks?: readonly WebhookDefinition<Ctx>[];
  start?(ctx: Ctx, guildId: string): Promise<void>;
}

/** The parts joined into the lists and maps of one module definition. */
export type JoinedParts<Ctx> = Required<Omit<ModulePart<Ctx>, 'start'>> & {
  start: (ctx: Ctx, guildId: string) => Promise<void>;
};

/**
 * Joins a module's parts: lists are concatenated; an event type handled by several parts
 * gets one handler calling theirs in order (in the same unit of work).
 * @param parts - in the order their handlers should run
 */
export function joinParts<Ctx>(parts: readonly ModulePart<Ctx>[]): JoinedParts<Ctx> {
  const byType = new Map<EventType, EventHandler<EventType, Ctx>[]>();
  for (const part of parts) {
    for (const [type, handler] of Object.entries(part.on ?? {}) as [EventType, EventHandler<EventType, Ctx>][]) {
      byType.set(type, [...(byType.get(type) ?? []), handler]);
    }
  }
  const on: Record<string, EventHandler<EventType, Ctx>> = {};
  for (const [type, handlers] of byType) {
    on[type] = async (event: DomainEventOf<EventType>, ctx: Ctx) => {
      for (const handler of handlers) await handler(event, ctx);
    };
  }
  return {
    on,
    components: parts.flatMap((p) => p.components ?? []),
    commands: parts.flatMap((p) => p.commands ?? []),
    jobs: parts.flatMap((p) => p.jobs ?? []),
    routes: parts.flatMap((p) => p.routes ?? []),
    webhooks: parts.flatMap((p) => p.webhooks ?? []),
    start: async (ctx, guildId) => {
      for (const part of parts) await part.start?.(ctx, guildId);
    },
  };
}
