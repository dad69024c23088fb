import { z } from 'zod';

/** Messages read back per channel at most, by default, when catching up after downtime. */
export const DEFAULT_MAX_MESSAGES_PER_CHANNEL = 1000;

/**
 * The `catchUp:` section of community.yaml: what Guildhall reads back from the platform when
 * it starts (and when Discord's gateway session was lost and a new one began), so that
 * members who joined or left and messages posted while it was not listening are not lost.
 * See docs/reliability.md, "Catch-up after downtime".
 */
export const CatchUpConfig = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe('Reconcile members and read back missed messages at start and after a lost gateway session.'),
    maxMessagesPerChannel: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .default(DEFAULT_MAX_MESSAGES_PER_CHANNEL)
      .describe(
        'Most messages read back per channel at each catch-up, oldest first (0: none); the rest are read at the next one.',
      ),
  })
  .strict()
  .optional()
  .describe(
    'Catch-up after downtime: members and messages missed while Guildhall was not listening. Left out, every key takes its default.',
  );

/** The parsed `catchUp:` section (undefined when left out: the defaults apply). */
export type CatchUpConfig = z.infer<typeof CatchUpConfig>;

/**
 * The catch-up settings in force: the section's, or the defaults when it was left out.
 * @param section - the parsed `catchUp:` section, if any
 */
export function catchUpSettings(section: CatchUpConfig): { enabled: boolean; maxMessagesPerChannel: number } {
  return section ?? { enabled: true, maxMessagesPerChannel: DEFAULT_MAX_MESSAGES_PER_CHANNEL };
}
