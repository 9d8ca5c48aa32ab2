// Lumen ends some date rules with how to write a date in its API ("… from todays date. Use
// format YYYY-MM-DDTHH:MM:SSZ."). The forms take dates from a picker and write them so
// themselves: that sentence would only puzzle the person at the picker.
const API_DATE_FORMAT_HINT = /\s*Use format YYYY-MM-DDTHH:MM:SSZ\.?$/;

// Some of Lumen's words describe its API's values ("cannot be NULL", "should be "Y" or
// "N"", "B- Business or R-Residence"). At a form the same rule is a choice left open or a
// box to clear, so the form says that, in the form's own labels, beside Lumen's code.
// Others name API fields ("product ID", "pbxIndex"), carry a typo, or state a rule without
// what satisfies it ("at least 1 day", which a Sunday does not meet). API answers keep
// Lumen's words whole.
const FORM_WORDS: Readonly<Record<number, string>> = {
  20000: "Choose a product: Local Inbound (2036) or Enhanced Local Service (2042).",
  20001: "Choose Business or Residential.",
  20003: "A residential subscriber needs a first name and a last name.",
  20005: "A residential subscriber has no business name: clear it, or choose Business.",
  20006: "A business subscriber has no first or last name: clear them, or choose Residential.",
  20021: "Choose a listing type: List and publish, or List only.",
  20027: "Lumen processes no port without the signed letter of authorization: tick the box once it is in hand.",
  20043: "Choose Business or Residential for the subscriber.",
  20052: "Give the listing a name: a first and last name, or a business name.",
  20057: "Choose at least one thing to change.",
  20067: "Choose a date.",
  20068: "Choose the next business day (Monday to Friday, not a holiday) or a later date.",
  20083: "Fill both the PBX digit position (1–10) and the excluded digit (0–9), or neither.",
  20112: "Use letters, digits and hyphens only, at most 20.",
  20114: "Say whether the numbers are wireless.",
};

/** "10007 · Order exceeds limit…": Lumen's code beside Lumen's words, as a form shows them. */
export function codedMessage(code: number | null, message: string): string {
  if (code === null) return message;
  const formWords = FORM_WORDS[code];
  return formWords ? `${code} · ${formWords}` : lumenAnswer(code, message);
}

/**
 * What Lumen said when it refused an order, in its own words (its API date format aside).
 * Not the form's words for the code: those describe what the form checks, and Lumen found
 * something wrong that the form let through.
 */
export function lumenAnswer(code: number | null, message: string): string {
  if (code === null) return message;
  const words = message.replace(API_DATE_FORMAT_HINT, "");
  return `${code} · ${words === "" ? message : words}`;
}
