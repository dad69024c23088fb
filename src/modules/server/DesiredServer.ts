import type { ChannelKind, ForumTag } from '../../platform/Platform.js';

/** Where an item comes from in community.yaml: keys and list indexes from the root. */
export type ConfigPath = readonly (string | number)[];

/** The channel kinds a blueprint declares (categories apart). */
export type BlueprintChannelKind = Exclude<ChannelKind, 'category' | 'thread'>;

/** Who an overwrite applies to, as the file names it. */
export type OverwriteTarget = { type: 'everyone' } | { type: 'role'; name: string } | { type: 'member'; id: string };

/** One overwrite the file declares on a category or channel. */
export interface DesiredOverwrite {
  path: ConfigPath;
  target: OverwriteTarget;
  allow: bigint;
  deny: bigint;
}

/** A role the file declares. `@everyone` only carries permissions. */
export interface DesiredRole {
  /** Stable key of the role in `server_resources` (its name in the file). */
  key: string;
  path: ConfigPath;
  name: string;
  everyone: boolean;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  permissions: bigint;
}

/** A category the file declares. */
export interface DesiredCategory {
  key: string;
  path: ConfigPath;
  name: string;
  overwrites: DesiredOverwrite[];
}

/** The fields of a channel that depend on its kind (unused ones keep Discord's neutral value). */
export interface DesiredChannelFields {
  topic: string | null;
  rateLimitPerUser: number;
  nsfw: boolean;
  userLimit: number;
  bitrate: number;
  tags: ForumTag[];
  defaultSortOrder: 'latest_activity' | 'creation_date' | null;
}

/** A channel the file declares. */
export interface DesiredChannel {
  /** `["Category", "name"]` as JSON (`null` category for channels outside any). */
  key: string;
  path: ConfigPath;
  /** The name Discord will store (text-like channels: lower case, dashes). */
  name: string;
  kind: BlueprintChannelKind;
  /** Key of its category, or null. */
  parentKey: string | null;
  /** Its own overwrites, or null when it stays synced with its category. */
  overwrites: DesiredOverwrite[] | null;
  fields: DesiredChannelFields;
}

/** The `server:` section, normalised: what the live server should look like. */
export interface DesiredServer {
  /** Roles from top to bottom, `@everyone` (if given) included where the file lists it. */
  roles: DesiredRole[];
  categories: DesiredCategory[];
  /** Every channel: those of each category in order, then the ones outside any category. */
  channels: DesiredChannel[];
}
