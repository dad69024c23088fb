import { PERMISSION_FLAGS } from '../../platform/permissionFlags.js';
import type { OverwriteConfig, ServerConfig } from './ServerConfig.js';

/**
 * Every permission the blueprint hands out: in role permissions and in overwrites (allow and
 * deny alike — Discord lets a bot set in an overwrite only permissions it has itself, and grant
 * to a role only permissions it has).
 * @param config - the parsed `server:` section
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 */
export function blueprintPermissions(config: ServerConfig): bigint {
  let bits = 0n;
  const add = (names: readonly (keyof typeof PERMISSION_FLAGS)[]): void => {
    for (const name of names) bits |= PERMISSION_FLAGS[name];
  };
  const addOverwrites = (overwrites: readonly OverwriteConfig[] | undefined): void => {
    for (const overwrite of overwrites ?? []) {
      add(overwrite.allow);
      add(overwrite.deny);
    }
  };
  for (const role of config.roles) add(role.permissions);
  for (const category of config.categories) {
    addOverwrites(category.overwrites);
    for (const channel of category.channels) addOverwrites(channel.overwrites);
  }
  for (const channel of config.channels) addOverwrites(channel.overwrites);
  return bits;
}
