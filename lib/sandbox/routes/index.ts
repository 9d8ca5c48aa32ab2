import type { HandlerFor, VoiceOperationId } from "../http/voice-handler";
import { checkAddressCoverage, checkTnPortability } from "./coverage";
import { cancelOrder, changeOrder, disconnectOrder, portNow, submitOrder, supplementOrder } from "./orders";
import { checkRateCenterUtilization, listRateCenters } from "./rate-centers";
import { getActiveInventoryReport, getOrderStatus, listNotifications } from "./reports";
import { listReservedInventory, orderInventory, submitCustomerApproval } from "./reservations";

// One handler per /Voice operation of the contract; the mapped type makes a missing or
// mistyped one a compile error when lib/lumen/operations.ts changes.
export const VOICE_HANDLERS: { [Id in VoiceOperationId]: HandlerFor<Id> } = {
  listRateCenters,
  checkAddressCoverage,
  checkTnPortability,
  checkRateCenterUtilization,
  orderInventory,
  listReservedInventory,
  submitCustomerApproval,
  submitOrder,
  supplementOrder,
  changeOrder,
  disconnectOrder,
  cancelOrder,
  portNow,
  getOrderStatus,
  listNotifications,
  getActiveInventoryReport,
};
