/** Custom id prefixes of the showcases' components (`challenges:` routes them to this module). */
export const SHOWCASE_CUSTOM_IDS = {
  /** A category's voting select menu: `challenges:showcase-vote:<month>:<category>`. */
  vote: 'challenges:showcase-vote:',
  /** The nomination form: `challenges:showcase-nominate:<month>:<category>:<nomineeId>`. */
  nominate: 'challenges:showcase-nominate:',
} as const;

/**
 * A custom id: the prefix and its arguments joined by `:`.
 * @param prefix - one of {@link SHOWCASE_CUSTOM_IDS}
 * @param args - the arguments
 */
export function showcaseCustomId(prefix: string, ...args: string[]): string {
  return prefix + args.join(':');
}

/**
 * The arguments after a prefix (exactly `count` of them), or null when the id is not one.
 * @param customId - a component's custom id
 * @param prefix - one of {@link SHOWCASE_CUSTOM_IDS}
 * @param count - how many arguments it carries
 */
export function showcaseCustomIdArgs(customId: string, prefix: string, count: number): string[] | null {
  if (!customId.startsWith(prefix)) return null;
  const args = customId.slice(prefix.length).split(':');
  return args.length === count && args.every((a) => a !== '') ? args : null;
}
