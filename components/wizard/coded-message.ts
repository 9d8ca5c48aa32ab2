// Lumen ends some date rules with how to write a date in its API ("… from todays date. Use
// format YYYY-MM-DDTHH:MM:SSZ."). The forms take dates from a picker and write them so
// themselves: that sentence would only puzzle the person at the picker.
const API_DATE_FORMAT_HINT = /\s*Use format YYYY-MM-DDTHH:MM:SSZ\.?$/;

/** "10007 · Order exceeds limit…": Lumen's code beside Lumen's words, as a form shows them. */
export function codedMessage(code: number | null, message: string): string {
  if (code === null) return message;
  const words = message.replace(API_DATE_FORMAT_HINT, "");
  return `${code} · ${words === "" ? message : words}`;
}
