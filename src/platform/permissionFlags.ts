import { PERMISSION_FLAGS, PERMISSION_NAMES, type PermissionName } from './discordLimits.js';

export { PERMISSION_FLAGS, PERMISSION_NAMES, type PermissionName } from './discordLimits.js';

/**
 * Turns permission names into a bit field (decimal string, as Discord sends it).
 * @param names - permission names
 */
export function permissionBits(names: readonly PermissionName[]): string {
  return names.reduce((bits, name) => bits | PERMISSION_FLAGS[name], 0n).toString();
}

/**
 * Turns a bit field into permission names, in bit order; unknown bits are returned apart.
 * @param bits - decimal string bit field
 */
export function permissionNames(bits: string): { names: PermissionName[]; unknownBits: bigint } {
  let rest = BigInt(bits);
  const names: PermissionName[] = [];
  for (const name of PERMISSION_NAMES) {
    const flag = PERMISSION_FLAGS[name];
    if ((rest & flag) !== 0n) {
      names.push(name);
      rest &= ~flag;
    }
  }
  return { names, unknownBits: rest };
}
