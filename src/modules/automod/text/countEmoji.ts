const CUSTOM_EMOJI = /<a?:[\w~]{2,32}:\d{17,20}>/g;
// A pictographic character, optionally joined to more by ZWJ (👩‍💻 counts once); flags are pairs.
const UNICODE_EMOJI =
  /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*|\p{Regional_Indicator}{2}/gu;

/**
 * Counts the emoji in a message: Discord custom emoji (`<:name:id>`, animated too) and
 * unicode emoji, a ZWJ sequence or a flag counting once.
 * @param content - the message text
 */
export function countEmoji(content: string): number {
  const custom = content.match(CUSTOM_EMOJI)?.length ?? 0;
  const withoutCustom = custom === 0 ? content : content.replace(CUSTOM_EMOJI, ' ');
  return custom + (withoutCustom.match(UNICODE_EMOJI)?.length ?? 0);
}
