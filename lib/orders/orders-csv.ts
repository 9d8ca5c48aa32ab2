import { csvHeaderLine, csvRowLines } from "@/lib/csv/csv-lines";
import type { OrderWithNumbers } from "./list-orders";

// The orders list as CSV, every order its filters match, for reconciling with Lumen's
// invoices and a partner's own systems: Lumen's ids and codes as Lumen writes them, and
// each order's numbers in 10 digits, separated by spaces, and a reservation's quantity asked.

export const ORDERS_CSV_FIELDS = [
  "createdAt",
  "orderId",
  "type",
  "productID",
  "status",
  "statusReason",
  "lumenCode",
  "voiceOrderID",
  "externalOrderID",
  "numberCount",
  "quantityAsked",
  "telephoneNumbers",
  "subAccount",
  "submittedBy",
  "updatedAt",
  "approvalDeadline",
] as const;

export function ordersCsvHeader(): string {
  return csvHeaderLine(ORDERS_CSV_FIELDS);
}

export function ordersCsvRows(orders: OrderWithNumbers[]): string {
  return csvRowLines(
    orders.map((order) => [
      order.createdAt.toISOString(),
      order.id,
      order.type,
      order.productId ?? "",
      order.status,
      order.statusReason ?? "",
      order.lumenCode ?? "",
      order.voiceOrderId ?? "",
      order.externalOrderId,
      order.telephoneNumbers.length,
      // What a reservation asked for, which its numbers show only once Lumen has reserved them.
      order.type === "reserve" ? order.quantityAsked : "",
      order.telephoneNumbers.join(" "),
      order.subAccount?.name ?? "",
      order.submittedBy?.name ?? "",
      order.updatedAt.toISOString(),
      order.approvalDeadline?.toISOString() ?? "",
    ]),
  );
}
