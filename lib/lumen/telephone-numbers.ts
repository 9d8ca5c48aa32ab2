// Telephone numbers as Lumen takes them: 10-digit NPA-NXX-XXXX, E.164 (+1NPANXXXXXX, or
// 1NPANXXXXXX as in the guide's range example), or a `{ startTN, endTN }` range whose ends
// may be JSON numbers. NPA and NXX follow the North American plan (first digit 2-9).
// Pure functions, shared by the request schemas and the simulator.

export const TN_PATTERN = /^(?:\+?1)?[2-9]\d{2}[2-9]\d{6}$/;
export const NPA_PATTERN = /^[2-9]\d{2}$/;
export const NXX_PATTERN = /^[2-9]\d{2}$/;

export interface TnRange {
  startTN: string | number;
  endTN: string | number;
}

export type TnEntry = string | TnRange;

/** `3035551234` for any accepted spelling of that number, else null. */
export function toTenDigitTn(tn: unknown): string | null {
  const text = typeof tn === "number" && Number.isInteger(tn) ? String(tn) : tn;
  if (typeof text !== "string" || !TN_PATTERN.test(text)) return null;
  return text.slice(-10);
}

function isRangeShape(entry: unknown): entry is TnRange {
  return typeof entry === "object" && entry !== null && "startTN" in entry && "endTN" in entry;
}

/** The 10-digit numbers an entry stands for, or null when it is not a valid TN or range. */
export function expandTnEntry(entry: unknown): string[] | null {
  if (!isRangeShape(entry)) {
    const tn = toTenDigitTn(entry);
    return tn === null ? null : [tn];
  }
  const start = toTenDigitTn(entry.startTN);
  const end = toTenDigitTn(entry.endTN);
  if (start === null || end === null || Number(start) > Number(end)) return null;
  const numbers: string[] = [];
  for (let tn = Number(start); tn <= Number(end); tn += 1) numbers.push(String(tn));
  return numbers;
}

/** How many numbers an entry stands for, without listing them; null when invalid. */
export function countTnEntry(entry: unknown): number | null {
  if (!isRangeShape(entry)) return toTenDigitTn(entry) === null ? null : 1;
  const start = toTenDigitTn(entry.startTN);
  const end = toTenDigitTn(entry.endTN);
  if (start === null || end === null || Number(start) > Number(end)) return null;
  return Number(end) - Number(start) + 1;
}

/** (303) 974-0001 for a ten-digit or +1 number, as every page and mail writes one; anything else as it came. */
export function formatTn(tn: string): string {
  const digits = tn.replace(/\D/g, "").slice(-10);
  if (digits.length !== 10) return tn;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
