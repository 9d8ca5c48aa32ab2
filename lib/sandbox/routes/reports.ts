import type { ActiveInventoryResponse } from "@/lib/lumen/schemas/active-inventory";
import type { NotificationsResponse } from "@/lib/lumen/schemas/notifications";
import type { OrderStatusResponse } from "@/lib/lumen/schemas/order-status";
import { ok, type HandlerFor } from "../http/voice-handler";
import { NOTIFICATION_RETENTION_MS } from "../notifications/notify";
import { findCustomerOrder } from "../orders/order-book";
import type { OrderType, TelephoneNumber } from "../state";
import { lumenDateTime } from "../lumen-contract";
import { paginate } from "./paging";

// The read-only reports: order status, notification history and the active-TN report.

const ORDER_TYPES: Record<OrderType, OrderStatusResponse["orderType"]> = {
  reservation: "RESERVE",
  install: "INSTALL",
  port: "PORT",
  change: "CHANGE",
  disconnect: "DISCONNECT",
};

// GET /Voice/v1/Numbers/orderStatus — by voiceOrderId or externalOrderID.
export const getOrderStatus: HandlerFor<"getOrderStatus"> = ({ sb, customer, query }) => {
  const order = findCustomerOrder(
    sb,
    customer.customerNumber,
    { voiceOrderId: query.voiceOrderId, externalOrderId: query.externalOrderID },
    20049,
  );
  const tns = order.type === "reservation" ? order.rateCenters.flatMap((line) => line.tns) : order.tns;
  const last = sb.state.notifications.findLast((n) => n.voiceOrderId === order.voiceOrderId);
  const body: OrderStatusResponse = {
    voiceOrderId: order.voiceOrderId,
    ...(order.externalOrderId && { externalOrderID: order.externalOrderId }),
    orderType: ORDER_TYPES[order.type],
    status: order.status,
    createdAt: lumenDateTime(order.createdAt),
    updatedAt: lumenDateTime(order.updatedAt),
    ...(order.focDate !== null && { focDate: lumenDateTime(order.focDate) }),
    ...(tns.length > 0 && { telephoneNumbers: tns }),
    ...(last && { lastNotification: { code: last.notificationCode, message: last.notificationMessage } }),
  };
  return ok(body);
};

// GET /Voice/v1/Numbers/notifications — history of the last 180 days, oldest first.
export const listNotifications: HandlerFor<"listNotifications"> = ({ sb, customer, query, now }) => {
  const from = Math.max(query.fromDateTime ? Date.parse(query.fromDateTime) : 0, now - NOTIFICATION_RETENTION_MS);
  const to = query.toDateTime ? Date.parse(query.toDateTime) : Infinity;
  const matching = sb.state.notifications.filter(
    (n) =>
      n.customerNumber === customer.customerNumber &&
      (!query.voiceOrderId || n.voiceOrderId === query.voiceOrderId) &&
      n.createdAt >= from &&
      n.createdAt <= to,
  );
  const body: NotificationsResponse = {
    notifications: matching.map((n) => ({
      voiceOrderId: n.voiceOrderId,
      customerNumber: n.customerNumber,
      notificationCode: n.notificationCode,
      notificationMessage: n.notificationMessage,
      ...(n.rateCenter && { rateCenter: n.rateCenter.rateCenter, state: n.rateCenter.state }),
      ...(n.focDate != null && { focDate: lumenDateTime(n.focDate) }),
      createdAt: lumenDateTime(n.createdAt),
    })),
  };
  return ok(body);
};

// GET /Voice/v1/Numbers/inventoryDetails — active numbers with their subscriber.
export const getActiveInventoryReport: HandlerFor<"getActiveInventoryReport"> = ({ sb, customer, query }) => {
  const active = Object.values(sb.state.tns).filter(
    (tn) =>
      tn.customerNumber === customer.customerNumber &&
      tn.status === "active" &&
      (!query.customerServiceName || tn.customerServiceName === query.customerServiceName),
  );
  const page = paginate(active, query.pageNumber, query.pageSize);
  const body: ActiveInventoryResponse = {
    pageNumber: page.pageNumber,
    pageSize: page.pageSize,
    totalCount: page.totalCount,
    telephoneNumbers: page.items.map(reportRow),
  };
  return ok(body);
};

type ReportRow = ActiveInventoryResponse["telephoneNumbers"][number];
type ReportAddress = ReportRow["serviceAddress"];

/** The subscriber line the number was installed (or last changed) with, as a report row. */
function reportRow(tn: TelephoneNumber): ReportRow {
  const subscriber = (tn.subscriber ?? {}) as {
    customerType?: "B" | "R";
    firstName?: string;
    lastName?: string;
    businessName?: string;
    serviceAddress?: ReportAddress;
  };
  const serviceAddress = subscriber.serviceAddress ?? { streetNumber: "", streetName: "", city: "", state: tn.state, zip: "" };
  return {
    telephoneNumber: tn.tn,
    productID: tn.productId,
    ...(tn.customerServiceName && { customerServiceName: tn.customerServiceName }),
    customerType: subscriber.customerType ?? "B",
    ...(subscriber.firstName && { firstName: subscriber.firstName }),
    ...(subscriber.lastName && { lastName: subscriber.lastName }),
    ...(subscriber.businessName && { businessName: subscriber.businessName }),
    serviceAddress,
    // ELS numbers carry 911 service at the service address (static 911).
    ...(tn.productId === "2042" && { e911Address: serviceAddress }),
  };
}
