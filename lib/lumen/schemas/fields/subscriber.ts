// The subscriber of a line: customer type and the names that type requires. Install and
// port orders use `checkSubscriberNames` (20003-20006); change orders have their own
// name-change codes (see change-order.ts).
import type { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { codedEnum, codedString } from "./coded";
import { basicLatinRule, personNameRules } from "./text";

export const CUSTOMER_TYPES = ["B", "R"] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const subscriberNameFields = () => ({
  firstName: codedString({ rules: personNameRules(20210) }).optional(),
  lastName: codedString({ rules: personNameRules(20211) }).optional(),
  middleInitial: codedString({ rules: [{ code: 20210, pattern: /^[A-Za-z]$/ }] }).optional(),
  businessName: codedString({ rules: [basicLatinRule] }).optional(),
});

export const customerTypeField = () => codedEnum(CUSTOMER_TYPES, 20001, { description: "B business, R residence." });

interface SubscriberNames {
  customerType?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  businessName?: unknown;
}

const given = (value: unknown) => value !== undefined && value !== null;

/** Residential lines need first and last name and no business name; business lines the reverse. */
export function checkSubscriberNames(payload: z.core.ParsePayload, line: SubscriberNames, path: (string | number)[] = []) {
  if (line.customerType === "R") {
    if (!given(line.firstName) || !given(line.lastName)) addLumenIssue(payload, 20003, [...path, given(line.firstName) ? "lastName" : "firstName"]);
    if (given(line.businessName)) addLumenIssue(payload, 20005, [...path, "businessName"]);
  }
  if (line.customerType === "B") {
    if (!given(line.businessName)) addLumenIssue(payload, 20004, [...path, "businessName"]);
    if (given(line.firstName) || given(line.lastName)) addLumenIssue(payload, 20006, [...path, given(line.firstName) ? "firstName" : "lastName"]);
  }
}
