/** Letters, digits and `_` of any script: what a whole word must not touch. */
const WORD = String.raw`[\p{L}\p{N}_]`;

/**
 * True when the text holds one of the words or phrases as whole words, ignoring case (a
 * phrase's spaces match any run of spaces): "Thanks!" and "thank you so much" count for
 * `thanks` and `thank you`, "thanksgiving" and "ty" inside "pretty" do not.
 * @param text - a message
 * @param words - `solutions.thanksWords`
 */
export function saysThanks(text: string, words: readonly string[]): boolean {
  return words.some((word) => {
    const phrase = word
      .trim()
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(String.raw`\s+`);
    if (phrase === '') return false;
    return new RegExp(`(?<!${WORD})${phrase}(?!${WORD})`, 'iu').test(text);
  });
}
