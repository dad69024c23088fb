import { z } from 'zod';
import { unsafeNameReason } from '../../config/safeName.js';
import { PERMISSION_NAMES, type PermissionName } from '../../platform/permissionFlags.js';

/** Discord: names 1–100 characters; no control or bidi formatting characters (`safeName.ts`). */
const Name = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .superRefine((name, issue) => {
    const reason = unsafeNameReason(name);
    if (reason !== null) issue.addIssue({ code: 'custom', message: reason });
  });

/** A permission by its Discord name, e.g. `ViewChannel`, `SendMessages`. */
const Permission = z
  .enum(PERMISSION_NAMES as [PermissionName, ...PermissionName[]])
  .describe('A Discord permission by name, e.g. ViewChannel, SendMessages, ManageMessages.');

/**
 * `#rrggbb`, or a number. Kept as written (a transform would hide the section's defaults
 * from the JSON Schema); {@link colourValue} turns it into a number.
 */
const Colour = z
  .union([
    z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#5865f2"'),
    z.number().int().min(0).max(0xffffff),
  ])
  .describe('Colour as "#rrggbb" (or a number); 0 / "#000000" means no colour.');

/**
 * A colour of the file as a 24-bit number.
 * @param colour - `#rrggbb` or a number
 */
export function colourValue(colour: string | number): number {
  return typeof colour === 'number' ? colour : Number.parseInt(colour.slice(1), 16);
}

/**
 * A permission overwrite: what a role (or one member) may or may not do in a category or
 * channel. Exactly one of `role` and `member`.
 */
export const OverwriteConfig = z
  .object({
    role: Name.optional().describe(
      'Role name, or "@everyone". A role the file does not declare may be named when it exists on the server (e.g. a bot\'s own role).',
    ),
    member: z
      .string()
      .regex(/^\d{17,20}$/, 'must be a Discord user id (17–20 digits, in quotes)')
      .optional()
      .describe("A member's user id, for an overwrite that applies to one member (instead of role)."),
    allow: z.array(Permission).default([]).describe('Permissions explicitly allowed.'),
    deny: z.array(Permission).default([]).describe('Permissions explicitly denied.'),
  })
  .strict()
  .refine((o) => (o.role === undefined) !== (o.member === undefined), {
    message: 'give either "role" or "member" (exactly one)',
  })
  .refine((o) => !o.allow.some((p) => o.deny.includes(p)), {
    message: 'a permission cannot be both allowed and denied',
  });

const channelBase = {
  name: Name.describe(
    'Channel name. Discord stores text, announcement and forum channel names lower-cased with dashes for spaces; plan compares that form.',
  ),
  overwrites: z
    .array(OverwriteConfig)
    .optional()
    .describe(
      "This channel's own permission overwrites. Leave out to stay synced with the category (its overwrites are copied and kept in sync).",
    ),
};

const textLike = {
  ...channelBase,
  topic: z.string().max(1024).nullable().default(null).describe('Channel topic (max 1024 characters).'),
  slowmode: z.number().int().min(0).max(21_600).default(0).describe('Seconds between messages per member (0–21600).'),
  nsfw: z.boolean().default(false).describe('Age-restricted channel.'),
};

/** A forum tag. */
export const ForumTagConfig = z
  .object({
    name: z.string().trim().min(1).max(20).describe('Tag name (max 20 characters).'),
    moderated: z.boolean().default(false).describe('Only members who can manage threads may apply it.'),
    emoji: z.string().min(1).nullable().default(null).describe('A unicode emoji shown with the tag.'),
  })
  .strict();

/** One channel of the blueprint, by type. */
export const ChannelConfig = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), ...textLike }).strict(),
  z.object({ type: z.literal('announcement'), ...textLike }).strict(),
  z
    .object({
      type: z.literal('forum'),
      ...textLike,
      topic: z
        .string()
        .max(4096)
        .nullable()
        .default(null)
        .describe('Post guidelines shown at the top of the forum (max 4096 characters).'),
      tags: z.array(ForumTagConfig).max(20).default([]).describe('Tags members can put on posts (max 20).'),
      defaultSort: z
        .enum(['latest_activity', 'creation_date'])
        .nullable()
        .default(null)
        .describe('How posts are sorted by default.'),
    })
    .strict(),
  z
    .object({
      type: z.literal('voice'),
      ...channelBase,
      userLimit: z.number().int().min(0).max(99).default(0).describe('Maximum members connected (0 = unlimited).'),
      bitrate: z.number().int().min(8000).max(384_000).default(64_000).describe('Audio bitrate in bits per second.'),
    })
    .strict(),
  z
    .object({
      type: z.literal('stage'),
      ...channelBase,
      topic: z.string().max(120).nullable().default(null).describe('Stage topic.'),
      userLimit: z.number().int().min(0).max(10_000).default(0).describe('Maximum listeners (0 = unlimited).'),
      bitrate: z.number().int().min(8000).max(64_000).default(64_000).describe('Audio bitrate in bits per second.'),
    })
    .strict(),
]);

/** A category and the channels in it, in order. */
export const CategoryConfig = z
  .object({
    name: Name.describe('Category name.'),
    overwrites: z.array(OverwriteConfig).default([]).describe("The category's permission overwrites."),
    channels: z
      .array(ChannelConfig)
      .max(50)
      .default([])
      .describe(
        'Channels in this category, top to bottom (max 50; Discord shows voice and stage channels below the others).',
      ),
  })
  .strict();

/** A role of the blueprint. */
export const RoleConfig = z
  .object({
    name: Name.describe('Role name ("@everyone" sets the default permissions only).'),
    color: Colour.default(0),
    hoist: z.boolean().default(false).describe('Show members with this role separately in the member list.'),
    mentionable: z.boolean().default(false).describe('Anyone may @mention this role.'),
    permissions: z.array(Permission).default([]).describe('Server-wide permissions of the role.'),
  })
  .strict();

/** The `server:` section: the Discord server's layout, as code. */
export const ServerConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the blueprint on or off (plan/apply refuse when off).'),
    roles: z
      .array(RoleConfig)
      .default([])
      .describe(
        'Roles from top to bottom. Those below the bot’s own role are put in this order; roles at or above it cannot be moved or edited by the bot and must come first, as they are. Roles not listed are left alone (deleted only with --prune).',
      ),
    categories: z.array(CategoryConfig).default([]).describe('Categories from top to bottom, with their channels.'),
    channels: z
      .array(ChannelConfig)
      .default([])
      .describe('Channels outside any category, top to bottom (shown above every category).'),
  })
  .strict()
  .default({ enabled: true, roles: [], categories: [], channels: [] })
  .describe('The server layout (categories, channels, roles, permission overwrites): guildhall plan / apply / export.');

/** The parsed `server:` section. */
export type ServerConfig = z.infer<typeof ServerConfig>;
/** One parsed channel of the blueprint. */
export type ChannelConfig = z.infer<typeof ChannelConfig>;
/** One parsed category of the blueprint. */
export type CategoryConfig = z.infer<typeof CategoryConfig>;
/** One parsed role of the blueprint. */
export type RoleConfig = z.infer<typeof RoleConfig>;
/** One parsed permission overwrite of the blueprint. */
export type OverwriteConfig = z.infer<typeof OverwriteConfig>;
