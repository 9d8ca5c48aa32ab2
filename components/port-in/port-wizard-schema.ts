// The port-in wizard's one form. The values become the LNP requests that will be sent (one
// per MAX_TNS_PER_PORT numbers, the same subscriber, letter of authorization and losing
// carrier on each); the first is parsed by the contract's own schema
// (makePortOrderRequestSchema, POST /Numbers/order with orderType LNP) and every issue
// lands on its field with Lumen's code and words — the server parses the same requests.
import { NOT_YOUR_SERVICE_NAME, schemaFromIssues } from "@/components/wizard/schema-from-issues";
import {
  fieldOf as subscriberFieldOf,
  EMPTY_INSTALL,
  toSubscriberLine,
  type InstallWizardValues,
} from "@/components/install/install-wizard-schema";
import { expandTnEntries, readTnText, REQUESTS_PER_SITTING, splitIntoRequests, withBadPieces, type ReadTns } from "@/components/install/tn-text";
import { codedMessage } from "@/components/wizard/coded-message";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { isLoaSignedAfterToday, LOA_IN_THE_FUTURE } from "@/lib/orders/letter-of-authorization";
import type { TnEntry } from "@/lib/lumen/telephone-numbers";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { keptForTheDay } from "@/lib/lumen/schemas/kept-for-the-day";
import type { RuleClock } from "@/lib/lumen/schemas/fields/request-date";
import { makePortOrderRequestSchema, MAX_TNS_PER_PORT, type PortOrderRequest } from "@/lib/lumen/schemas/port-order";

export const MAX_TNS_PER_PORT_BATCH = MAX_TNS_PER_PORT * REQUESTS_PER_SITTING;

/**
 * Everything the wizard asks, as typed. The subscriber, product and feature fields carry
 * the install form's names and types, so the install wizard's steps serve this form too.
 */
export interface PortWizardValues extends Omit<InstallWizardValues, "installDate"> {
  /** Numbers the portability check set aside: listed apart, left out of every request. */
  setAside: string[];
  /** YYYY-MM-DD from the date picker. */
  portDate: string;
  /** One of the numbers being ported, or blank to leave it out. */
  billingTelephoneNumber: string;
  loaName: string;
  loaReceived: boolean;
  /** YYYY-MM-DDTHH:MM from the picker, in the browser's time zone. */
  loaDateTime: string;
  losingCarrierAccountNumber: string;
  losingCarrierPin: string;
  losingCarrierWirelessLnp: "" | "Y" | "N";
}

export type PortField = keyof PortWizardValues;

// A port's date is its own field (portDate): the install date does not travel here.
const installFields = Object.fromEntries(Object.entries(EMPTY_INSTALL).filter(([key]) => key !== "installDate")) as Omit<InstallWizardValues, "installDate">;

export const EMPTY_PORT: PortWizardValues = {
  ...installFields,
  setAside: [],
  portDate: "",
  billingTelephoneNumber: "",
  loaName: "",
  loaReceived: false,
  loaDateTime: "",
  losingCarrierAccountNumber: "",
  losingCarrierPin: "",
  losingCarrierWirelessLnp: "",
};

/** A fresh wizard: the organization's default product (Settings) chosen, if it has one. */
/** `serviceName`: the one customer service name a reseller's user may choose, chosen already. */
export function initialPortValues(defaultProductId: ProductId | null = null, serviceName = ""): PortWizardValues {
  return { ...EMPTY_PORT, productID: defaultProductId ?? "", customerServiceName: serviceName };
}

const filled = (value: string) => value.trim() !== "";
/** Leaves a blank optional field out of the request, as Lumen expects. */
const optional = <K extends string>(key: K, value: string) => (filled(value) ? ({ [key]: value.trim() } as Record<K, string>) : {});

/** A date from the picker becomes Lumen's midnight UTC; anything else goes as typed for 20050. */
export function toPortDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? `${date.trim()}T00:00:00Z` : date.trim();
}

/** The picker's local date-time in UTC, to the second; anything else goes as typed for 20047. */
export function toLoaDateTime(local: string): string {
  const text = local.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return text;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : `${date.toISOString().slice(0, 19)}Z`;
}

export interface PortPlan extends ReadTns {
  overLimit: boolean;
  /** The numbers that go: every number typed except those set aside. */
  porting: string[];
  /** The requests to send, in order: at most MAX_TNS_PER_PORT numbers each. */
  requests: PortOrderRequest[];
}

/**
 * The port requests for the values. Pieces that are not numbers travel first, as typed, so
 * that whoever parses the request (the form, the server) names them with Lumen's code.
 */
