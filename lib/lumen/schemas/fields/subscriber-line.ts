// The one subscriber line of an install or port order: who the subscriber is, where the
// service is, and the ELS extras (E911, directory listing) plus CNAM. Product-dependent
// rules (E911 and directory listing on LI) sit on the order, which knows the product.
import { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { assumed } from "../assumed";
import { ServiceAddressSchema } from "./address";
import { CnamSchema } from "./cnam";
import { codedList } from "./coded";
import { checkListingNames, InstallDirectoryListingSchema } from "./directory-listing";
import { checkE911ForProduct, e911OptionField } from "./e911";
import { LOCAL_INBOUND } from "./product-id";
import { checkSubscriberNames, customerTypeField, subscriberNameFields } from "./subscriber";

export const SubscriberLineSchema = z
  .object({
    customerType: customerTypeField(),
    ...subscriberNameFields(),
    serviceAddress: ServiceAddressSchema,
    e911Option: e911OptionField().optional(),
    directoryListing: InstallDirectoryListingSchema.optional(),
    cnam: CnamSchema.optional(),
  })
  .check((payload) => {
    const line = payload.value;
    checkSubscriberNames(payload, line);
    if (line.directoryListing) checkListingNames(payload, line.customerType, line.directoryListing, ["directoryListing"]);
  });

export type SubscriberLine = z.output<typeof SubscriberLineSchema>;

/** Exactly one line: none is 20029, more than one is `tooManyCode` (20030 install, 20031 port). */
export const subscriberLinesField = (tooManyCode: 20030 | 20031) =>
  codedList(SubscriberLineSchema, { missing: 20029, max: { count: 1, code: tooManyCode } }).meta(
    assumed("The guide's name:value pairs, as named fields of one subscriber line with a nested service address."),
  );

/** LI lines take no E911 option and no directory listing; ELS lines need an E911 option. */
export function checkLineForProduct(payload: z.core.ParsePayload, productId: unknown, lines: readonly SubscriberLine[]) {
  const line = lines[0];
  if (!line) return;
  checkE911ForProduct(payload, productId, line.e911Option, { required: true, path: ["subscriberLines", 0, "e911Option"] });
  if (productId === LOCAL_INBOUND && line.directoryListing !== undefined) {
    addLumenIssue(payload, 20029, ["subscriberLines", 0, "directoryListing"]);
  }
}
