import { silentLogger } from '../../src/core/Logger.js';
import { ModerationConfig } from '../../src/modules/moderation/ModerationConfig.js';
import type { ModerationContext } from '../../src/modules/moderation/ModerationContext.js';
import type { ModerationCommunity } from './moderationCommunity.js';
import { MemberDirectory } from '../../src/core/members/MemberDirectory.js';

/**
 * The moderation module's context on a test community, as the engine builds it (its jobs go
 * to the community's scheduler, its audit records to the engine's audit log); emitted events
 * are dropped.
 * @param community - the test community
 * @param config - the `moderation:` section (default: every default)
 */
export function moderationContext(community: ModerationCommunity, config: unknown = {}): ModerationContext {
  return {
    moduleId: 'moderation',
    db: community.store.db,
    dialect: community.store.dialect,
    platform: community.sandbox,
    platformNow: community.sandbox,
    config: ModerationConfig.parse(config),
    community: { version: 1, community: { name: 'Test Community' } },
    clock: community.clock,
    log: silentLogger(),
    memberData: community.engine.memberData,
    members: new MemberDirectory(community.store.db, community.clock),
    state: undefined,
    schedule: async (job, request) => {
      await community.scheduler.schedule('moderation', {
        name: job.name,
        key: request.key,
        runAt: request.runAt,
        payload: request.payload,
      });
    },
    emit: () => Promise.resolve(),
    audit: (entry) => community.engine.audit.record(entry),
  };
}
