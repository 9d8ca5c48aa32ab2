// The install wizard's one form. The values are turned into the install requests that will
// be sent (one per 399 numbers), the first is parsed by the contract's own schema
// (makeInstallOrderRequestSchema, the body of POST /Numbers/order with orderType NEW), and
// every issue lands on the field it concerns with Lumen's code and words — so the form can
// never disagree with the server, which parses the same requests again.
import { NOT_YOUR_SERVICE_NAME, schemaFromIssues } from "@/components/wizard/schema-from-issues";
import { codedMessage } from "@/components/wizard/coded-message";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { keptForTheDay } from "@/lib/lumen/schemas/kept-for-the-day";
import type { RuleClock } from "@/lib/lumen/schemas/fields/request-date";
import { makeInstallOrderRequestSchema, type InstallOrderRequest } from "@/lib/lumen/schemas/install-order";
import { ENHANCED_LOCAL_SERVICE, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { expandTnEntries, MAX_TNS_PER_INSTALL_BATCH, readTnText, splitIntoRequests, withBadPieces, type ReadTns } from "./tn-text";

export type InstallLine = InstallOrderRequest["subscriberLines"][number];

/** Everything the wizard asks, as typed; `toInstallRequests` turns it into Lumen's shape. */
export interface InstallWizardValues {
  /** Numbers and ranges, typed, pasted or picked from inventory. */
  tnText: string;
  productID: "" | ProductId;
  customerServiceName: string;
  /** YYYY-MM-DD from the date picker; blank installs at once. */
  installDate: string;
  customerType: "" | "B" | "R";
  businessName: string;
  firstName: string;
  middleInitial: string;
  lastName: string;
  streetNumber: string;
  streetName: string;
  streetSuffix: string;
  secondaryLocation: string;
  city: string;
  state: string;
  zip: string;
  cnam: boolean;
  cnamName: string;
  cnamBlocked: boolean;
  /** ELS only. */
  e911Option: "" | "STATIC911" | "CP911";
  /** ELS only: add a directory listing. */
  listing: boolean;
  listingType: "" | "1" | "2";
  listingBusinessName: string;
  listingFirstName: string;
  listingLastName: string;
}

export type InstallField = keyof InstallWizardValues;

export const EMPTY_INSTALL: InstallWizardValues = {
  tnText: "",
  productID: "",
  customerServiceName: "",
  installDate: "",
  customerType: "",
  businessName: "",
  firstName: "",
  middleInitial: "",
  lastName: "",
  streetNumber: "",
  streetName: "",
  streetSuffix: "",
  secondaryLocation: "",
  city: "",
  state: "",
  zip: "",
  cnam: false,
  cnamName: "",
  cnamBlocked: false,
  e911Option: "",
  listing: false,
  listingType: "",
  listingBusinessName: "",
  listingFirstName: "",
  listingLastName: "",
};

/** The wizard's values with the numbers of `?tns=…` (the Numbers page's selection). */
/** `serviceName`: the one customer service name a reseller's user may choose, chosen already. */
export function initialInstallValues(tns: string[], defaultProductId: ProductId | null = null, serviceName = ""): InstallWizardValues {
  return { ...EMPTY_INSTALL, tnText: tns.join("\n"), productID: defaultProductId ?? "", customerServiceName: serviceName };
}

const text = (value: string) => value.trim();
const filled = (value: string) => value.trim() !== "";
/** Leaves a blank optional field out of the request, as Lumen expects. */
const optional = <K extends string>(key: K, value: string) => (filled(value) ? ({ [key]: text(value) } as Record<K, string>) : {});

/** A date from the picker becomes Lumen's midnight UTC; anything else goes as typed for 20215. */
function toLumenDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? `${date.trim()}T00:00:00Z` : date.trim();
}

/** What a subscriber line is built from; port orders carry the same line. */
export type SubscriberLineValues = Omit<InstallWizardValues, "tnText" | "customerServiceName" | "installDate">;

/** The one subscriber line: only the fields that apply to the product and the customer type. */
export function toSubscriberLine(values: SubscriberLineValues): InstallLine {
  const els = values.productID === ENHANCED_LOCAL_SERVICE;
  return {
    // Blank stays blank so the contract answers 20001 for it.
    customerType: values.customerType as "B" | "R",
    ...optional("businessName", values.businessName),
    ...optional("firstName", values.firstName),
    ...optional("middleInitial", values.middleInitial),
    ...optional("lastName", values.lastName),
    serviceAddress: {
      streetNumber: text(values.streetNumber),
      streetName: text(values.streetName),
      ...optional("streetSuffix", values.streetSuffix),
      ...optional("secondaryLocation", values.secondaryLocation),
      city: text(values.city),
      state: values.state as InstallLine["serviceAddress"]["state"],
      zip: text(values.zip),
    },
    ...(values.cnam && { cnam: { customerName: text(values.cnamName), blockCustomerName: values.cnamBlocked ? "Y" : "N" } }),
    ...(els && values.e911Option !== "" && { e911Option: values.e911Option }),
    ...(els &&
      values.listing && {
        directoryListing: {
          directoryListingAction: "A",
          directoryListingType: values.listingType as "1" | "2",
          ...(values.customerType === "B"
            ? optional("directoryBusinessName", values.listingBusinessName)
            : { ...optional("directoryFirstName", values.listingFirstName), ...optional("directoryLastName", values.listingLastName) }),
        },
      }),
  };
}

