// The onboarding module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere see them typed without importing this module) and one summary line each.
import { defineEvents } from '../../core/defineEvents.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    'onboarding.member_welcomed': { userId: string; channelId: string; roleId: string | null };
    /** The member picked a member type on the welcome (or changed it). */
    'onboarding.type_chosen': { userId: string; memberType: string; roleIds: string[] };
    /** The member accepted the rules with the button. */
    'onboarding.rules_accepted': { userId: string };
    /** The member's first message in the introductions channel long enough to count. */
    'onboarding.intro_posted': { userId: string; channelId: string; messageId: string };
    /** The member passed the gate (got the member role): onboarding complete. */
    'onboarding.completed': { userId: string; roleId: string | null; tookMs: number };
    /** A journey step reached the member (`via`), or fell back from closed DMs (`fellBack`). */
    'onboarding.step_sent': { userId: string; stepId: string; via: 'dm' | 'thread' | 'channel'; fellBack: boolean };
    /** A journey step was not needed (`reason`: the skip condition met). */
    'onboarding.step_skipped': { userId: string; stepId: string; reason: string };
    /** The member's journey stopped: they left, said stop, or staff stopped it. */
    'onboarding.journey_stopped': { userId: string; reason: 'left' | 'member' | 'staff' };
    /** DMs allowed (`true`) or withdrawn (`false`) by the member. */
    'onboarding.dm_preference_changed': { userId: string; allowed: boolean };
    /** The member was put in an arm of an A/B experiment. */
    'onboarding.variant_assigned': { userId: string; experimentId: string; variantId: string };
    /** A quiet member got the "what you missed" DM. */
    'onboarding.reengaged': { userId: string; inactiveDays: number };
  }
}

/** The onboarding module's events. */
export const onboardingEvents = defineEvents('onboarding', {
  'onboarding.member_welcomed': { summary: (p, n) => `${n.user(p.userId)} was welcomed in ${n.channel(p.channelId)}` },
  'onboarding.type_chosen': { summary: (p, n) => `${n.user(p.userId)} chose the ${p.memberType} member type` },
  'onboarding.rules_accepted': { summary: (p, n) => `${n.user(p.userId)} accepted the rules` },
  'onboarding.intro_posted': {
    summary: (p, n) => `${n.user(p.userId)} introduced themselves in ${n.channel(p.channelId)}`,
  },
  'onboarding.completed': { summary: (p, n) => `${n.user(p.userId)} completed onboarding` },
  'onboarding.step_sent': {
    summary: (p, n) =>
      `${n.user(p.userId)} got journey step ${p.stepId} by ${p.via}${p.fellBack ? ' (DMs closed)' : ''}`,
  },
  'onboarding.step_skipped': {
    summary: (p, n) => `journey step ${p.stepId} skipped for ${n.user(p.userId)} (${p.reason})`,
  },
  'onboarding.journey_stopped': { summary: (p, n) => `${n.user(p.userId)}'s journey stopped (${p.reason})` },
  'onboarding.dm_preference_changed': {
    summary: (p, n) => `${n.user(p.userId)} ${p.allowed ? 'opted in to' : 'opted out of'} onboarding DMs`,
  },
  'onboarding.variant_assigned': {
    summary: (p, n) => `${n.user(p.userId)} is in variant ${p.variantId} of ${p.experimentId}`,
  },
  'onboarding.reengaged': {
    summary: (p, n) => `${n.user(p.userId)} got a "what you missed" DM after ${p.inactiveDays} quiet days`,
  },
});
