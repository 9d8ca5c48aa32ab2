// The change wizard's one form. Each kind of change is opt-in; the values become the change
// request that will be sent, parsed by the contract's own schema (ChangeOrderRequestSchema,
// the body of POST /Numbers/order/change), and every issue lands on the field it concerns
// with Lumen's code and words — the server parses the same request again.
import { NOT_YOUR_SERVICE_NAME, schemaFromIssues } from "@/components/wizard/schema-from-issues";
import { codedMessage } from "@/components/wizard/coded-message";
import { expandTnEntries, MAX_TNS_PER_INSTALL_BATCH, readTnText, withBadPieces, type ReadTns } from "@/components/install/tn-text";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { ChangeOrderRequestSchema, type ChangeOrderRequest } from "@/lib/lumen/schemas/change-order";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";

/** Everything the wizard asks, as typed; `planChange` turns it into Lumen's shape. */
export interface ChangeWizardValues {
  /** Active numbers, typed, pasted or handed over by `?tns=`. */
  tnText: string;
  productID: "" | ProductId;
  changeSubscriber: boolean;
  customerType: "" | "B" | "R";
  businessName: string;
  firstName: string;
  middleInitial: string;
  lastName: string;
  changeAddress: boolean;
  streetNumber: string;
  streetName: string;
  streetSuffix: string;
  secondaryLocation: string;
  city: string;
  state: string;
  zip: string;
  changeCnam: boolean;
  cnamName: string;
  cnamBlocked: boolean;
  /** ELS only: the UI offers it for 2042 and clears it on a switch to 2036. */
  changeE911: boolean;
  e911Option: "" | "STATIC911" | "CP911";
  changeListing: boolean;
  /** Blank keeps the listing's type as it is. */
  listingType: "" | "1" | "2";
  listingBusinessName: string;
  listingFirstName: string;
  listingLastName: string;
  changeServiceName: boolean;
  customerServiceName: string;
}

/** `changes` is where "nothing to change" (20057) is shown: on the list of what may change. */
export type ChangeField = keyof ChangeWizardValues | "changes";

export const EMPTY_CHANGE: ChangeWizardValues = {
  tnText: "",
  productID: "",
  changeSubscriber: false,
  customerType: "",
  businessName: "",
  firstName: "",
  middleInitial: "",
  lastName: "",
  changeAddress: false,
  streetNumber: "",
  streetName: "",
  streetSuffix: "",
  secondaryLocation: "",
  city: "",
  state: "",
  zip: "",
  changeCnam: false,
  cnamName: "",
  cnamBlocked: false,
  changeE911: false,
  e911Option: "",
  changeListing: false,
  listingType: "",
  listingBusinessName: "",
  listingFirstName: "",
  listingLastName: "",
  changeServiceName: false,
  customerServiceName: "",
};

/**
 * The wizard's values with the numbers of `?tns=…` (the active numbers page's selection)
 * and the organization's default product (Settings), if it has one.
 */
export function initialChangeValues(tns: string[], defaultProductId: ProductId | null = null): ChangeWizardValues {
  return { ...EMPTY_CHANGE, tnText: tns.join("\n"), productID: defaultProductId ?? "" };
}

const text = (value: string) => value.trim();
const filled = (value: string) => value.trim() !== "";
/** Leaves a blank optional field out of the request, as Lumen expects. */
const optional = <K extends string>(key: K, value: string) => (filled(value) ? ({ [key]: text(value) } as Record<K, string>) : {});

/** Only the opened sections travel; a blank inside an opened section stays for the contract to name. */
function changedFields(values: ChangeWizardValues): Omit<ChangeOrderRequest, "productID" | "tnList"> {
  return {
    ...(values.changeSubscriber && {
      // No type with a name is Lumen's 20043, so a blank type is left out, not sent blank.
      ...(values.customerType !== "" && { customerType: values.customerType }),
      ...optional("businessName", values.businessName),
      ...optional("firstName", values.firstName),
      ...optional("middleInitial", values.middleInitial),
      ...optional("lastName", values.lastName),
    }),
    ...(values.changeAddress && {
      serviceAddress: {
        streetNumber: text(values.streetNumber),
        streetName: text(values.streetName),
        ...optional("streetSuffix", values.streetSuffix),
        ...optional("secondaryLocation", values.secondaryLocation),
        city: text(values.city),
        state: values.state as NonNullable<ChangeOrderRequest["serviceAddress"]>["state"],
        zip: text(values.zip),
      },
    }),
    ...(values.changeCnam && { cnam: { customerName: text(values.cnamName), blockCustomerName: values.cnamBlocked ? "Y" : "N" } }),
    // Blank stays blank so the contract answers 20040 for it.
    ...(values.changeE911 && { e911Option: values.e911Option as "STATIC911" | "CP911" }),
    ...(values.changeListing && {
      directoryListing: {
        directoryListingAction: "C",
        ...(values.listingType !== "" && { directoryListingType: values.listingType }),
        ...optional("directoryBusinessName", values.listingBusinessName),
        ...optional("directoryFirstName", values.listingFirstName),
        ...optional("directoryLastName", values.listingLastName),
      },
    }),
    ...(values.changeServiceName && { customerServiceName: text(values.customerServiceName) }),
  };
}