export function planPort(values: PortWizardValues): PortPlan {
  const read = expandTnEntries(readTnText(values.tnText), MAX_TNS_PER_PORT_BATCH);
  const setAside = new Set(values.setAside);
  const porting = read.numbers.filter((tn) => !setAside.has(tn));
  const entries: TnEntry[] = [...read.invalid.map((typed) => typed.entry), ...porting];
  const lists = entries.length === 0 ? [[]] : splitIntoRequests(entries, MAX_TNS_PER_PORT);
  const line = toSubscriberLine(values);
  const requests = lists.map(
    (tnList): PortOrderRequest => ({
      orderType: "LNP",
      productID: values.productID as ProductId,
      ...optional("customerServiceName", values.customerServiceName),
      // Blank stays blank so the contract answers 20067 for it.
      customerRequestDate: toPortDate(values.portDate),
      tnList,
      subscriberLines: [line],
      ...optional("billingTelephoneNumber", values.billingTelephoneNumber),
      loaName: values.loaName.trim(),
      loaReceived: (values.loaReceived ? "Y" : "N") as "Y",
      loaDateTime: toLoaDateTime(values.loaDateTime),
      ...optional("losingCarrierAccountNumber", values.losingCarrierAccountNumber),
      ...optional("losingCarrierPin", values.losingCarrierPin),
      losingCarrierWirelessLnp: values.losingCarrierWirelessLnp as "Y" | "N",
    }),
  );
  return { ...read, porting, requests };
}

// The contract's "now" rules compare calendar days (UTC): one schema serves a whole day.
const portSchemaOfTheDay = keptForTheDay((_key: "port", clock: RuleClock) => makePortOrderRequestSchema(clock));
const portSchema = () => portSchemaOfTheDay("port", { now: new Date() });

const PORT_ORDER_FIELDS: Record<string, PortField> = {
  productID: "productID",
  customerServiceName: "customerServiceName",
  customerRequestDate: "portDate",
  tnList: "tnText",
  orderType: "productID",
  billingTelephoneNumber: "billingTelephoneNumber",
  loaName: "loaName",
  loaReceived: "loaReceived",
  loaDateTime: "loaDateTime",
  losingCarrierAccountNumber: "losingCarrierAccountNumber",
  losingCarrierPin: "losingCarrierPin",
  losingCarrierWirelessLnp: "losingCarrierWirelessLnp",
};

/** The form field that shows an issue at `path` of a port request. */
function fieldOf(path: (string | number)[]): PortField {
  if (path[0] === "subscriberLines") return subscriberFieldOf(path) as PortField;
  return PORT_ORDER_FIELDS[String(path[0])] ?? "tnText";
}

/** Lumen's verdict on the values, by form field (the first issue of each field). */
export function portIssues(values: PortWizardValues): Partial<Record<PortField, string>> {
  const plan = planPort(values);
  const issues: Partial<Record<PortField, string>> = {};
  if (plan.overLimit) {
    issues.tnText = `At most ${MAX_TNS_PER_PORT_BATCH.toLocaleString("en-US")} numbers at once: port the rest in another sitting.`;
  }
  if (plan.numbers.length > 0 && plan.porting.length === 0 && plan.invalid.length === 0) {
    issues.tnText ??= "None of these numbers can be ported: add others, or port these once the losing carrier releases them.";
  }
  const [first] = plan.requests;
  const result = portSchema().safeParse(first);
  for (const issue of result.success ? [] : toLumenIssues(result.error)) {
    const field = fieldOf(issue.path);
    issues[field] ??= withBadPieces(codedMessage(issue.lumenCode, issue.message), issue.path, plan.invalid);
  }
  if (first?.loaDateTime && !issues.loaDateTime && isLoaSignedAfterToday(first.loaDateTime, { now: new Date() })) {
    issues.loaDateTime = LOA_IN_THE_FUTURE;
  }
  // The billing number is picked from a list; the list changes when the numbers do.
  const billing = values.billingTelephoneNumber.trim();
  if (filled(billing) && !issues.billingTelephoneNumber && !plan.porting.includes(billing)) {
    issues.billingTelephoneNumber = "Choose the billing number again: it is no longer among the numbers being ported.";
  }
  return issues;
}

export interface PortWizardOptions {
  /** A reseller's user must name one of its sub-account's customer service names. */
  serviceNameRequired: boolean;
}

export function makePortWizardSchema({ serviceNameRequired }: PortWizardOptions) {
  return schemaFromIssues<PortWizardValues>((values) => ({
    ...(serviceNameRequired && !filled(values.customerServiceName) && { customerServiceName: NOT_YOUR_SERVICE_NAME }),
    ...portIssues(values),
  }));
}

/** The fields each step asks for, so Next checks only those (the portability step asks none). */
export const PORT_STEP_FIELDS: readonly (readonly PortField[])[] = [
  ["tnText"],
  [],
  ["loaName", "loaReceived", "loaDateTime", "losingCarrierAccountNumber", "losingCarrierPin", "losingCarrierWirelessLnp", "billingTelephoneNumber", "portDate"],
  ["productID", "customerServiceName", "customerType", "businessName", "firstName", "middleInitial", "lastName", "streetNumber", "streetName", "streetSuffix", "secondaryLocation", "city", "state", "zip"],
  ["cnamName", "cnamBlocked", "e911Option", "listingType", "listingBusinessName", "listingFirstName", "listingLastName"],
];
