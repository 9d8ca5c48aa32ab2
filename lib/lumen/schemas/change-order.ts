// POST /Voice/v1/Numbers/order/change — change active numbers: subscriber name and type,
// service address, E911 option (ELS), directory listing (action C), CNAM, customer
// service name. At least one must be given (20057).
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { ServiceAddressSchema } from "./fields/address";
import { CnamSchema } from "./fields/cnam";
import { customerServiceNameField } from "./fields/customer-service-name";
import { ChangeDirectoryListingSchema } from "./fields/directory-listing";
import { checkE911ForProduct, e911OptionField } from "./fields/e911";
import { externalOrderIdField } from "./fields/order-ids";
import { LOCAL_INBOUND, productIdField } from "./fields/product-id";
import { customerTypeField, subscriberNameFields } from "./fields/subscriber";
import { tnListField } from "./fields/tn-list";

const CHANGE_FIELDS = [
  "customerType",
  "firstName",
  "lastName",
  "middleInitial",
  "businessName",
  "e911Option",
  "serviceAddress",
  "directoryListing",
  "cnam",
  "customerServiceName",
] as const;

interface NameChange {
  customerType?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  businessName?: unknown;
}

/**
 * 20043-20046: a name change states the customer type it is for, and a person's name is
 * whole. A type changed alone would leave the subscriber without the name that type needs:
 * 20004 for a business, 20003 for a residence.
 */
function checkNameChange(payload: z.core.ParsePayload, change: NameChange) {
  const personName = change.firstName !== undefined || change.lastName !== undefined;
  const businessName = change.businessName !== undefined;
  if (!personName && !businessName) {
    if (change.customerType === "B") addLumenIssue(payload, 20004, ["businessName"]);
    // Once, on the first name: the form shows it there, and both names are what it asks for.
    if (change.customerType === "R") addLumenIssue(payload, 20003, ["firstName"]);
    return;
  }
  if (change.customerType === undefined) return addLumenIssue(payload, 20043, ["customerType"]);
  if (businessName && change.customerType !== "B") addLumenIssue(payload, 20044, ["customerType"]);
  if (personName && change.customerType !== "R") addLumenIssue(payload, 20045, ["customerType"]);
  if (personName && (change.firstName === undefined || change.lastName === undefined)) {
    addLumenIssue(payload, 20046, [change.firstName === undefined ? "firstName" : "lastName"]);
  }
}

export const ChangeOrderRequestSchema = z
  .object({
    productID: productIdField(),
    externalOrderID: externalOrderIdField().optional(),
    tnList: tnListField({ empty: 20015, invalid: 20025 }),
    customerType: customerTypeField().optional(),
    ...subscriberNameFields(),
    e911Option: e911OptionField().optional(),
    serviceAddress: ServiceAddressSchema.optional(),
    directoryListing: ChangeDirectoryListingSchema.optional(),
    cnam: CnamSchema.optional(),
    customerServiceName: customerServiceNameField().optional(),
  })
  .check((payload) => {
    const change = payload.value;
    if (CHANGE_FIELDS.every((key) => change[key] === undefined)) return addLumenIssue(payload, 20057);
    checkNameChange(payload, change);
    checkE911ForProduct(payload, change.productID, change.e911Option, { required: false, path: ["e911Option"] });
    // As on an install or a port: Local Inbound numbers have no directory listing.
    if (change.productID === LOCAL_INBOUND && change.directoryListing !== undefined) addLumenIssue(payload, 20029, ["directoryListing"]);
  });

export type ChangeOrderRequest = z.input<typeof ChangeOrderRequestSchema>;
export type ParsedChangeOrderRequest = z.output<typeof ChangeOrderRequestSchema>;
