import { rateCenterKey, type SandboxState, type TelephoneNumber, type TnStatus } from "../state";

// Derived lookups kept beside the state (rebuilt on load, never persisted): per customer
// and rate center how many numbers are reserved and active — the 75 % rule reads this on
// every reservation, so it must not scan all numbers — and orders by externalOrderID.

export interface Usage {
  reserved: number;
  active: number;
}

export interface InventoryIndex {
  usage(customerNumber: string, state: string, rateCenter: string): Usage;
  /** Move a number to a new status (or create it), keeping the counters right. */
  put(tn: TelephoneNumber, status: TnStatus): void;
  orderByExternalId(customerNumber: string, externalOrderId: string): string | undefined;
  rememberExternalId(customerNumber: string, externalOrderId: string, voiceOrderId: string): void;
}

export function createInventoryIndex(state: SandboxState): InventoryIndex {
  const usage = new Map<string, Usage>();
  const external = new Map<string, string>();

  const usageOf = (customerNumber: string, key: string): Usage => {
    const id = `${customerNumber}|${key}`;
    let entry = usage.get(id);
    if (!entry) {
      entry = { reserved: 0, active: 0 };
      usage.set(id, entry);
    }
    return entry;
  };
  const count = (tn: TelephoneNumber, delta: number) => {
    if (tn.status === "disconnected") return;
    usageOf(tn.customerNumber, rateCenterKey(tn.state, tn.rateCenter))[tn.status] += delta;
  };

  for (const tn of Object.values(state.tns)) count(tn, 1);
  // Orders are stored in creation order, so the first with a reference wins here too.
  for (const order of Object.values(state.orders)) {
    const key = `${order.customerNumber}|${order.externalOrderId}`;
    if (order.externalOrderId && !external.has(key)) external.set(key, order.voiceOrderId);
  }

  return {
    usage: (customerNumber, st, rateCenter) => ({ ...usageOf(customerNumber, rateCenterKey(st, rateCenter)) }),
    put(tn, status) {
      // Callers change only `status` through here, so the stored record still counts as before.
      const previous = state.tns[tn.tn];
      if (previous) count(previous, -1);
      tn.status = status;
      state.tns[tn.tn] = tn;
      count(tn, 1);
    },
    orderByExternalId: (customerNumber, externalOrderId) => external.get(`${customerNumber}|${externalOrderId}`),
    rememberExternalId(customerNumber, externalOrderId, voiceOrderId) {
      // The first order with a reference keeps it: that is the one a caller reconciling a
      // timed-out POST is looking for.
      const key = `${customerNumber}|${externalOrderId}`;
      if (!external.has(key)) external.set(key, voiceOrderId);
    },
  };
}
