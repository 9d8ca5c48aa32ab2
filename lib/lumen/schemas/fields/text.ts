// Character rules shared by names: Lumen takes basic Latin only (20237), and person names
// take no special characters (20210 first, 20211 last name).
import type { StringRule } from "./coded";

/** Printable characters of the Unicode "Basic Latin" block. */
const BASIC_LATIN = /^[\x20-\x7E]*$/;

// Which characters count as "special" is not listed; letters, spaces, hyphens, apostrophes
// and periods are what real names need (O'Brien, Mary-Jo, St. John).
const PERSON_NAME = /^[A-Za-z][A-Za-z .'-]*$/;

export const basicLatinRule: StringRule = { code: 20237, pattern: BASIC_LATIN };

/** Basic Latin first, so "José" gets 20237 and "J$se" the name's own code. */
export function personNameRules(specialCharacterCode: number): readonly StringRule[] {
  return [basicLatinRule, { code: specialCharacterCode, pattern: PERSON_NAME }];
}
