/** The prefix of a preview's button: `learning:round:<roundId>:form`. */
export const ROUND_PREFIX = 'learning:round:';

/**
 * The custom id of a preview's "Form these groups" button.
 * @param roundId - the preview round
 */
export function roundCustomId(roundId: string): string {
  return `${ROUND_PREFIX}${roundId}:form`;
}

/**
 * The preview round a button names, or null when the custom id is not one.
 * @param customId - a component's custom id
 */
export function parseRoundCustomId(customId: string): { roundId: string } | null {
  if (!customId.startsWith(ROUND_PREFIX)) return null;
  const match = /^([0-9A-Za-z_-]+):form$/.exec(customId.slice(ROUND_PREFIX.length));
  const roundId = match?.[1];
  return roundId === undefined ? null : { roundId };
}
