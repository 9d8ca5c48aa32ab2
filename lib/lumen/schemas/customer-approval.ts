// POST /Voice/v1/Numbers/customerApproval — the answer to a backorder notification (10001),
// due within 4 hours (else 1921).
import { z } from "zod";
import { assumed } from "./assumed";
import { voiceOrderIdField } from "./fields/order-ids";

export const BACKORDER_DECISIONS = ["REJECT", "ACCEPT_WITH_BACKORDER", "ACCEPT_AVAILABLE_ONLY"] as const;
export type BackorderDecision = (typeof BACKORDER_DECISIONS)[number];

export const CustomerApprovalRequestSchema = z.object({
  voiceOrderId: voiceOrderIdField(20049),
  // No Lumen code covers a wrong decision, so this is a plain enum (lumenCode null).
  decision: z
    .enum(BACKORDER_DECISIONS)
    .meta(assumed("The guide names the three choices in prose (notification 10001), not their wire values.")),
});

export type CustomerApprovalRequest = z.input<typeof CustomerApprovalRequestSchema>;
export type ParsedCustomerApprovalRequest = z.output<typeof CustomerApprovalRequestSchema>;
