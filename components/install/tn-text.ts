// Telephone numbers as a person types or pastes them: one per line or separated by commas,
// 10-digit or E.164 (+1…), ranges as "start–end" (en dash, hyphen, "to" or ".."). The
// numbers are checked by the contract's own rules (lib/lumen/telephone-numbers), so a
// number the form accepts is one Lumen's tnList accepts.
import { expandTnEntry, toTenDigitTn, type TnEntry } from "@/lib/lumen/telephone-numbers";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";

/** One piece of the text: what was typed and the entry it stands for in Lumen's tnList. */
export interface TypedTnEntry {
  text: string;
  entry: TnEntry;
}

// A wizard sends its requests one after the other from the browser; ten full requests is
// as much as one sitting should carry (a bigger job is a file import, not a form).
export const REQUESTS_PER_SITTING = 10;
export const MAX_TNS_PER_INSTALL_BATCH = MAX_TNS_PER_INSTALL * REQUESTS_PER_SITTING;

const NUMBER = String.raw`\+?\d[\d().-]*\d`;
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*(?:–|—|\.\.|to|-)\s*(${NUMBER})$`, "i");

/** Digits of a number as typed, keeping a leading +: "(303) 974-0001" → "3039740001". */
const compact = (text: string) => text.replace(/[\s().-]/g, "");

/** Splits the text into entries; a range keeps its two ends, anything else is one number. */
export function readTnText(text: string): TypedTnEntry[] {
  // "(303) 974-0001" is one number, and a range written with spaces around its separator
  // one entry, not three.
  const joined = text
    .replace(/\((\d{3})\)\s*/g, "$1")
    .replace(/\s*(–|—|\.\.|\bto\b)\s*/gi, "$1")
    .replace(/(\d)\s+-\s+(\+?\d)/g, "$1-$2");
  return joined
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((piece) => {
      const range = RANGE.exec(piece);
      // "303-974-0001" is one number written with hyphens, not a range of two.
      if (range && toTenDigitTn(compact(range[1]!)) && toTenDigitTn(compact(range[2]!))) {
        return { text: piece, entry: { startTN: compact(range[1]!), endTN: compact(range[2]!) } };
      }
      return { text: piece, entry: compact(piece) };
    });
}

export interface ReadTns {
  /** Every number once, 10 digits, in the order first typed. */
  numbers: string[];
  /** Pieces that are neither a number nor a range Lumen takes. */
  invalid: TypedTnEntry[];
}

/** The distinct numbers the entries stand for; stops counting past `limit` (a huge range). */
export function expandTnEntries(entries: TypedTnEntry[], limit = MAX_TNS_PER_INSTALL_BATCH): ReadTns & { overLimit: boolean } {
  const seen = new Set<string>();
  const invalid: TypedTnEntry[] = [];
  let overLimit = false;
  for (const typed of entries) {
    const numbers = countWithin(typed.entry, limit - seen.size) ? expandTnEntry(typed.entry) : null;
    if (numbers === null) {
      if (countWithin(typed.entry, Number.POSITIVE_INFINITY)) overLimit = true;
      else invalid.push(typed);
      continue;
    }
    for (const tn of numbers) seen.add(tn);
  }
  return { numbers: [...seen], invalid, overLimit };
}

/** Whether an entry is valid and stands for at most `room` numbers. */
function countWithin(entry: TnEntry, room: number): boolean {
  if (typeof entry === "string") return toTenDigitTn(entry) !== null;
  const start = toTenDigitTn(entry.startTN);
  const end = toTenDigitTn(entry.endTN);
  return start !== null && end !== null && Number(start) <= Number(end) && Number(end) - Number(start) + 1 <= room;
}

/** Lumen caps the numbers per subscriber per request (399 on installs): more become several requests. */
export function splitIntoRequests<T = string>(numbers: T[], size = MAX_TNS_PER_INSTALL): T[][] {
  const requests: T[][] = [];
  for (let start = 0; start < numbers.length; start += size) requests.push(numbers.slice(start, start + size));
  return requests;
}

/**
 * How `count` numbers go to Lumen, at most `perRequest` a request: "3 numbers in one
 * request." or "120 numbers: Lumen ports at most 49 per subscriber per request, so they go
 * as 3 requests (49 + 49 + 22) tracked together."
 */
export function describeRequestSizes(count: number, perRequest: number, lumen: "takes" | "ports"): string {
  if (count === 0) return "No numbers yet.";
  const sizes = splitIntoRequests(Array.from({ length: count }, (_, i) => i), perRequest).map((tns) => tns.length);
  if (sizes.length === 1) return `${count.toLocaleString("en-US")} ${count === 1 ? "number" : "numbers"} in one request.`;
  return `${count.toLocaleString("en-US")} numbers: Lumen ${lumen} at most ${perRequest} per subscriber per request, so they go as ${sizes.length} requests (${sizes.join(" + ")}) tracked together.`;
}

/**
 * A message about an entry of the numbers' list with the pieces of the typed text that are
 * not numbers, every one of them ("a, b, c and 4 more"), so that they are mended in one go.
 * `path` is the issue's path in the request; only an entry that was a bad piece gets them.
 */
export function withBadPieces(message: string, path: readonly PropertyKey[], invalid: TypedTnEntry[], shown = 5): string {
  const index = path[0] === "tnList" ? path[1] : undefined;
  if (typeof index !== "number" || !invalid[index]) return message;
  const pieces = invalid.map((piece) => piece.text);
  return `${message} (${pieces.slice(0, shown).join(", ")}${pieces.length > shown ? ` and ${pieces.length - shown} more` : ""})`;
}
