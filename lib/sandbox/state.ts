import type { OrderStatus } from "@/lib/lumen/schemas/order-accepted";
import type { ProductId, SeedData, WebhookSettings } from "./seed-types";

// The sandbox's whole mutable state: one plain JSON-serialisable object, kept in memory
// and written to disk by the store. Seed rows (customers, rate centers) are read from
// the seed; only what changes lives here.

export type TnStatus = "reserved" | "active" | "disconnected";

export interface TelephoneNumber {
  tn: string;
  customerNumber: string;
  rateCenter: string;
  state: string;
  productId: ProductId;
  status: TnStatus;
  /** The order that put the number where it is now (reservation, install, port …). */
  voiceOrderId: string;
  externalOrderId: string | null;
  customerServiceName: string | null;
  /** Subscriber details from the install/port/change order, returned by the TN report. */
  subscriber: Record<string, unknown> | null;
  /** An in-flight order on this number: a second one answers 1612. */
  pendingOrderId: string | null;
  updatedAt: number;
}

/** The guide's order statuses, as the contract spells them on the wire. */
export type { OrderStatus };

export type OrderType = "reservation" | "install" | "port" | "change" | "disconnect";

export type RateCenterLineStatus =
  | "pending"
  | "awaiting approval"
  | "backordered"
  | "completed"
  | "rejected"
  | "cancelled";

/** One rate center of a reservation order (Lumen's "PON level"). */
export interface RateCenterLine {
  rateCenter: string;
  state: string;
  quantity: number;
  pbxIndex: number | null;
  pbxValue: number | null;
  status: RateCenterLineStatus;
  /** What was free when the order was checked; the 10001 message quotes it. */
  availableAtCheck: number | null;
  backorderQuantity: number;
  lastCode: number | null;
  tns: string[];
}

export interface Order {
  voiceOrderId: string;
  externalOrderId: string | null;
  customerNumber: string;
  type: OrderType;
  productId: ProductId | null;
  status: OrderStatus;
  customerServiceName: string | null;
  createdAt: number;
  updatedAt: number;
  rateCenters: RateCenterLine[];
  tns: string[];
  /** The customer request date (ports, disconnects), virtual ms. */
  requestedDate: number | null;
  /** The FOC date the donating carrier granted (ports), virtual ms. */
  focDate: number | null;
  /** The validated request body, kept to apply subscriber details on completion. */
  request: Record<string, unknown>;
}

export interface StoredNotification {
  id: string;
  customerNumber: string;
  voiceOrderId: string;
  externalOrderId: string | null;
  notificationCode: number;
  /** As sent, placeholders filled. */
  notificationMessage: string;
  /** Set when the notification is about one rate center of a reservation. */
  rateCenter: { rateCenter: string; state: string } | null;
  /** 903's firm order commitment (virtual ms); absent on other codes and older state files. */
  focDate?: number | null;
  xml: string;
  createdAt: number;
}

export type JobKind =
  | "order.start"
  | "reservation.complete"
  | "backorder.expire"
  | "backorder.fill"
  | "install.complete"
  | "port.foc"
  | "port.complete"
  | "change.complete"
  | "disconnect.complete";

export interface Job {
  id: number;
  kind: JobKind;
  /** Virtual time the job falls due. */
  dueAt: number;
  voiceOrderId: string;
}

export interface WebhookDelivery {
  id: number;
  notificationId: string;
  customerNumber: string;
  status: "pending" | "delivered" | "failed" | "dropped";
  attempts: number;
  /** Real time of the next attempt: retries back off in real time, not virtual. */
  nextAttemptAt: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  deliveredAt: number | null;
}

export type FaultKind = "status" | "latency" | "status-after-processing" | "drop-webhooks";

export interface Fault {
  id: number;
  kind: FaultKind;
  /** Glob on the request path (`*` matches anything); drop-webhooks matches customer numbers. */
  pattern: string;
  method: string | null;
  status: 503 | 504 | null;
  latencyMs: number | null;
  /** Calls (or webhooks) still to affect; null affects every one until cleared. */
  remaining: number | null;
}

export interface AccessToken {
  clientId: string;
  expiresAt: number;
}

export interface SandboxState {
  version: 1;
  virtualNow: number;
  sequence: { order: number; notification: number; job: number; delivery: number; fault: number };
  webhooks: Record<string, WebhookSettings | null>;
  /** Numbers still free per rate center ("STATE/RATE CENTER") and the next line to hand out. */
  stock: Record<string, { available: number; nextIndex: number }>;
  tns: Record<string, TelephoneNumber>;
  orders: Record<string, Order>;
  notifications: StoredNotification[];
  jobs: Job[];
  deliveries: WebhookDelivery[];
  faults: Fault[];
  tokens: Record<string, AccessToken>;
}

/** The order id seed numbers carry: they were "reserved" before the sandbox existed. */
export const SEED_ORDER_ID = "SEED-INVENTORY";

export function rateCenterKey(state: string, rateCenter: string): string {
  return `${state.toUpperCase()}/${rateCenter.toUpperCase()}`;
}

export function createInitialState(seed: SeedData, virtualNow: number): SandboxState {
  const state: SandboxState = {
    version: 1,
    virtualNow,
    sequence: { order: 0, notification: 0, job: 0, delivery: 0, fault: 0 },
    webhooks: Object.fromEntries(seed.customers.map((c) => [c.customerNumber, c.webhook])),
    stock: Object.fromEntries(
      seed.rateCenters.map((rc) => [rateCenterKey(rc.state, rc.rateCenter), { available: rc.available, nextIndex: 0 }]),
    ),
    tns: {},
    orders: {},
    notifications: [],
    jobs: [],
    deliveries: [],
    faults: [],
    tokens: {},
  };
  for (const row of seed.telephoneNumbers) {
    state.tns[row.tn] = {
      ...row,
      customerServiceName: row.customerServiceName ?? null,
      voiceOrderId: SEED_ORDER_ID,
      externalOrderId: null,
      subscriber: row.subscriber ?? null,
      pendingOrderId: null,
      updatedAt: virtualNow,
    };
  }
  return state;
}
