// The subscriber of a line: customer type and the names that type requires. Install and
// port orders use `checkSubscriberNames` (20003-20006); change orders have their own
// name-change codes (see change-order.ts).
import type { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { assumed } from "../assumed";
import { codedEnum, codedString } from "./coded";
import { basicLatinRule, personNameRules } from "./text";

export const CUSTOMER_TYPES = ["B", "R"] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const subscriberNameFields = () => ({
  firstName: codedString({ rules: personNameRules(20210) }).optional(),
  lastName: codedString({ rules: personNameRules(20211) }).optional(),
  middleInitial: codedString({
    rules: [{ code: 20210, pattern: /^[A-Za-z]$/ }],
    meta: assumed("No code names the middle initial; one letter, answered like a first name (20210)."),
  }).optional(),
  businessName: codedString({ rules: [basicLatinRule] }).optional(),
});

export const customerTypeField = () => codedEnum(CUSTOMER_TYPES, 20001, { description: "B business, R residence." });

interface SubscriberNames {
  customerType?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  businessName?: unknown;
}

/**
 * Residential lines need first and last name and no business name; business lines the
 * reverse. Each name field in the way carries the code, so a form marks every one of them.
 */
export function checkSubscriberNames(payload: z.core.ParsePayload, line: SubscriberNames) {
  const has = (key: keyof SubscriberNames) => line[key] !== undefined;
  const personNames = ["firstName", "lastName"] as const;
  if (line.customerType === "R") {
    for (const key of personNames) if (!has(key)) addLumenIssue(payload, 20003, [key]);
    if (has("businessName")) addLumenIssue(payload, 20005, ["businessName"]);
  }
  if (line.customerType === "B") {
    if (!has("businessName")) addLumenIssue(payload, 20004, ["businessName"]);
    for (const key of personNames) if (has(key)) addLumenIssue(payload, 20006, [key]);
  }
}
