import type { ServiceAddress } from "@/lib/lumen/schemas/fields/address";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { addressInWords, requestedDateInWords, type RequestFact } from "./request-in-words";

// What a port's supplement changes. A port's supplementable facts are those of the port
// as sent, then each supplement Lumen did not refuse applied over them in order; a new
// supplement sends only what differs from that, and the port page lists every version.

export const SUPPLEMENT_FIELD_KEYS = [
  "customerRequestDate",
  "customerType",
  "billingTelephoneNumber",
  "firstName",
  "lastName",
  "middleInitial",
  "businessName",
  "serviceAddress",
] as const;
export type SupplementFieldKey = (typeof SUPPLEMENT_FIELD_KEYS)[number];

export const SUPPLEMENT_FIELD_LABELS: Record<SupplementFieldKey, string> = {
  customerRequestDate: "Requested date",
  customerType: "Customer type",
  billingTelephoneNumber: "Billing telephone number",
  firstName: "First name",
  lastName: "Last name",
  middleInitial: "Middle initial",
  businessName: "Business name",
  serviceAddress: "Service address",
};

/** An address as the port and its supplements carry it (the contract's schema checks it on the way out). */
export type AddressFacts = { [K in keyof ServiceAddress]?: string };

export interface PortFacts {
  customerRequestDate?: string;
  customerType?: string;
  billingTelephoneNumber?: string;
  firstName?: string;
  lastName?: string;
  middleInitial?: string;
  businessName?: string;
  serviceAddress?: AddressFacts;
}

export interface FieldChange {
  field: SupplementFieldKey;
  label: string;
  before: string | null;
  after: string | null;
}

type Json = unknown;

const isRecord = (value: Json): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value worth keeping: blank text means "not given". */
function present(value: unknown): unknown {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  return value ?? undefined;
}

/** The supplementable facts a request carries, wherever it keeps them (a port keeps names on its subscriber line). */
export function portFactsOf(request: Json): PortFacts {
  if (!isRecord(request)) return {};
  const line = Array.isArray(request.subscriberLines) && isRecord(request.subscriberLines[0]) ? request.subscriberLines[0] : {};
  const facts: PortFacts = {};
  for (const key of SUPPLEMENT_FIELD_KEYS) {
    const value = present(request[key] ?? line[key]);
    if (value === undefined) continue;
    if (key === "serviceAddress") {
      if (isRecord(value)) facts.serviceAddress = normalizedAddress(value);
    } else if (typeof value === "string") {
      facts[key] = value;
    }
  }
  return facts;
}

function normalizedAddress(address: Record<string, unknown>): AddressFacts {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(address)) {
    const kept = present(value);
    if (kept !== undefined) out[key] = kept;
  }
  return out as AddressFacts;
}

/** The facts after `supplements` (requests as sent, in order) applied over the port's own. */
export function mergeSupplements(port: PortFacts, supplements: readonly PortFacts[]): PortFacts {
  return supplements.reduce<PortFacts>((merged, supplement) => ({ ...merged, ...supplement }), { ...port });
}

const CUSTOMER_TYPE_WORDS: Record<string, string> = { B: "Business", R: "Residential" };

/** A field's value in words: an address on one line, a customer type named, a number as every page writes one, a date as every page names one (its time only when not Lumen's midnight). */
function shown(key: SupplementFieldKey, facts: PortFacts): string | null {
  if (key === "serviceAddress") return addressInWords(facts.serviceAddress);
  const value = facts[key] ?? null;
  if (value === null) return null;
  if (key === "customerType") return CUSTOMER_TYPE_WORDS[value] ?? value;
  if (key === "customerRequestDate") return requestedDateInWords(value);
  if (key === "billingTelephoneNumber") return formatTn(value);
  return value;
}

function sameValue(key: SupplementFieldKey, a: PortFacts, b: PortFacts): boolean {
  if (key !== "serviceAddress") return (a[key] ?? null) === (b[key] ?? null);
  return stableJson(a.serviceAddress) === stableJson(b.serviceAddress);
}

