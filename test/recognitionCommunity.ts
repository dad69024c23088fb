import { pino } from 'pino';
import { stringify } from 'yaml';
import { ManualClock } from '../src/core/Clock.js';
import { domainEvent, type ContributionKind, type DomainEvent } from '../src/core/DomainEvent.js';
import type { Engine } from '../src/core/Engine.js';
import type { Logger } from '../src/core/Logger.js';
import { recognitionDb } from '../src/modules/recognition/RecognitionTables.js';
import type { ChannelSnapshot, GuildSnapshot, RoleSnapshot } from '../src/platform/Platform.js';
import type { SandboxPlatform } from '../src/platform/sandbox/SandboxPlatform.js';
import type { Scheduler } from '../src/scheduler/Scheduler.js';
import { createTestEngine } from './createTestEngine.js';
import type { TestStore } from './testStore.js';

/** A log line kept by the test logger. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * The seeded sandbox with the onboarding and recognition modules on a real engine and a
 * real durable scheduler (run by hand with `runDueJobs`), a manual clock, and a logger that
 * keeps warnings and errors: what recognition's tests need beyond `openSandboxCommunity`.
 */
export interface RecognitionCommunity {
  store: TestStore;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  engine: Engine;
  scheduler: Scheduler;
  guild: GuildSnapshot;
  logs: LogLine[];
  channel(name: string): ChannelSnapshot;
  role(name: string): RoleSnapshot;
  /** Runs the modules' start hooks, as `guildhall start` does. */
  start(): Promise<void>;
  /** Waits for every module to handle every queued event. */
  settle(): Promise<void>;
  /** Runs the jobs due now (then settles the events they emitted). */
  runDueJobs(): Promise<number>;
  /** Moves the clock forward and runs what became due. */
  advance(ms: number): Promise<void>;
  /** Records an event as another module (or platform) would deliver it, and waits for it. */
  ingest(event: DomainEvent): Promise<void>;
  /** Records `contribution.recorded` as another module would (a fresh id unless `id` is given). */
  contribute(
    userId: string,
    kind: ContributionKind,
    extra?: { quality?: number; score?: number; id?: string },
  ): Promise<void>;
  /** A member's all-time points. */
  points(userId: string): Promise<number>;
  /** Runs a slash command as a member and returns the reply's text (and embeds). */
  command(
    userId: string,
    name: string,
    options?: Record<string, string | number | boolean>,
  ): Promise<{ content: string; embeds: unknown[] }>;
  /** Bot messages posted in a channel, oldest first. */
  botMessages(channelName: string): Promise<{ content: string; embeds: unknown[] }[]>;
  close(): Promise<void>;
}

/**
 * community.yaml for a test: the community name plus the given `recognition:` section.
 * @param recognition - the recognition section (defaults for everything left out)
 * @param others - other modules' sections (e.g. `{ automod: {}, moderation: {} }`)
 */
export function recognitionConfig(
  recognition: Record<string, unknown> = {},
  others: Record<string, unknown> = {},
): string {
  return stringify({ community: { name: 'Recognition Test' }, recognition, ...others });
}

/**
 * Opens a migrated test database (SQLite or PostgreSQL), seeds the sandbox community and
 * starts the engine with onboarding and recognition configured by `configText`.
 * @param configText - community.yaml text
 * @param options - `moduleIds`: other modules to run too (e.g. automod and moderation), in module-list order
 */
export async function openRecognitionCommunity(
  configText: string = recognitionConfig(),
  options: { moduleIds?: readonly string[] } = {},
): Promise<RecognitionCommunity> {
  const logs: LogLine[] = [];
  const log: Logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const t = await createTestEngine({
    configText,
    moduleIds: options.moduleIds ?? ['onboarding', 'recognition'],
    clock: new ManualClock(Date.UTC(2026, 2, 4, 12)),
    log,
  });
  const { store, clock, sandbox, engine, guild } = t;
  const scheduler = t.scheduler!;
  const find = <T extends { name: string }>(list: T[], name: string, what: string): T => {
    const found = list.find((x) => x.name === name);
    if (found === undefined) throw new Error(`seeded guild has no ${what} ${name}`);
    return found;
  };
  const channel = (name: string): ChannelSnapshot => find(guild.channels, name, 'channel');
  let contributions = 0;
  const ingest = async (event: DomainEvent): Promise<void> => {
    await (
      await engine.ingest(event)
    ).handled;
    await engine.settle();
  };
  const runDueJobs = async (): Promise<number> => {
    await engine.settle();
    const ran = await scheduler.runDue();
    await engine.settle();
    return ran;
  };
  return {
    store: store as TestStore,
    clock,
    sandbox,
    engine,
    scheduler,
    guild,
    logs,
    channel,
    role: (name) => find(guild.roles, name, 'role'),
    start: async () => {
      await engine.startModules(guild.id);
      await engine.settle();
    },
    settle: () => engine.settle(),
    runDueJobs,
    advance: async (ms) => {
      await engine.settle();
      clock.advance(ms);
      // Jobs scheduling follow-up jobs due now (batches) run in the same call.
      while ((await runDueJobs()) > 0);
    },
    ingest,
    contribute: async (userId, kind, extra = {}) => {
      contributions += 1;
      const { id = `c${contributions}`, ...rest } = extra;
      await ingest(
        domainEvent('contribution.recorded', {
          id: `support:contribution.recorded:${id}`,
          guildId: guild.id,
          occurredAt: clock.now(),
          source: 'support',
          payload: { userId, kind, sourceId: id, ...rest },
        }),
      );
    },
    points: async (userId) => {
      const row = await recognitionDb(store.db)
        .selectFrom('recognition_members')
        .select('points')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.points ?? 0;
    },
    command: async (userId, name, options = {}) => {
      const { interactionId } = await sandbox.invokeCommand({
        userId,
        channelId: channel('general').id,
        name,
        options,
      });
      await engine.settle();
      const reply = (await sandbox.getInteraction(interactionId))?.reply;
      return { content: reply?.content ?? '', embeds: reply?.embeds ?? [] };
    },
    botMessages: async (channelName) => {
      await engine.settle();
      const messages = await sandbox.listMessages(channel(channelName).id, { limit: 100 });
      return messages
        .filter((m) => m.authorBot)
        .sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt - b.createdAt))
        .map((m) => ({ content: m.content, embeds: m.embeds }));
    },
    close: t.close,
  };
}
