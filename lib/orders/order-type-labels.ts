import type { OrderType } from "@/lib/db/generated/enums";

/** An order type in the portal's words: the pages, the filters and the alert mails. */
export const ORDER_TYPE_LABELS: Record<OrderType, string> = {
  reserve: "Reserve",
  install: "Install",
  port: "Port in",
  supplement: "Supplement",
  change: "Change",
  disconnect: "Disconnect",
  cancel: "Cancel",
  approval: "Backorder approval",
  port_now: "Port now",
};
