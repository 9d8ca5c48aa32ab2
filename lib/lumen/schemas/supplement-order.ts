// POST /Voice/v1/Numbers/order/{voiceOrderId}/supplement — change the requested date,
// subscriber or address of an LNP order still in flight. Something must change (20048).
import { z } from "zod";
import { addLumenIssue } from "../lumen-rule";
import { assumed } from "./assumed";
import { ServiceAddressSchema } from "./fields/address";
import { codedString } from "./fields/coded";
import { voiceOrderIdField } from "./fields/order-ids";
import { dateTimeSpec, notInThePast, type RuleClock } from "./fields/request-date";
import { customerTypeField, subscriberNameFields } from "./fields/subscriber";
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
    .meta(assumed("Fields follow the guide's list (request date, subscriber, address); 20048 answers an empty supplement."))
    .check((payload) => {
      if (SUPPLEMENT_FIELDS.every((key) => payload.value[key] === undefined)) addLumenIssue(payload, 20048);
    });
}

export type VoiceOrderIdPath = z.input<typeof VoiceOrderIdPathSchema>;
export type SupplementRequest = z.input<ReturnType<typeof makeSupplementRequestSchema>>;
export type ParsedSupplementRequest = z.output<ReturnType<typeof makeSupplementRequestSchema>>;
