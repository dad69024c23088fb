/**
 * Letters from other scripts that look like Latin ones (Cyrillic, Greek, Armenian and a few
 * symbols), folded to the Latin letter they imitate. Not the full Unicode confusables table:
 * the characters seen in Discord scam domains and filter evasion.
 * @see https://www.unicode.org/reports/tr39/#Confusable_Detection
 */
// prettier-ignore
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l',
  м: 'm', н: 'h', о: 'o', р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', у: 'y', ү: 'y', х: 'x', ԝ: 'w',
  ь: 'b', п: 'n', и: 'u', л: 'n', ц: 'u',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', ς: 's', σ: 'o',
  // Armenian
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n',
  // Latin look-alikes and symbols
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', ɡ: 'g', ɑ: 'a',
};

/**
 * Replaces look-alike letters from other scripts with the Latin letters they imitate.
 * Expects lower-case input.
 * @param text - lower-cased text
 */
export function foldConfusables(text: string): string {
  let out = '';
  for (const char of text) out += CONFUSABLES[char] ?? char;
  return out;
}
