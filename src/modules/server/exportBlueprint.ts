import type { ChannelSnapshot, GuildSnapshot, PermissionOverwrite } from '../../platform/Platform.js';
import { EVERYONE } from './buildDesiredServer.js';
import { LiveServer } from './LiveServer.js';
import { permissionList } from './permissionBits.js';
import { hexColour } from './planLabels.js';

/** A YAML-ready object: what the `server:` section holds. */
export type BlueprintValue = string | number | boolean | null | BlueprintValue[] | { [key: string]: BlueprintValue };

/** A live server written as the `server:` section, with what could not be written. */
export interface ExportedBlueprint {
  guild: { id: string; name: string };
  /** The `server:` section (defaults left out). */
  server: { [key: string]: BlueprintValue };
  /** Things left out, one line each (written as comments). */
  skipped: string[];
}

const DEFAULT_BITRATE = 64_000;

function sameOverwriteSet(a: readonly PermissionOverwrite[], b: readonly PermissionOverwrite[]): boolean {
  const key = (o: PermissionOverwrite): string => `${o.type}:${o.id}:${o.allow}:${o.deny}`;
  const set = new Set(a.map(key));
  return a.length === b.length && b.every((o) => set.has(key(o)));
}

/** Writes a live server as a blueprint: see {@link exportBlueprint}. */
class BlueprintWriter {
  readonly skipped: string[] = [];
  readonly #live: LiveServer;
  /** Role names that name more than one role (an overwrite by such a name would be ambiguous). */
  readonly #ambiguous: Set<string>;

  constructor(live: LiveServer) {
    this.#live = live;
    const counts = new Map<string, number>();
    for (const role of live.rolesTopFirst()) counts.set(role.name, (counts.get(role.name) ?? 0) + 1);
    this.#ambiguous = new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
  }

  roles(): BlueprintValue[] {
    const out: BlueprintValue[] = [];
    const seen = new Set<string>([EVERYONE]);
    for (const role of this.#live.rolesTopFirst()) {
      if (role.managed) continue;
      if (seen.has(role.name)) {
        this.skipped.push(`role "${role.name}" (${role.id}): another role has the same name`);
        continue;
      }
      seen.add(role.name);
      const entry: { [key: string]: BlueprintValue } = { name: role.name };
      if (role.color !== 0) entry.color = hexColour(role.color);
      if (role.hoist) entry.hoist = true;
      if (role.mentionable) entry.mentionable = true;
      const permissions = permissionList(BigInt(role.permissions));
      if (permissions.length > 0) entry.permissions = permissions;
      out.push(entry);
    }
    const everyone = this.#live.everyone;
    if (everyone !== undefined) out.push({ name: EVERYONE, permissions: permissionList(BigInt(everyone.permissions)) });
    return out;
  }

  overwrites(list: readonly PermissionOverwrite[], where: string): BlueprintValue[] {
    const out: BlueprintValue[] = [];
    for (const o of list) {
      const entry: { [key: string]: BlueprintValue } = {};
      if (o.type === 'member') {
        entry.member = o.id;
      } else if (o.id === this.#live.guild.id) {
        entry.role = EVERYONE;
      } else {
        const role = this.#live.role(o.id);
        if (role === undefined || this.#ambiguous.has(role.name) || role.name === EVERYONE) {
          const why = role === undefined ? 'the role no longer exists' : 'its role name is ambiguous';
          this.skipped.push(`overwrite for role ${o.id} on ${where}: ${why}`);
          continue;
        }
        entry.role = role.name;
      }
      const allow = permissionList(BigInt(o.allow));
      const deny = permissionList(BigInt(o.deny));
      if (allow.length > 0) entry.allow = allow;
      if (deny.length > 0) entry.deny = deny;
      out.push(entry);
    }
    return out;
  }

