import { parse, stringify } from 'yaml';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import type { Engine } from '../../src/core/Engine.js';
import type { PrivacyConfig } from '../../src/modules/privacy/index.js';
import type { ChannelSnapshot, GuildSnapshot } from '../../src/platform/Platform.js';
import type { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import type { SandboxReply } from '../../src/platform/sandbox/sandboxViews.js';
import type { Scheduler } from '../../src/scheduler/Scheduler.js';
import { createTestEngine } from '../createTestEngine.js';
import type { TestStore } from '../testStore.js';

/**
 * The seeded sandbox with every module plus the privacy module, the core's privacy owners and
 * a real durable scheduler, built on `test/createTestEngine.ts`.
 */
export interface PrivacyCommunity {
  store: TestStore;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  engine: Engine;
  scheduler: Scheduler;
  guild: GuildSnapshot;
  channel(name: string): ChannelSnapshot;
  /** The seeded member with this username. */
  user(username: string): Promise<string>;
  /**
   * Runs a slash command as a member (`'privacy export'`: the subcommand after a space) and
   * returns the reply with its interaction id (files listed as `attachments`).
   */
  command(userId: string, name: string, options?: Record<string, string | number>): Promise<Answer | null>;
  /**
   * Presses a button of the reply to an interaction, as the member it was shown to (the
   * sandbox's `pressReplyComponent`, which refuses anyone else or a custom id the reply does
   * not carry); returns the reply.
   */
  pressEphemeralButton(userId: string, answer: Answer | null, customId: string): Promise<Answer | null>;
  /** A file of an answer, as text. */
  attachmentText(answer: Answer | null, index?: number): Promise<string>;
  /** Runs every job due now (and what they schedule for now), settling in between. */
  runDueJobs(): Promise<number>;
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** A reply as the sandbox keeps it, with the interaction it answered. */
export type Answer = SandboxReply & { interactionId: string };

const START = Date.UTC(2026, 2, 1, 12);

/**
 * Opens the privacy test community on the test database (SQLite or PostgreSQL).
 * @param privacy - the `privacy:` section
 */
export async function openPrivacyCommunity(privacy: Partial<PrivacyConfig> = {}): Promise<PrivacyCommunity> {
  const config = parse(starterConfig()) as Record<string, unknown>;
  const t = await createTestEngine({
    // Analytics is off here: its KPI checks and reports would add to the due jobs these tests
    // count (its own export/erase is tested in src/modules/analytics).
    configText: stringify({ ...config, privacy, analytics: { enabled: false } }),
    clock: new ManualClock(START),
    start: true,
  });
  const { store, clock, sandbox, engine: built, guild } = t;
  const scheduler = t.scheduler!;
  const channel = (name: string): ChannelSnapshot => {
    const found = guild.channels.find((c) => c.name === name);
    if (found === undefined) throw new Error(`seeded guild has no channel ${name}`);
    return found;
  };
  const general = channel('general').id;
  const answerOf = async (interactionId: string): Promise<Answer | null> => {
    await built.settle();
    const reply = (await sandbox.getInteraction(interactionId))?.reply ?? null;
    return reply === null ? null : { ...reply, interactionId };
  };
  return {
    store: store as TestStore,
    clock,
    sandbox,
    engine: built,
    scheduler,
    guild,
    channel,
    async user(username) {
      const members = await sandbox.listMembers({ limit: 200 });
      const found = members.find((m) => m.username === username);
      if (found === undefined) throw new Error(`no member ${username}`);
      return found.userId;
    },
    async command(userId, name, options = {}) {
      const [command = name, subcommand] = name.split(' ');
      const { interactionId } = await sandbox.invokeCommand({
        userId,
        channelId: general,
        name: command,
        ...(subcommand === undefined ? {} : { subcommand }),
        options,
      });
      return answerOf(interactionId);
    },
    async pressEphemeralButton(userId, answer, customId) {
      if (answer === null) throw new Error('no reply to press a button on');
      const { interactionId } = await sandbox.pressReplyComponent({
        interactionId: answer.interactionId,
        userId,
        customId,
      });
      return answerOf(interactionId);
    },
    async attachmentText(answer, index = 0) {
      const file = answer?.attachments?.[index];
      if (answer === null || file === undefined) throw new Error('the reply has no such file');
      return new TextDecoder().decode((await sandbox.getAttachment(answer.interactionId, file.id)).data);
    },
    runDueJobs: t.runDueJobs,
    settle: () => built.settle(),
    close: t.close,
  };
}
