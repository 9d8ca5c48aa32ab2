// The reservation wizard's one form. Each rate center line is checked by the contract's own
// schema (OrderInventoryRequestSchema, the body of POST /Numbers/orderInventory): the line
// is turned into the request that will be sent, parsed, and every issue lands on the field
// it concerns with Lumen's code and words — so the form can never disagree with the server.
import { z } from "zod";
import { codedMessage } from "@/components/wizard/coded-message";
import { lumenMessage } from "@/lib/lumen/codes";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { MAX_TNS_PER_RATE_CENTER, OrderInventoryRequestSchema, type OrderInventoryRequest } from "@/lib/lumen/schemas/order-inventory";
import { PRODUCT_IDS, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { RATE_CENTER_STATUSES, type RateCenterStatus } from "@/lib/lumen/schemas/rate-centers";
import { US_STATE_CODES } from "@/lib/lumen/schemas/fields/us-states";

export type ReservationLineRequest = OrderInventoryRequest["rateCenters"][number];

/** A line as the form holds it: text as typed, turned into Lumen's shape by `toRequestLine`. */
export interface ReservationLineValues {
  rateCenter: string;
  state: string;
  static911: boolean;
  /** As Lumen's rate center list gave it; absent when Lumen does not say. */
  status?: RateCenterStatus;
  quantity: string;
  sequential: boolean;
  pbxIndex: string;
  pbxValue: string;
  tnLocNpa: string;
  tnLocNxx: string;
  /** Example numbers, separated by spaces or commas (Lumen's tnList). */
  tnList: string;
}

type ListedRateCenter = Pick<ReservationLineValues, "rateCenter" | "state" | "static911" | "status">;

export function newLine({ rateCenter, state, static911, status }: ListedRateCenter): ReservationLineValues {
  return { rateCenter, state, static911, ...(status && { status }), quantity: "", sequential: false, pbxIndex: "", pbxValue: "", tnLocNpa: "", tnLocNxx: "", tnList: "" };
}

const present = (text: string) => text.trim() !== "";

/** The rate-center line exactly as it will be sent; blank optional fields are left out. */
export function toRequestLine(line: ReservationLineValues): ReservationLineRequest {
  const quantity = line.quantity.trim();
  const numbers = line.tnList.split(/[\s,;]+/).filter(Boolean);
  return {
    rateCenter: line.rateCenter,
    state: line.state,
    // Digits become a number; anything else goes as typed so the contract names its code.
    quantity: /^\d+$/.test(quantity) ? Number(quantity) : (quantity as unknown as number),
    ...(line.sequential && { sequentialIndicator: "Y" as const }),
    ...(present(line.pbxIndex) && { pbxIndex: line.pbxIndex.trim() }),
    ...(present(line.pbxValue) && { pbxValue: line.pbxValue.trim() }),
    ...(present(line.tnLocNpa) && { tnLocNpa: line.tnLocNpa.trim() }),
    ...(present(line.tnLocNxx) && { tnLocNxx: line.tnLocNxx.trim() }),
    ...(numbers.length > 0 && { tnList: numbers }),
  };
}

// Request keys → the form field that shows their issue. A rule about the whole line
// (20090: tnList together with location) is shown at the example numbers.
const FIELD_OF: Record<string, keyof ReservationLineValues> = {
  quantity: "quantity",
  sequentialIndicator: "sequential",
  pbxIndex: "pbxIndex",
  pbxValue: "pbxValue",
  tnLocNpa: "tnLocNpa",
  tnLocNxx: "tnLocNxx",
  tnList: "tnList",
  rateCenter: "rateCenter",
  state: "rateCenter",
};

/** A rate center Lumen lists as closed refuses every reservation with this code. */
export const CLOSED_RATE_CENTER_CODE = 1302;

export function closedRateCenterMessage(): string {
  return codedMessage(CLOSED_RATE_CENTER_CODE, lumenMessage(CLOSED_RATE_CENTER_CODE));
}

/**
 * Lumen answers a quantity missing, zero or not a whole number with one code, whose words
 * speak of zero only (10011); for an empty field, text, a sign or a fraction the form says
 * what it wants instead.
 */
function quantityMessage(typed: string, lumenWords: string): string {
  const text = typed.trim();
  if (text === "") return `How many numbers? Type a whole number from 1 to ${MAX_TNS_PER_RATE_CENTER}.`;
  return /^\d+$/.test(text) ? lumenWords : `Type a whole number from 1 to ${MAX_TNS_PER_RATE_CENTER}.`;
}

/** Lumen's verdict on one line, by form field (first issue per field). */
export function lineIssues(productID: ProductId, line: ReservationLineValues): Partial<Record<keyof ReservationLineValues, string>> {
  const result = OrderInventoryRequestSchema.safeParse({ productID, rateCenters: [toRequestLine(line)] });
  const issues: Partial<Record<keyof ReservationLineValues, string>> = {};
  // Known before sending only when the list said so; otherwise Lumen answers with a notification.
  if (line.status === "closed") issues.rateCenter = closedRateCenterMessage();
  if (result.success) return issues;
  for (const issue of toLumenIssues(result.error)) {
    // Paths look like ["rateCenters", 0, "quantity"]; ["rateCenters", 0] is the line itself.
    if (issue.path[0] !== "rateCenters") continue;
    const key = issue.path[2];
    const field = typeof key === "string" ? (FIELD_OF[key] ?? "tnList") : "tnList";
    issues[field] ??= codedMessage(issue.lumenCode, field === "quantity" ? quantityMessage(line.quantity, issue.message) : issue.message);
  }
  return issues;
}

const LineSchema = z.object({
  rateCenter: z.string(),
  state: z.string(),
  static911: z.boolean(),
  status: z.enum(RATE_CENTER_STATUSES).optional(),
  quantity: z.string(),
  sequential: z.boolean(),
  pbxIndex: z.string(),
  pbxValue: z.string(),
  tnLocNpa: z.string(),
  tnLocNxx: z.string(),
  tnList: z.string(),
});

export const ReserveWizardSchema = z
  .object({
    productID: z.enum(PRODUCT_IDS, { error: "Choose Local Inbound or Enhanced Local Service." }).or(z.literal("")),
    state: z.string(),
    rateCenterFilter: z.string(),
    lines: z.array(LineSchema),
  })
  .superRefine((values, context) => {
    if (values.productID === "") {
      context.addIssue({ code: "custom", path: ["productID"], message: "Choose Local Inbound or Enhanced Local Service." });
    }
    if (!(US_STATE_CODES as readonly string[]).includes(values.state)) {
      context.addIssue({ code: "custom", path: ["state"], message: "Choose the state to reserve numbers in." });
    }
    if (values.lines.length === 0) {
      context.addIssue({ code: "custom", path: ["lines"], message: "Choose at least one rate center." });
    }
    if (values.productID === "") return;
    const productID = values.productID;
    values.lines.forEach((line, index) => {
      for (const [field, message] of Object.entries(lineIssues(productID, line))) {
        context.addIssue({ code: "custom", path: ["lines", index, field], message });
      }
    });
  });

export type ReserveWizardValues = z.input<typeof ReserveWizardSchema>;

export const EMPTY_WIZARD: ReserveWizardValues = { productID: "", state: "", rateCenterFilter: "", lines: [] };

/** A fresh wizard: the organization's default product (Settings) chosen, if it has one. */
export function initialReserveValues(defaultProductId: ProductId | null = null): ReserveWizardValues {
  return { ...EMPTY_WIZARD, productID: defaultProductId ?? "" };
}

/** The body of one reservation order: one rate center per order. */
export function toOrderRequest(productID: ProductId, line: ReservationLineValues): OrderInventoryRequest {
  return { productID, rateCenters: [toRequestLine(line)] };
}
