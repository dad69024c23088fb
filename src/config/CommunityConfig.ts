import { z } from 'zod';
import { CatchUpConfig } from './CatchUpConfig.js';
import { DashboardConfig } from './DashboardConfig.js';

/** A Discord snowflake id, as a string of 17–20 digits. */
export const Snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/** The core part of community.yaml; each module adds its own section under its id. */
export const CoreConfig = z.object({
  version: z.literal(1).default(1).describe('Format version of this file.'),
  community: z
    .object({
      // 2–100 as Discord's guild names: the sandbox names its guild with it, and start refuses less.
      name: z.string().min(2).max(100).describe('Display name, used in messages ({community}).'),
      guildId: Snowflake.optional().describe(
        'The Discord server (guild) this file manages. Required when DISCORD_TOKEN is set; the sandbox makes its own.',
      ),
    })
    .strict()
    .describe('Who this community is.'),
  catchUp: CatchUpConfig,
  dashboard: DashboardConfig,
});

/** The parsed core part of community.yaml (what every module may read). */
export type CommunityConfig = z.infer<typeof CoreConfig>;
