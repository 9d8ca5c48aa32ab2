// POST /Voice/v1/Numbers/order/{voiceOrderId}/supplement — change the requested date,
// subscriber or address of an LNP order still in flight. Something must change (20048).
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { assumed } from "./assumed";
import { ServiceAddressSchema } from "./fields/address";
import { codedString } from "./fields/coded";
import { voiceOrderIdField } from "./fields/order-ids";
import { dateTimeSpec, notInThePast, type RuleClock } from "./fields/request-date";
import { checkSubscriberNames, customerTypeField, subscriberNameFields } from "./fields/subscriber";
import { billingTelephoneNumberField } from "./port-order";

export const VoiceOrderIdPathSchema = z.object({
  voiceOrderId: voiceOrderIdField(20049),
});

const SUPPLEMENT_FIELDS = [
  "customerRequestDate",
  "customerType",
  "billingTelephoneNumber",
  "firstName",
  "lastName",
  "middleInitial",
  "businessName",
  "serviceAddress",
] as const;

export function makeSupplementRequestSchema(clock: RuleClock) {
  return z
    .object({
      customerRequestDate: codedString(dateTimeSpec({ format: 20069, rules: [notInThePast(clock)], purpose: "New requested port date." })).optional(),
      customerType: customerTypeField().optional(),
      billingTelephoneNumber: billingTelephoneNumberField().optional(),
      ...subscriberNameFields(),
      serviceAddress: ServiceAddressSchema.optional(),
    })
    .meta(
      assumed(
        "Fields follow the guide's list (request date, subscriber, address); 20048 answers an empty supplement. A new customer type comes with the names it needs, as on the order (20003-20006).",
      ),
    )
    .check((payload) => {
      if (SUPPLEMENT_FIELDS.every((key) => payload.value[key] === undefined)) addLumenIssue(payload, 20048);
      // Turning a business into a residence without a person's name (or the reverse) would
      // leave the port's subscriber without the names its type needs.
      if (payload.value.customerType !== undefined) checkSubscriberNames(payload, payload.value);
    });
}

export type VoiceOrderIdPath = z.input<typeof VoiceOrderIdPathSchema>;
export type SupplementRequest = z.input<ReturnType<typeof makeSupplementRequestSchema>>;
export type ParsedSupplementRequest = z.output<ReturnType<typeof makeSupplementRequestSchema>>;