  channel(channel: ChannelSnapshot, category: ChannelSnapshot | null): { [key: string]: BlueprintValue } | null {
    const entry: { [key: string]: BlueprintValue } = { type: channel.kind, name: channel.name };
    const topic = channel.topic === '' ? null : channel.topic;
    switch (channel.kind) {
      case 'text':
      case 'announcement':
      case 'forum':
        if (topic !== null) entry.topic = topic;
        if (channel.rateLimitPerUser > 0) entry.slowmode = channel.rateLimitPerUser;
        if (channel.nsfw) entry.nsfw = true;
        if (channel.kind === 'forum') {
          if (channel.availableTags.length > 0) {
            entry.tags = channel.availableTags.map((t) => {
              const tag: { [key: string]: BlueprintValue } = { name: t.name };
              if (t.moderated) tag.moderated = true;
              if (t.emoji !== null) tag.emoji = t.emoji;
              return tag;
            });
          }
          if (channel.defaultSortOrder !== null) entry.defaultSort = channel.defaultSortOrder;
        }
        break;
      case 'stage':
      case 'voice':
        if (channel.kind === 'stage' && topic !== null) entry.topic = topic;
        if (channel.userLimit > 0) entry.userLimit = channel.userLimit;
        if (channel.bitrate !== DEFAULT_BITRATE && channel.bitrate > 0) entry.bitrate = channel.bitrate;
        break;
      case 'category':
      case 'thread':
        this.skipped.push(`#${channel.name} (${channel.id}): a ${channel.kind} is not a channel a blueprint declares`);
        return null;
    }
    const synced = category !== null && sameOverwriteSet(channel.permissionOverwrites, category.permissionOverwrites);
    if (!synced && (category !== null || channel.permissionOverwrites.length > 0)) {
      entry.overwrites = this.overwrites(channel.permissionOverwrites, `#${channel.name}`);
    }
    return entry;
  }

  channels(parent: ChannelSnapshot | null): BlueprintValue[] {
    const out: BlueprintValue[] = [];
    const names = new Set<string>();
    for (const channel of this.#live.children(parent?.id ?? null)) {
      if (names.has(channel.name)) {
        this.skipped.push(`#${channel.name} (${channel.id}): another channel of its category has the same name`);
        continue;
      }
      names.add(channel.name);
      const entry = this.channel(channel, parent);
      if (entry !== null) out.push(entry);
    }
    return out;
  }

  categories(): BlueprintValue[] {
    const out: BlueprintValue[] = [];
    const names = new Set<string>();
    for (const category of this.#live.categories()) {
      if (names.has(category.name)) {
        this.skipped.push(
          `category "${category.name}" (${category.id}) and its channels: another category has the same name`,
        );
        continue;
      }
      names.add(category.name);
      const entry: { [key: string]: BlueprintValue } = { name: category.name };
      const overwrites = this.overwrites(category.permissionOverwrites, `category "${category.name}"`);
      if (overwrites.length > 0) entry.overwrites = overwrites;
      entry.channels = this.channels(category);
      out.push(entry);
    }
    return out;
  }
}

/**
 * Writes a live server as the `server:` section: roles top first (not those managed by an
 * integration, which cannot be created; @everyone with its permissions only), categories and
 * channels in Discord's display order, permissions by name, colours as `#rrggbb`, defaults
 * left out, and no `overwrites` on a channel synced with its category. What cannot be
 * written (threads, duplicate names, overwrites of deleted roles) is listed in `skipped`.
 * Planning the result against the same server shows no changes.
 * @param guild - the live guild (`Platform.fetchGuild`)
 */
export function exportBlueprint(guild: GuildSnapshot): ExportedBlueprint {
  const live = new LiveServer(guild);
  const writer = new BlueprintWriter(live);
  const roles = writer.roles();
  const categories = writer.categories();
  const channels = writer.channels(null);
  const server: { [key: string]: BlueprintValue } = { roles, categories };
  if (channels.length > 0) server.channels = channels;
  const threads = guild.channels.filter((c) => c.kind === 'thread').length;
  if (threads > 0) writer.skipped.push(`${threads} thread(s) and forum post(s): content, not part of the layout`);
  return { guild: { id: guild.id, name: guild.name }, server, skipped: writer.skipped };
}
