import type { BackorderDecision } from "@/lib/lumen/schemas/customer-approval";
import type { ReservedInventoryResponse } from "@/lib/lumen/schemas/reserved-inventory";
import { ok, type HandlerFor } from "../http/voice-handler";
import { approveBackorder, type BackorderAnswer } from "../orders/backorder-approval";
import { createOrder, findCustomerOrder } from "../orders/order-book";
import { acceptedBody } from "./accepted-body";
import { lumenDateTime } from "../lumen-contract";
import { paginate } from "./paging";

// POST /Voice/v1/Numbers/orderInventory — accept a reservation; rate centers are checked
// when the order is picked up, and answered by notification.
export const orderInventory: HandlerFor<"orderInventory"> = ({ sb, customer, body: input, now }) => {
  const order = createOrder(
    sb,
    {
      customerNumber: customer.customerNumber,
      type: "reservation",
      productId: input.productID,
      externalOrderId: input.externalOrderID ?? null,
      customerServiceName: null,
      request: {},
      rateCenters: input.rateCenters.map((line) => ({
        rateCenter: line.rateCenter,
        state: line.state,
        quantity: line.quantity,
        pbxIndex: line.pbxIndex === undefined ? null : Number(line.pbxIndex),
        pbxValue: line.pbxValue === undefined ? null : Number(line.pbxValue),
        status: "pending",
        availableAtCheck: null,
        backorderQuantity: 0,
        lastCode: null,
        tns: [],
      })),
    },
    now,
  );
  return ok(acceptedBody(order));
};

const DECISIONS: Record<BackorderDecision, BackorderAnswer> = {
  REJECT: "reject",
  ACCEPT_AVAILABLE_ONLY: "accept-available",
  ACCEPT_WITH_BACKORDER: "accept-backorder",
};

// POST /Voice/v1/Numbers/customerApproval — the answer to a 10001 backorder question.
export const submitCustomerApproval: HandlerFor<"submitCustomerApproval"> = ({ sb, customer, body: input, now }) => {
  const order = findCustomerOrder(sb, customer.customerNumber, { voiceOrderId: input.voiceOrderId }, 20049);
  approveBackorder(sb, order, DECISIONS[input.decision], now);
  return ok(acceptedBody(order));
};

// GET /Voice/v1/Numbers/inventory — the customer's reserved numbers.
export const listReservedInventory: HandlerFor<"listReservedInventory"> = ({ sb, customer, query: input }) => {
  const prefix = (input.NPA ?? "") + (input.NXX ?? "");
  const reserved = Object.values(sb.state.tns).filter(
    (tn) =>
      tn.customerNumber === customer.customerNumber &&
      tn.status === "reserved" &&
      (!input.voiceOrderID || tn.voiceOrderId === input.voiceOrderID) &&
      (!input.externalOrderID || tn.externalOrderId === input.externalOrderID) &&
      tn.tn.startsWith(prefix),
  );
  const page = paginate(reserved, input.pageNumber, input.pageSize);
  const answer: ReservedInventoryResponse = {
    pageNumber: page.pageNumber,
    pageSize: page.pageSize,
    totalCount: page.totalCount,
    telephoneNumbers: page.items.map((tn) => ({
      telephoneNumber: tn.tn,
      rateCenter: tn.rateCenter,
      state: tn.state,
      voiceOrderID: tn.voiceOrderId,
      ...(tn.externalOrderId && { externalOrderID: tn.externalOrderId }),
      reservedAt: lumenDateTime(tn.updatedAt),
    })),
  };
  return ok(answer);
};
