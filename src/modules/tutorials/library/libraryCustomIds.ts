/** Custom id prefixes of the library's buttons and forms. */
export const LIBRARY_IDS = {
  /** The `/tutorial submit` form: `tutorials:submit:<category>:<level>:<format>`. */
  submit: 'tutorials:submit:',
  /** The `/tutorial edit` form: `tutorials:edit:<number>:<category|->:<level|->:<format|->`. */
  edit: 'tutorials:edit:',
  /** A rating button: `tutorials:rate:<number>:<1-5>`. */
  rate: 'tutorials:rate:',
  /** Start (opens the tutorial, counted as a view): `tutorials:start:<number>`. */
  start: 'tutorials:start:',
  /** Mark complete: `tutorials:complete:<number>`. */
  complete: 'tutorials:complete:',
  /** Review (experts): `tutorials:review:<number>` (the button and its form). */
  review: 'tutorials:review:',
} as const;

/**
 * A custom id: the prefix and its arguments joined by `:`.
 * @param prefix - one of {@link LIBRARY_IDS}
 * @param args - the arguments
 */
export function libraryId(prefix: string, ...args: (string | number)[]): string {
  return prefix + args.join(':');
}

/**
 * The arguments after a prefix, exactly `count` of them, or null.
 * @param customId - a component's custom id
 * @param prefix - one of {@link LIBRARY_IDS}
 * @param count - how many arguments it must carry
 */
export function libraryIdArgs(customId: string, prefix: string, count: number): string[] | null {
  if (!customId.startsWith(prefix)) return null;
  const args = customId.slice(prefix.length).split(':');
  return args.length === count && args.every((a) => a !== '') ? args : null;
}
