import { LumenRejection } from "../lumen-contract";
import type { Sandbox } from "../sandbox";
import type { SeedCustomer } from "../seed-types";
import type { TelephoneNumber } from "../state";

// Synchronous checks shared by the orders that act on existing numbers. Each order kind
// answers the same situation with its own code (Lumen files them per operation), so the
// caller passes its codes in.

/** A customer service name must be one of the customer's, and on its order mapping list. */
export function checkCustomerServiceName(customer: SeedCustomer, name: string | null | undefined): void {
  if (!name) return;
  if (customer.customerServiceNames.includes(name)) return;
  throw new LumenRejection(customer.unmappedServiceNames.includes(name) ? 20032 : 1405);
}

export interface OwnedNumberCodes {
  unknown: number;
  otherOwner: number;
  wrongStatus: number;
}

/** Each number must exist, belong to the customer, be in `status` and have no order in flight. */
export function requireOwnedNumbers(
  sb: Sandbox,
  customerNumber: string,
  tns: string[],
  status: TelephoneNumber["status"],
  codes: OwnedNumberCodes,
): TelephoneNumber[] {
  return tns.map((tn) => {
    const record = sb.state.tns[tn];
    if (!record || record.status === "disconnected") throw new LumenRejection(codes.unknown);
    if (record.customerNumber !== customerNumber) throw new LumenRejection(codes.otherOwner);
    if (record.pendingOrderId) throw new LumenRejection(1612);
    if (record.status !== status) throw new LumenRejection(codes.wrongStatus);
    return record;
  });
}
