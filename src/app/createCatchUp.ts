import { catchUpSettings } from '../config/CatchUpConfig.js';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import { CatchUp } from '../core/catchUp/CatchUp.js';
import type { Clock } from '../core/Clock.js';
import type { Engine } from '../core/Engine.js';
import type { Logger } from '../core/Logger.js';
import type { ListedMember, Platform } from '../platform/Platform.js';
import type { Store } from '../store/Store.js';

/**
 * The catch-up of a running Guildhall (docs/reliability.md): `run('start')` once started,
 * `platformOptions()` to `Platform.start` so a lost gateway session catches up too.
 * @param deps - store, platform, guild, parsed config, clock, logger, and the engine that records events
 */
export function createCatchUp(deps: {
  store: Store;
  platform: Platform;
  guildId: string;
  community: CommunityConfig;
  clock: Clock;
  log: Logger;
  engine: Pick<Engine, 'ingest'>;
  /** Given each member list a catch-up reads (the member directory's sync). */
  membersListed?: (members: readonly ListedMember[], listedAt: number) => Promise<void>;
}): CatchUp {
  return new CatchUp({
    store: deps.store,
    platform: deps.platform,
    guildId: deps.guildId,
    clock: deps.clock,
    log: deps.log.child({ component: 'catch-up' }),
    settings: catchUpSettings(deps.community.catchUp),
    ingest: (event) => deps.engine.ingest(event),
    ...(deps.membersListed === undefined ? {} : { membersListed: deps.membersListed }),
  });
}
