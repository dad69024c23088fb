/** Custom id prefixes of the contests part's buttons and forms. */
export const CONTEST_CUSTOM_IDS = {
  /** The `/challenge submit` form: `challenges:contest-entry:<contestId>`. */
  entryForm: 'challenges:contest-entry:',
  /** The Vote button of an entry's card: `challenges:contest-vote:<contestId>:<number>`. */
  vote: 'challenges:contest-vote:',
} as const;

/**
 * The arguments after a prefix, or null when the custom id does not start with it.
 * @param customId - a component's custom id
 * @param prefix - one of {@link CONTEST_CUSTOM_IDS}
 */
export function contestCustomIdArgs(customId: string, prefix: string): string[] | null {
  if (!customId.startsWith(prefix)) return null;
  const rest = customId.slice(prefix.length);
  return rest === '' ? null : rest.split(':');
}
