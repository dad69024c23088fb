import type { ListedMember } from '../../platform/Platform.js';
import type { MemberPort } from '../../platform/ports/MemberPort.js';
import type { Clock } from '../Clock.js';
import type { Logger } from '../Logger.js';
import type { DirectorySyncResult, MemberDirectory } from './MemberDirectory.js';

/**
 * Fills the member directory from the platform's member list (at start): every member the
 * platform lists is written as listed, present members it no longer lists are marked as
 * left. Logs the counts; a failure (no Server Members intent, a network error) is logged and
 * answered with null, never thrown: the directory then keeps what the events said.
 * @param deps - the directory, the platform's member reads, the clock and a logger
 * @param guildId - the guild to sync
 * @param listed - the list when the caller already read it (catch-up does), and when
 */
export async function syncMemberDirectory(
  deps: { directory: MemberDirectory; platform: Pick<MemberPort, 'fetchAllMembers'>; clock: Clock; log: Logger },
  guildId: string,
  listed?: { members: readonly ListedMember[]; listedAt: number },
): Promise<DirectorySyncResult | null> {
  const listedAt = listed?.listedAt ?? deps.clock.now();
  try {
    const members = listed?.members ?? (await deps.platform.fetchAllMembers(guildId));
    const result = await deps.directory.syncFromPlatform(guildId, members, listedAt);
    deps.log.info({ guildId, ...result }, 'member directory synced from the platform’s member list');
    return result;
  } catch (error) {
    deps.log.warn(
      { guildId, err: error },
      'could not sync the member directory from the platform; kept as events left it',
    );
    return null;
  }
}