export interface InstallPlan extends ReadTns {
  overLimit: boolean;
  /** The requests to send, in order: at most 399 numbers each. */
  requests: InstallOrderRequest[];
}

/**
 * The install requests for the values: one per 399 numbers, each with the same subscriber
 * line. Pieces that are not numbers travel first, as typed, so that whoever parses the
 * request (the form, the server) names them with Lumen's code.
 */
export function planInstall(values: InstallWizardValues): InstallPlan {
  const read = expandTnEntries(readTnText(values.tnText));
  const entries = [...read.invalid.map((typed) => typed.entry), ...read.numbers];
  const lists = entries.length === 0 ? [[]] : splitIntoRequests(entries as string[]);
  const line = toSubscriberLine(values);
  const requests = lists.map(
    (tnList): InstallOrderRequest => ({
      orderType: "NEW",
      productID: values.productID as ProductId,
      ...optional("customerServiceName", values.customerServiceName),
      ...(filled(values.installDate) && { customerRequestDate: toLumenDate(values.installDate) }),
      tnList,
      subscriberLines: [line],
    }),
  );
  return { ...read, requests };
}

// The contract's "now" rules compare calendar days (UTC): one schema serves a whole day.
const installSchemaOfTheDay = keptForTheDay((_key: "install", clock: RuleClock) => makeInstallOrderRequestSchema(clock));
const installSchema = () => installSchemaOfTheDay("install", { now: new Date() });

const ADDRESS_FIELDS: Record<string, InstallField> = {
  streetNumber: "streetNumber",
  streetName: "streetName",
  streetSuffix: "streetSuffix",
  secondaryLocation: "secondaryLocation",
  city: "city",
  state: "state",
  zip: "zip",
};

const LISTING_FIELDS: Record<string, InstallField> = {
  directoryListingAction: "listingType",
  directoryListingType: "listingType",
  directoryBusinessName: "listingBusinessName",
  directoryFirstName: "listingFirstName",
  directoryLastName: "listingLastName",
};

const ORDER_FIELDS: Record<string, InstallField> = {
  productID: "productID",
  customerServiceName: "customerServiceName",
  customerRequestDate: "installDate",
  tnList: "tnText",
  orderType: "productID",
};

/** The form field that shows an issue at `path` of an install request (or of a port's subscriber line). */
export function fieldOf(path: (string | number)[]): InstallField {
  if (path[0] !== "subscriberLines") return ORDER_FIELDS[String(path[0])] ?? "tnText";
  const [, , key, inner] = path;
  if (key === "serviceAddress") return ADDRESS_FIELDS[String(inner)] ?? "streetName";
  if (key === "cnam") return inner === "blockCustomerName" ? "cnamBlocked" : "cnamName";
  if (key === "directoryListing") return LISTING_FIELDS[String(inner)] ?? "listingType";
  if (key === "e911Option") return "e911Option";
  if (typeof key === "string" && key in EMPTY_INSTALL) return key as InstallField;
  return "customerType";
}

/** Lumen's verdict on the values, by form field (the first issue of each field). */
export function installIssues(values: InstallWizardValues): Partial<Record<InstallField, string>> {
  const plan = planInstall(values);
  const issues: Partial<Record<InstallField, string>> = {};
  if (plan.overLimit) {
    issues.tnText = `At most ${MAX_TNS_PER_INSTALL_BATCH.toLocaleString("en-US")} numbers at once: install the rest in another sitting.`;
  }
  const [first] = plan.requests;
  const result = installSchema().safeParse(first);
  for (const issue of result.success ? [] : toLumenIssues(result.error)) {
    const field = fieldOf(issue.path);
    issues[field] ??= withBadPieces(codedMessage(issue.lumenCode, issue.message), issue.path, plan.invalid);
  }
  return issues;
}

export interface InstallWizardOptions {
  /** A reseller's user must name one of its sub-account's customer service names. */
  serviceNameRequired: boolean;
}

export function makeInstallWizardSchema({ serviceNameRequired }: InstallWizardOptions) {
  return schemaFromIssues<InstallWizardValues>((values) => ({
    ...(serviceNameRequired && !filled(values.customerServiceName) && { customerServiceName: NOT_YOUR_SERVICE_NAME }),
    ...installIssues(values),
  }));
}

/** The fields each step asks for, so Next checks only those. */
export const STEP_FIELDS: readonly (readonly InstallField[])[] = [
  ["tnText"],
  ["productID", "customerServiceName", "installDate"],
  ["customerType", "businessName", "firstName", "middleInitial", "lastName", "streetNumber", "streetName", "streetSuffix", "secondaryLocation", "city", "state", "zip"],
  ["cnamName", "cnamBlocked", "e911Option", "listingType", "listingBusinessName", "listingFirstName", "listingLastName"],
];
