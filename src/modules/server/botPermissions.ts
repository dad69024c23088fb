import type { LiveServer } from './LiveServer.js';
import { ADMINISTRATOR, KNOWN_PERMISSIONS } from './permissionBits.js';

/**
 * What the bot may do server-wide: the union of @everyone's permissions and those of its
 * highest role (Administrator: everything). The guild snapshot names the bot's highest role
 * position, not all of its roles, so a permission the bot holds only through a lower role
 * is not counted: the checks then err on the side of refusing.
 * @param live - the live server
 */
export function botPermissions(live: LiveServer): bigint {
  const top = live.guild.botHighestRolePosition;
  let bits = BigInt(live.everyone?.permissions ?? '0');
  for (const role of live.rolesTopFirst()) {
    if (role.position === top) bits |= BigInt(role.permissions);
  }
  return (bits & ADMINISTRATOR) !== 0n ? KNOWN_PERMISSIONS | bits : bits;
}
