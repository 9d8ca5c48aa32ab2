// POST /Voice/v1/Numbers/lnp/portnow — activate a port in real time once the FOC date and
// the losing carrier's concurrence are in ("coming soon" in the guide).
import { z } from "zod";
import { assumed } from "./assumed";
import { voiceOrderIdField } from "./fields/order-ids";

export const PortNowRequestSchema = z
  .object({
    voiceOrderId: voiceOrderIdField(20049),
  })
  .meta(assumed("The guide announces port-now without a payload; the LNP order's voice order ID."));

export type PortNowRequest = z.input<typeof PortNowRequestSchema>;
export type ParsedPortNowRequest = z.output<typeof PortNowRequestSchema>;