export interface ChangePlan extends ReadTns {
  overLimit: boolean;
  /**
   * The requests to send. The contract sets no cap on the numbers of one change order, so
   * every number goes in one request; the list stays so the batch sending is the install's.
   */
  requests: ChangeOrderRequest[];
}

/** The change request for the values; pieces that are not numbers travel first, as typed. */
export function planChange(values: ChangeWizardValues): ChangePlan {
  const read = expandTnEntries(readTnText(values.tnText));
  const tnList = [...read.invalid.map((typed) => typed.entry), ...read.numbers];
  const request: ChangeOrderRequest = { productID: values.productID as ProductId, tnList, ...changedFields(values) };
  return { ...read, requests: [request] };
}

const ADDRESS_FIELDS = new Set<ChangeField>(["streetNumber", "streetName", "streetSuffix", "secondaryLocation", "city", "state", "zip"]);

const LISTING_FIELDS: Record<string, ChangeField> = {
  directoryListingAction: "listingType",
  directoryListingType: "listingType",
  directoryBusinessName: "listingBusinessName",
  directoryFirstName: "listingFirstName",
  directoryLastName: "listingLastName",
};

const ORDER_FIELDS: Record<string, ChangeField> = {
  productID: "productID",
  tnList: "tnText",
  customerType: "customerType",
  firstName: "firstName",
  lastName: "lastName",
  middleInitial: "middleInitial",
  businessName: "businessName",
  e911Option: "e911Option",
  customerServiceName: "customerServiceName",
};

/** The form field that shows an issue at `path` of a change request. */
function fieldOf(path: (string | number)[], values: ChangeWizardValues): ChangeField {
  const [key, inner] = path;
  if (key === undefined) return "changes";
  if (key === "serviceAddress") return ADDRESS_FIELDS.has(String(inner) as ChangeField) ? (String(inner) as ChangeField) : "streetName";
  if (key === "cnam") return inner === "blockCustomerName" ? "cnamBlocked" : "cnamName";
  // 20052 (no listed name at all) sits on the listing itself: shown on its first name box,
  // which for a residential subscriber is the listed first name (the business name is hidden).
  if (key === "directoryListing") {
    if (inner !== undefined) return LISTING_FIELDS[String(inner)] ?? "listingType";
    return values.changeSubscriber && values.customerType === "R" ? "listingFirstName" : "listingBusinessName";
  }
  return ORDER_FIELDS[String(key)] ?? "tnText";
}

// Rules of the contract no Lumen code names, in plain words.
const UNCODED_MESSAGES: Partial<Record<ChangeField, string>> = {
  customerServiceName: "Name the new customer service name, or leave the route unchanged.",
};

/** Lumen's verdict on the values, by form field (the first issue of each field). */
export function changeIssues(values: ChangeWizardValues): Partial<Record<ChangeField, string>> {
  const plan = planChange(values);
  const issues: Partial<Record<ChangeField, string>> = {};
  if (plan.overLimit) {
    issues.tnText = `At most ${MAX_TNS_PER_INSTALL_BATCH.toLocaleString("en-US")} numbers at once: change the rest in another sitting.`;
  }
  // An opened subscriber section without its type sends nothing of it (a blank type is left
  // out), which Lumen would call no change at all (20057): the type is what is missing.
  const typeMissing = values.changeSubscriber && values.customerType === "";
  if (typeMissing) issues.customerType = codedMessage(20043, "");
  const [request] = plan.requests;
  const result = ChangeOrderRequestSchema.safeParse(request);
  for (const issue of result.success ? [] : toLumenIssues(result.error)) {
    const field = fieldOf(issue.path, values);
    if (typeMissing && field === "changes") continue;
    const message = issue.lumenCode === null ? (UNCODED_MESSAGES[field] ?? issue.message) : codedMessage(issue.lumenCode, issue.message);
    issues[field] ??= withBadPieces(message, issue.path, plan.invalid);
  }
  return issues;
}

export interface ChangeWizardOptions {
  /** A reseller's user may name only one of its sub-account's customer service names. */
  serviceNames: readonly string[] | null;
}

export function makeChangeWizardSchema({ serviceNames }: ChangeWizardOptions) {
  return schemaFromIssues<ChangeWizardValues>((values) => {
    const name = text(values.customerServiceName);
    const notOurs = serviceNames && values.changeServiceName && name !== "" && !serviceNames.includes(name);
    return { ...(notOurs && { customerServiceName: NOT_YOUR_SERVICE_NAME }), ...changeIssues(values) };
  });
}

/** The fields each step asks for, so Next checks only those. */
export const STEP_FIELDS: readonly (readonly ChangeField[])[] = [
  ["tnText", "productID"],
  [
    "changes",
    "customerType",
    "businessName",
    "firstName",
    "middleInitial",
    "lastName",
    "streetNumber",
    "streetName",
    "streetSuffix",
    "secondaryLocation",
    "city",
    "state",
    "zip",
    "cnamName",
    "cnamBlocked",
    "e911Option",
    "listingType",
    "listingBusinessName",
    "listingFirstName",
    "listingLastName",
    "customerServiceName",
  ],
];
