/** Custom id prefixes of the feedback module's buttons and forms. */
export const FEEDBACK_CUSTOM_IDS = {
  /** The `/feedback submit` form: `feedback:form:<type>`. */
  form: 'feedback:form:',
  /** 👍 on an item's card: `feedback:up:<itemId>`. */
  up: 'feedback:up:',
  /** 👎 on an item's card: `feedback:down:<itemId>`. */
  down: 'feedback:down:',
  /** Follow / stop following an item: `feedback:follow:<itemId>`. */
  follow: 'feedback:follow:',
  /** A survey's score buttons: `feedback:survey:<surveyId>:<score>`. */
  survey: 'feedback:survey:',
  /** A survey's comment form: `feedback:survey-comment:<surveyId>`. */
  surveyComment: 'feedback:survey-comment:',
  /** A poll's answer buttons where there are no native polls: `feedback:poll:<pollId>:<answer>`. */
  poll: 'feedback:poll:',
} as const;

/**
 * A custom id: the prefix and its arguments joined by `:`.
 * @param prefix - one of {@link FEEDBACK_CUSTOM_IDS}
 * @param args - the arguments (ids, numbers)
 */
export function feedbackCustomId(prefix: string, ...args: (string | number)[]): string {
  return prefix + args.join(':');
}

/**
 * The arguments after a prefix, or null when the custom id does not start with it.
 * @param customId - a component's custom id
 * @param prefix - one of {@link FEEDBACK_CUSTOM_IDS}
 */
export function feedbackCustomIdArgs(customId: string, prefix: string): string[] | null {
  if (!customId.startsWith(prefix)) return null;
  const rest = customId.slice(prefix.length);
  return rest === '' ? null : rest.split(':');
}
