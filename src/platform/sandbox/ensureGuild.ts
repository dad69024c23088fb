import { InvalidRequest } from '../PlatformError.js';
import type { GuildSnapshot } from '../Platform.js';
import type { SandboxRuntime } from './SandboxRuntime.js';
import { fetchGuildSnapshot } from './guildQueries.js';
import { DEFAULT_EVERYONE_PERMISSIONS, Permission } from './permissions.js';

/** Who a new sandbox guild starts with. */
export interface EnsureGuildOptions {
  /** Username of the guild owner (default `owner`). */
  ownerUsername?: string;
  /** Display name of the guild owner (default: the username). */
  ownerDisplayName?: string;
}

/** Username of the sandbox bot account. */
export const SANDBOX_BOT_USERNAME = 'guildhall';
/** Name of the bot's managed role. */
export const SANDBOX_BOT_ROLE_NAME = 'Guildhall';

/**
 * Creates the database's one sandbox guild if it does not exist yet: @everyone, the bot
 * member with its managed "Guildhall" role, and the owner. Emits no events. The guild id is
 * stored, so it is the same after a restart.
 * @param runtime - the sandbox plumbing
 * @param name - guild name (2–100 characters), used only when creating
 * @param options - owner account, used only when creating
 */
export async function ensureGuild(
  runtime: SandboxRuntime,
  name: string,
  options: EnsureGuildOptions = {},
): Promise<GuildSnapshot> {
  if ((await runtime.findGuild()) !== null) return fetchGuildSnapshot(runtime);
  if (name.length < 2 || name.length > 100) throw new InvalidRequest('a guild name must be 2–100 characters');
  const now = runtime.clock.now();
  const { ids, ceiling } = runtime.firstIds(4);
  const [guildId = '', botUserId = '', botRoleId = '', ownerId = ''] = ids;
  const ownerUsername = options.ownerUsername ?? 'owner';
  await runtime.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sandbox_guild')
      .values({
        id: guildId,
        name,
        owner_id: ownerId,
        bot_user_id: botUserId,
        id_ceiling: ceiling,
        id_workers: 0,
        created_at: now,
        verification_level: 'none',
        invites_paused_until: null,
      })
      .execute();
    const role = { color: 0, hoist: 0, mentionable: 0, managed: 0 };
    await trx
      .insertInto('sandbox_roles')
      .values([
        { ...role, id: guildId, name: '@everyone', permissions: DEFAULT_EVERYONE_PERMISSIONS.toString(), position: 0 },
        {
          ...role,
          id: botRoleId,
          name: SANDBOX_BOT_ROLE_NAME,
          permissions: Permission.ADMINISTRATOR.toString(),
          position: 1,
          managed: 1,
        },
      ])
      .execute();
    await trx
      .insertInto('sandbox_users')
      .values([
        {
          id: botUserId,
          username: SANDBOX_BOT_USERNAME,
          display_name: 'Guildhall',
          bot: 1,
          dms_open: 0,
          account_created_at: now,
        },
        {
          id: ownerId,
          username: ownerUsername,
          display_name: options.ownerDisplayName ?? ownerUsername,
          bot: 0,
          dms_open: 1,
          account_created_at: now,
        },
      ])
      .execute();
    await trx
      .insertInto('sandbox_members')
      .values(
        [botUserId, ownerId].map((userId) => ({
          user_id: userId,
          membership_id: userId,
          joined_at: now,
          nickname: null,
          timeout_until: null,
        })),
      )
      .execute();
    await trx.insertInto('sandbox_member_roles').values({ user_id: botUserId, role_id: botRoleId }).execute();
  });
  runtime.adopt({ id: guildId, name, ownerId, botUserId }, ceiling);
  return fetchGuildSnapshot(runtime);
}
