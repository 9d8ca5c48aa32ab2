import { formatCalendarDay, formatUtcMinute } from "@/lib/dates/format-dates";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { formatTn } from "@/lib/lumen/telephone-numbers";

// An order's request in words, in one place: the wizards' reviews show what is about to
// be sent, and an order's page shows what was (from the request kept with the order,
// secrets redacted). The kept request passed the contract's schema when it was sent, but
// it is read here as plain JSON: a field missing from an older order reads "not given"
// rather than breaking the page.

/** One fact of a request: its term, and its value in words (null: not given). */
export type RequestFact = [term: string, value: string | null];

export type Fields = { readonly [key: string]: unknown };

/** What the E911 options and listing types are called, in the wizards' choices and in every summary. */
export const E911_WORDS = { STATIC911: "Lumen static 911", CP911: "Customer-provided E911" } as const;
export const LISTING_TYPE_WORDS = { "1": "List and publish", "2": "List only" } as const;
const CUSTOMER_TYPE_WORDS: Readonly<Record<string, string>> = { B: "business", R: "residential" };

export const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null && !Array.isArray(value);
export const listOf = (value: unknown): Fields[] => (Array.isArray(value) ? value.filter(isFields) : []);
/** Text worth showing: blank text is "not given". */
export const text = (value: unknown): string | undefined => {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};
const joined = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(" ");
/** A code's word, or the code itself where it has none. */
const wordFor = (words: Readonly<Record<string, string>>, code: string) => words[code] ?? code;
const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** "9 Larimer St, Suite 100, Denver, CO 80202". */
export function addressInWords(address: unknown): string | null {
  if (!isFields(address)) return null;
  const street = joined(address.streetNumber, address.streetName, address.streetSuffix);
  const place = [text(address.city), joined(address.state, address.zip)].filter(Boolean).join(", ");
  return [street, text(address.secondaryLocation), place].filter(Boolean).join(", ") || null;
}

/** "Ann O'Neil (residential)", "Larimer Bakery (business)": a subscriber line, or the name fields a change sends. */
function subscriberInWords(fields: Fields): string | null {
  const middle = text(fields.middleInitial);
  const name = joined(fields.businessName, fields.firstName, middle && `${middle}.`, fields.lastName);
  const type = text(fields.customerType);
  const typeWords = type && `(${wordFor(CUSTOMER_TYPE_WORDS, type)})`;
  return joined(name, typeWords) || null;
}

/** "ACME SUPPORT", or "ACME SUPPORT (blocked)" when the name is not to be shown. */
function callerNameInWords(cnam: unknown): string | null {
  if (!isFields(cnam) || !text(cnam.customerName)) return null;
  return `${text(cnam.customerName)}${cnam.blockCustomerName === "Y" ? " (blocked)" : ""}`;
}

function e911InWords(option: unknown): string | null {
  const value = text(option);
  return value ? wordFor(E911_WORDS, value) : null;
}

/** "List only: Larimer Bakery"; a change that keeps the listing's type says so. */
function listingInWords(listing: unknown): string | null {
  if (!isFields(listing)) return null;
  const names = joined(listing.directoryBusinessName, listing.directoryFirstName, listing.directoryLastName);
  const type = text(listing.directoryListingType);
  if (!type) return names ? `${names} (type unchanged)` : null;
  return `${wordFor(LISTING_TYPE_WORDS, type)}: ${names}`;
}

/** A requested date: "Fri 4 Dec 2026", with the time only where it is not Lumen's midnight. */
export function requestedDateInWords(value: unknown): string | null {
  const given = text(value);
  if (!given) return null;
  const date = new Date(given);
  if (Number.isNaN(date.getTime())) return given;
  return date.toISOString().slice(11, 16) === "00:00" ? formatCalendarDay(date, { year: true }) : formatUtcMinute(date);
}

/** The subscriber line's facts an install and a port share: who, where, the caller name and, on ELS, E911 and the listing. */
export function subscriberLineFacts(line: Fields, productID: unknown): RequestFact[] {
  return [
    ["Subscriber", subscriberInWords(line)],
    ["Service address", addressInWords(line.serviceAddress)],
    ["Caller name", callerNameInWords(line.cnam)],
    ...(productID === ENHANCED_LOCAL_SERVICE
      ? ([
          ["E911", e911InWords(line.e911Option)],
          ["Directory listing", listingInWords(line.directoryListing)],
        ] satisfies RequestFact[])
      : []),
  ];
}

export function customerServiceNameFact(request: Fields): RequestFact {
  return ["Customer service name", text(request.customerServiceName) ?? "Account default"];
}

/** An install as sent: the subscriber line, the customer service name and when. */
export function installFacts(request: Fields): RequestFact[] {
  const [line] = listOf(request.subscriberLines);
  const date = requestedDateInWords(request.customerRequestDate);
  return [
    ...subscriberLineFacts(line ?? {}, request.productID),
    customerServiceNameFact(request),
    ["Install", date ? `On ${date}` : "At once"],
  ];
}

/** Every field a change order changes: what Lumen holds once it completes. */
export function changeFacts(request: Fields): RequestFact[] {
  const facts: RequestFact[] = [];
  const subscriber = subscriberInWords({
    customerType: request.customerType,
    firstName: request.firstName,
    middleInitial: request.middleInitial,
    lastName: request.lastName,
    businessName: request.businessName,
  });
  if (subscriber) facts.push(["Subscriber", subscriber]);
  const address = addressInWords(request.serviceAddress);
  if (address) facts.push(["Service address", address]);
  const callerName = callerNameInWords(request.cnam);
  if (callerName) facts.push(["Caller name", callerName]);
  const e911 = e911InWords(request.e911Option);
  if (e911) facts.push(["E911", e911]);
  const listing = listingInWords(request.directoryListing);
  if (listing) facts.push(["Directory listing", listing]);
  const customerServiceName = text(request.customerServiceName);
  if (customerServiceName) facts.push(["Customer service name", customerServiceName]);
  return facts;
}

/** One rate center of a reservation: "5 numbers, sequential, no 0 at position 4, like (303) 974-0001". */
export function reservationLineInWords(line: Fields): string {
  const quantity = Number(line.quantity);
  const parts = [Number.isFinite(quantity) ? plural(quantity, "number", "numbers") : "Quantity not given"];
  if (line.sequentialIndicator === "Y") parts.push("sequential");
  if (text(line.pbxIndex)) parts.push(`no ${text(line.pbxValue) ?? "?"} at position ${text(line.pbxIndex)}`);
  const like = Array.isArray(line.tnList) ? line.tnList.map(text).filter((tn): tn is string => Boolean(tn)) : [];
  if (like.length) parts.push(`like ${like.map(formatTn).join(", ")}`);
  const near = [
    text(line.tnLocNpa) && `NPA ${text(line.tnLocNpa)}`,
    text(line.tnLocNxx) && `NXX ${text(line.tnLocNxx)}`,
    text(line.tnLocCity),
    text(line.tnLocState),
    text(line.tnLocZip),
  ].filter(Boolean);
  if (near.length) parts.push(`near ${near.join(", ")}`);
  return parts.join(", ");
}
