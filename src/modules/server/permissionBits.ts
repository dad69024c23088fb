import { PERMISSION_FLAGS, PERMISSION_NAMES, type PermissionName } from '../../platform/permissionFlags.js';

/** Every bit Guildhall has a name for; other bits on a live role or overwrite are left as they are. */
export const KNOWN_PERMISSIONS: bigint = PERMISSION_NAMES.reduce((bits, name) => bits | PERMISSION_FLAGS[name], 0n);

/** Administrator: every permission, everywhere. */
export const ADMINISTRATOR = PERMISSION_FLAGS.Administrator;

/**
 * The named permissions in a bit field, in bit order.
 * @param bits - a bit field
 */
export function permissionList(bits: bigint): PermissionName[] {
  return PERMISSION_NAMES.filter((name) => (bits & PERMISSION_FLAGS[name]) !== 0n);
}

/**
 * `ViewChannel, SendMessages`, or `(none)`.
 * @param bits - a bit field
 */
export function formatPermissions(bits: bigint): string {
  const names = permissionList(bits);
  return names.length === 0 ? '(none)' : names.join(', ');
}

/**
 * What changes between two bit fields, as `+Added −Removed`.
 * @param from - the live bits
 * @param to - the wanted bits
 */
export function permissionDiff(from: bigint, to: bigint): string {
  const added = permissionList(to & ~from).map((n) => `+${n}`);
  const removed = permissionList(from & ~to).map((n) => `−${n}`);
  return [...added, ...removed].join(' ');
}

/**
 * The bits to write: the wanted named bits, keeping the live bits Guildhall has no name for.
 * @param wanted - bits from the file
 * @param live - bits on the server
 */
export function withUnknownBits(wanted: bigint, live: bigint): bigint {
  return (wanted & KNOWN_PERMISSIONS) | (live & ~KNOWN_PERMISSIONS);
}

/**
 * Whether two bit fields agree on every named permission.
 * @param a - one bit field
 * @param b - the other
 */
export function samePermissions(a: bigint, b: bigint): boolean {
  return (a & KNOWN_PERMISSIONS) === (b & KNOWN_PERMISSIONS);
}
