import type { CommandOptionValue } from '../../src/core/DomainEvent.js';
import type { InteractionReply } from '../../src/platform/Platform.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import { openModerationCommunity, type ModerationCommunity } from '../automod/moderationCommunity.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 86_400_000;

/** The default journey's step ids, in order. */
export const STEP_IDS = [
  'orientation',
  'pick-type',
  'introduce',
  'day-1-check-in',
  'day-3-resources',
  'day-7-events',
  'day-14-feedback',
  'day-30-ambassadors',
];

/** The seeded sandbox with every module and a real scheduler, plus what the journey tests read. */
export interface JourneyCommunity {
  c: ModerationCommunity;
  /** Moves the clock to `ms` after `from` and runs what became due. */
  advanceTo(from: number, ms: number): Promise<void>;
  /** The member's steps as stored: id → outcome (null while waiting). */
  outcomes(userId: string): Promise<Record<string, string | null>>;
  /** The member's step rows, by due time. */
  steps(userId: string): Promise<{ step_id: string; outcome: string | null; detail: string | null; due_at: number }[]>;
  /** The member's onboarding row. */
  row(userId: string): Promise<{ thread_id: string | null; stopped_reason: string | null; join_event_id: string }>;
  /** Bot messages in a channel or thread by id, oldest first. */
  messagesIn(channelId: string): Promise<SandboxMessage[]>;
  /** Payloads of an event type in the event log, oldest first. */
  emitted<T>(type: string): Promise<T[]>;
  /** Runs a slash command as a member; returns the reply. */
  command(
    userId: string,
    subcommand: string,
    options?: Record<string, CommandOptionValue>,
  ): Promise<InteractionReply | null>;
  /** Presses a button of a message in a guild channel or thread; returns the reply. */
  press(userId: string, message: SandboxMessage, customId: string): Promise<InteractionReply | null>;
}

/**
 * Opens the journey test community: onboarding with the default journey (re-engagement off),
 * every other module as `openModerationCommunity` sets them.
 * @param onboarding - keys of the onboarding section
 * @param options - `restartable` to restart on the same database
 */
export async function openJourneyCommunity(
  onboarding: Record<string, unknown> = {},
  options: { restartable?: boolean } = {},
): Promise<JourneyCommunity> {
  const c = await openModerationCommunity({
    sections: { onboarding: { reengagement: { enabled: false }, ...onboarding } },
    restartable: options.restartable ?? false,
  });
  return journeyView(c);
}

/**
 * The journey view of a (restarted) community.
 * @param c - the community
 */
export function journeyView(c: ModerationCommunity): JourneyCommunity {
  const db = () => onboardingDb(c.store.db);
  const steps = async (userId: string) =>
    await db()
      .selectFrom('onboarding_steps')
      .select(['step_id', 'outcome', 'detail', 'due_at'])
      .where('user_id', '=', userId)
      .orderBy('due_at')
      .execute();
  return {
    c,
    async advanceTo(from, ms) {
      const target = from + ms;
      if (target > c.clock.now()) c.clock.advance(target - c.clock.now());
      await c.settle();
      await c.runDueJobs();
    },
    steps,
    async outcomes(userId) {
      return Object.fromEntries((await steps(userId)).map((s) => [s.step_id, s.outcome]));
    },
    async row(userId) {
      return db()
        .selectFrom('onboarding_members')
        .select(['thread_id', 'stopped_reason', 'join_event_id'])
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
    },
    async messagesIn(channelId) {
      const messages = await c.sandbox.listMessages(channelId, { limit: 100 });
      return messages.filter((m) => m.authorBot).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    async emitted<T>(type: string) {
      const rows = await c.store.db
        .selectFrom('event_log')
        .select('payload')
        .where('type', '=', type)
        .orderBy('seq')
        .execute();
      return rows.map((r) => JSON.parse(r.payload) as T);
    },
    async command(userId, subcommand, options = {}) {
      const { interactionId } = await c.sandbox.invokeCommand({
        userId,
        channelId: c.channel('general').id,
        name: 'onboarding',
        subcommand,
        options,
      });
      await c.settle();
      return (await c.sandbox.getInteraction(interactionId))?.reply ?? null;
    },
    async press(userId, message, customId) {
      const { interactionId } = await c.sandbox.clickButton({
        userId,
        channelId: message.channelId,
        messageId: message.id,
        customId,
      });
      await c.settle();
      return (await c.sandbox.getInteraction(interactionId))?.reply ?? null;
    },
  };
}