function stableJson(value: unknown): string {
  if (!isRecord(value)) return JSON.stringify(value ?? null);
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
    .join(",")}}`;
}

/** Field by field, what `wanted` changes against `current`: a field left out of `wanted` is unchanged. */
export function diffFacts(current: PortFacts, wanted: PortFacts): FieldChange[] {
  return SUPPLEMENT_FIELD_KEYS.filter((key) => wanted[key] !== undefined && !sameValue(key, current, wanted)).map((key) => ({
    field: key,
    label: SUPPLEMENT_FIELD_LABELS[key],
    before: shown(key, current),
    after: shown(key, wanted),
  }));
}

/** What a supplement sent, field by field, in words (its own page; the port's page shows it against the version before). */
export function supplementFacts(request: Json): RequestFact[] {
  return diffFacts({}, portFactsOf(request)).map((change) => [change.label, change.after]);
}

/** The supplement request to send: only the fields that change (empty when nothing does, which Lumen answers with 20048). */
export function supplementChanges(current: PortFacts, wanted: PortFacts): PortFacts {
  const changes: PortFacts = {};
  for (const change of diffFacts(current, wanted)) Object.assign(changes, { [change.field]: wanted[change.field] });
  return changes;
}

export interface VersionSource {
  id: string;
  status: string;
  createdAt: Date | string;
  request: Json;
  submittedBy: { name: string | null; email: string } | null;
}

export interface OrderVersion {
  version: number;
  orderId: string;
  kind: "port" | "supplement";
  at: string;
  by: string | null;
  status: string;
  /** For the port, every fact it was sent with; for a supplement, what it changed against the version before. */
  changes: FieldChange[];
  /** A refused or never-placed supplement changed nothing at Lumen; later versions build on the one before it. */
  tookEffect: boolean;
}

const NOT_APPLIED = new Set(["rejected", "failed"]);

/** Version 1 is the port as sent, then each supplement in the order placed. */
export function orderVersions(port: VersionSource, supplements: readonly VersionSource[]): OrderVersion[] {
  const first = portFactsOf(port.request);
  const versions: OrderVersion[] = [
    { version: 1, orderId: port.id, kind: "port", at: isoOf(port.createdAt), by: whoOf(port.submittedBy), status: port.status, changes: diffFacts({}, first), tookEffect: true },
  ];
  let current = first;
  const ordered = [...supplements].sort((a, b) => isoOf(a.createdAt).localeCompare(isoOf(b.createdAt)));
  for (const supplement of ordered) {
    const sent = portFactsOf(supplement.request);
    const tookEffect = !NOT_APPLIED.has(supplement.status);
    versions.push({
      version: versions.length + 1,
      orderId: supplement.id,
      kind: "supplement",
      at: isoOf(supplement.createdAt),
      by: whoOf(supplement.submittedBy),
      status: supplement.status,
      changes: diffFacts(current, sent),
      tookEffect,
    });
    if (tookEffect) current = mergeSupplements(current, [sent]);
  }
  return versions;
}

/** The port's facts as Lumen last took them: the port, then every supplement not refused. */
export function currentPortFacts(port: Pick<VersionSource, "request">, supplements: readonly Pick<VersionSource, "request" | "status" | "createdAt">[]): PortFacts {
  const applied = [...supplements]
    .filter((supplement) => !NOT_APPLIED.has(supplement.status))
    .sort((a, b) => isoOf(a.createdAt).localeCompare(isoOf(b.createdAt)))
    .map((supplement) => portFactsOf(supplement.request));
  return mergeSupplements(portFactsOf(port.request), applied);
}

const isoOf = (date: Date | string) => (typeof date === "string" ? date : date.toISOString());
const whoOf = (user: VersionSource["submittedBy"]) => (user ? user.name || user.email : null);
