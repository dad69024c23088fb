/**
 * A role to create, or the fields of one to change.
 * @see https://discord.com/developers/docs/resources/guild#create-guild-role
 */
export interface RoleSpec {
  /** 1–100 characters. */
  name: string;
  /** RGB as one integer (0 = no colour). */
  color?: number;
  /** Shown apart in the member list. */
  hoist?: boolean;
  /** Anyone may ping it. */
  mentionable?: boolean;
  /** Permission bit field as a decimal string (see `PERMISSION_FLAGS`). */
  permissions?: string;
  /** Higher is above; the bot only manages roles below its own highest. */
  position?: number;
}

/**
 * A role as the platform has it.
 * @see https://discord.com/developers/docs/topics/permissions#role-object
 */
export interface RoleSnapshot {
  /** The guild's id for @everyone. */
  id: string;
  name: string;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  /** Permission bit field as a decimal string. */
  permissions: string;
  /** 0 for @everyone; higher is above. */
  position: number;
  /** Owned by an integration (a bot's own role, a booster role): nobody can assign it. */
  managed: boolean;
}

/**
 * One entry of a bulk role reorder (higher position = higher in the list).
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-role-positions
 */
export interface RolePosition {
  id: string;
  position: number;
}
