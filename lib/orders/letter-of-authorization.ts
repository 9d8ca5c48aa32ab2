import type { RuleClock } from "@/lib/lumen/schemas/fields/request-date";

// Lumen takes any LOA date-time written in its format (20047) and has no rule against one
// in the future. A letter signed after today is a slip of the keyboard (a year or a month
// off) that would go to the losing carrier as it stands, so the portal refuses it itself:
// in the port wizard and on the server, with this rule and this message. It compares UTC
// days, like the contract's date rules, so that a schema built once a day applies it.

export const LOA_IN_THE_FUTURE = "A letter of authorization cannot be signed in the future: check the date and time it was signed.";

export function isLoaSignedAfterToday(loaDateTime: string, { now }: RuleClock): boolean {
  const signed = Date.parse(loaDateTime);
  // Not a date-time at all: the format rule (20047) speaks for it.
  if (Number.isNaN(signed)) return false;
  return signed >= Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
}
