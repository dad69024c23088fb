import type { EventHandler } from '../../core/defineModule.js';
import type { DomainEventOf, EventType } from '../../core/DomainEvent.js';
import type { OnboardingContext } from './OnboardingContext.js';
import type { OnboardingPart } from './OnboardingPart.js';

/** The parts joined into the lists and maps of one module definition. */
export type JoinedParts = Required<Omit<OnboardingPart, 'start'>> & {
  start: (ctx: OnboardingContext, guildId: string) => Promise<void>;
};

/**
 * Joins the module's parts: lists are concatenated; an event type handled by several parts
 * gets one handler calling theirs in order (in the same unit of work).
 * @param parts - in the order their handlers should run
 */
export function joinParts(parts: readonly OnboardingPart[]): JoinedParts {
  const byType = new Map<EventType, EventHandler<EventType, OnboardingContext>[]>();
  for (const part of parts) {
    for (const [type, handler] of Object.entries(part.on ?? {}) as [
      EventType,
      EventHandler<EventType, OnboardingContext>,
    ][]) {
      byType.set(type, [...(byType.get(type) ?? []), handler]);
    }
  }
  const on: Record<string, EventHandler<EventType, OnboardingContext>> = {};
  for (const [type, handlers] of byType) {
    on[type] = async (event: DomainEventOf<EventType>, ctx: OnboardingContext) => {
      for (const handler of handlers) await handler(event, ctx);
    };
  }
  return {
    on: on,
    components: parts.flatMap((p) => p.components ?? []),
    commands: parts.flatMap((p) => p.commands ?? []),
    jobs: parts.flatMap((p) => p.jobs ?? []),
    routes: parts.flatMap((p) => p.routes ?? []),
    start: async (ctx, guildId) => {
      for (const part of parts) await part.start?.(ctx, guildId);
    },
  };
}
