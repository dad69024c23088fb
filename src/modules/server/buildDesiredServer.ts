import { PERMISSION_FLAGS, type PermissionName } from '../../platform/permissionFlags.js';
import type {
  BlueprintChannelKind,
  ConfigPath,
  DesiredChannel,
  DesiredChannelFields,
  DesiredOverwrite,
  DesiredServer,
} from './DesiredServer.js';
import { colourValue, type ChannelConfig, type OverwriteConfig, type ServerConfig } from './ServerConfig.js';

/** The name of the default role in the file. */
export const EVERYONE = '@everyone';

const TEXT_LIKE: readonly BlueprintChannelKind[] = ['text', 'announcement', 'forum'];

/**
 * The name Discord stores for a channel: text, announcement and forum channel names are
 * lower-cased with runs of spaces turned into dashes; voice, stage and category names are
 * kept as written.
 * @param kind - the channel's kind (`category` for a category)
 * @param name - the name as written in the file
 */
export function discordChannelName(kind: BlueprintChannelKind | 'category', name: string): string {
  const trimmed = name.trim();
  return kind !== 'category' && TEXT_LIKE.includes(kind) ? trimmed.toLowerCase().replace(/\s+/g, '-') : trimmed;
}

/**
 * The key a channel is stored under in `server_resources`: its category's name and its own.
 * @param categoryName - the category's name, or null outside any category
 * @param name - the channel's (Discord-normalised) name
 */
export function channelKey(categoryName: string | null, name: string): string {
  return JSON.stringify([categoryName, name]);
}

/**
 * A bit field from permission names.
 * @param names - permission names
 */
export function bitsOf(names: readonly PermissionName[]): bigint {
  return names.reduce((bits, name) => bits | PERMISSION_FLAGS[name], 0n);
}

function overwritesOf(list: readonly OverwriteConfig[], path: ConfigPath): DesiredOverwrite[] {
  return list.map((o, index) => ({
    path: [...path, index],
    target:
      o.member !== undefined
        ? { type: 'member', id: o.member }
        : o.role === EVERYONE
          ? { type: 'everyone' }
          : { type: 'role', name: o.role ?? '' },
    allow: bitsOf(o.allow),
    deny: bitsOf(o.deny),
  }));
}

function fieldsOf(channel: ChannelConfig): DesiredChannelFields {
  const neutral: DesiredChannelFields = {
    topic: null,
    rateLimitPerUser: 0,
    nsfw: false,
    userLimit: 0,
    bitrate: 0,
    tags: [],
    defaultSortOrder: null,
  };
  switch (channel.type) {
    case 'text':
    case 'announcement':
      return { ...neutral, topic: channel.topic, rateLimitPerUser: channel.slowmode, nsfw: channel.nsfw };
    case 'forum':
      return {
        ...neutral,
        topic: channel.topic,
        rateLimitPerUser: channel.slowmode,
        nsfw: channel.nsfw,
        tags: channel.tags.map((t) => ({ name: t.name, moderated: t.moderated, emoji: t.emoji })),
        defaultSortOrder: channel.defaultSort,
      };
    case 'voice':
      return { ...neutral, userLimit: channel.userLimit, bitrate: channel.bitrate };
    case 'stage':
      return { ...neutral, topic: channel.topic, userLimit: channel.userLimit, bitrate: channel.bitrate };
  }
}

function channelOf(
  channel: ChannelConfig,
  path: ConfigPath,
  category: { key: string; name: string } | null,
): DesiredChannel {
  const name = discordChannelName(channel.type, channel.name);
  return {
    key: channelKey(category?.name ?? null, name),
    path,
    name,
    kind: channel.type,
    parentKey: category?.key ?? null,
    overwrites: channel.overwrites === undefined ? null : overwritesOf(channel.overwrites, [...path, 'overwrites']),
    fields: fieldsOf(channel),
  };
}

/**
 * Normalises the parsed `server:` section into the desired state: permission bits, the
 * names Discord will store, stable keys and the config path of every item (for errors).
 * @param config - the parsed `server:` section
 */
export function buildDesiredServer(config: ServerConfig): DesiredServer {
  const roles = config.roles.map((role, index) => ({
    key: role.name,
    path: ['server', 'roles', index] as const,
    name: role.name,
    everyone: role.name === EVERYONE,
    color: colourValue(role.color),
    hoist: role.hoist,
    mentionable: role.mentionable,
    permissions: bitsOf(role.permissions),
  }));
  const categories = config.categories.map((category, index) => {
    const path = ['server', 'categories', index];
    return {
      key: category.name,
      path,
      name: category.name,
      overwrites: overwritesOf(category.overwrites, [...path, 'overwrites']),
    };
  });
  const channels = [
    ...config.categories.flatMap((category, index) =>
      category.channels.map((channel, i) =>
        channelOf(channel, ['server', 'categories', index, 'channels', i], { key: category.name, name: category.name }),
      ),
    ),
    ...config.channels.map((channel, index) => channelOf(channel, ['server', 'channels', index], null)),
  ];
  return { roles, categories, channels };
}
