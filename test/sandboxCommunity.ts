import { starterConfig } from '../src/config/starterConfig.js';
import type { ManualClock } from '../src/core/Clock.js';
import type { Engine } from '../src/core/Engine.js';
import type { Metrics } from '../src/metrics/Metrics.js';
import type { ChannelSnapshot, GuildSnapshot, RoleSnapshot } from '../src/platform/Platform.js';
import type { SandboxPlatform } from '../src/platform/sandbox/SandboxPlatform.js';
import { createTestEngine } from './createTestEngine.js';
import type { TestStore } from './testStore.js';

/** A seeded sandbox guild wired to a real engine with the configured modules. */
export interface SandboxCommunity {
  store: TestStore;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  engine: Engine;
  metrics: Metrics;
  guild: GuildSnapshot;
  channel(name: string): ChannelSnapshot;
  role(name: string): RoleSnapshot;
  /** Acting as members delivers events to the engine; this waits for every module. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a migrated test database (SQLite or PostgreSQL), seeds the sandbox community and
 * starts an engine on it with the modules configured by `configText` (default: the starter).
 * @param configText - community.yaml text
 */
export async function openSandboxCommunity(configText: string = starterConfig()): Promise<SandboxCommunity> {
  const t = await createTestEngine({ configText, scheduler: 'none' });
  return {
    store: t.store as TestStore,
    clock: t.clock,
    sandbox: t.sandbox,
    engine: t.engine,
    metrics: t.metrics,
    guild: t.guild,
    channel: t.channel,
    role: t.role,
    settle: t.settle,
    close: t.close,
  };
}
