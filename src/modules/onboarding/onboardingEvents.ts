// The onboarding module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere see them typed without importing this module) and one summary line each.
import { defineEvents } from '../../core/defineEvents.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    'onboarding.member_welcomed': { userId: string; channelId: string; roleId: string | null };
  }
}

/** The onboarding module's events. */
export const onboardingEvents = defineEvents('onboarding', {
  'onboarding.member_welcomed': { summary: (p, n) => `${n.user(p.userId)} was welcomed in ${n.channel(p.channelId)}` },
});
