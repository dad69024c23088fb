import type { AnyModule } from '../src/core/defineModule.js';
import type { Clock } from '../src/core/Clock.js';
import { Engine, type EngineOptions, type LoadedModule } from '../src/core/Engine.js';
import { silentLogger } from '../src/core/Logger.js';
import { ManualTimers } from '../src/core/Timers.js';
import { Metrics } from '../src/metrics/Metrics.js';
import type { Platform } from '../src/platform/Platform.js';
import type { Store } from '../src/store/Store.js';

/** What a test engine of a few test modules needs; the rest has quiet defaults. */
export interface EngineOfOptions {
  store: Store;
  platform: Platform;
  clock: Clock;
  modules: AnyModule[];
  /** Module configs by module id (default `{}`). */
  configs?: Record<string, unknown>;
  metrics?: Metrics;
  scheduler?: EngineOptions['scheduler'];
  batchSize?: number;
}

/**
 * An engine of the given test modules (no starter config, no community), silent, with manual
 * interaction timers: deferral is tested in InteractionRouter.test.ts, and a slow machine must
 * not defer here.
 */
export function engineOf(options: EngineOfOptions): Engine {
  const loaded: LoadedModule[] = options.modules.map((definition) => ({
    definition,
    config: options.configs?.[definition.id] ?? {},
  }));
  return new Engine({
    store: options.store,
    platform: options.platform,
    clock: options.clock,
    log: silentLogger(),
    metrics: options.metrics ?? new Metrics(),
    community: { version: 1, community: { name: 'Test' } },
    modules: loaded,
    scheduler: options.scheduler ?? { schedule: () => Promise.resolve(true) },
    interactions: { timers: new ManualTimers() },
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
}
