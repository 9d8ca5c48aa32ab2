import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import type { DashboardPeriod } from "./dashboard-period";

// What the dashboard shows, as plain JSON: the page renders it first and the browser's
// poll of GET /api/orgs/[org]/dashboard replaces it with the same shape. Dates are ISO
// strings so both arrive identical.

export interface DashboardOrderRef {
  id: string;
  type: OrderType;
  voiceOrderId: string | null;
  externalOrderId: string;
  /** Shown to staff; a reseller sees only its own orders anyway. */
  subAccountName: string | null;
}

export interface AwaitingApproval extends DashboardOrderRef {
  /** Lumen cancels the backorder at this instant (10013) unless someone decides. */
  approvalDeadline: string | null;
  availableQuantity: number | null;
}

export interface RecentRejection extends DashboardOrderRef {
  lumenCode: number | null;
  /** What the code means in plain words, or Lumen's own message for a code without one. */
  summary: string;
  rejectedAt: string;
}

export interface UnplacedOrder extends DashboardOrderRef {
  /** When the engine gave up on reaching Lumen with it. */
  failedAt: string;
}

export interface UpcomingFoc extends DashboardOrderRef {
  focDate: string;
  numberCount: number;
}

export interface FeedNotification {
  id: string;
  code: number | null;
  summary: string;
  voiceOrderId: string | null;
  orderId: string | null;
  source: "webhook" | "poll";
  receivedAt: string;
}

export interface DailyOrders {
  /** YYYY-MM-DD, UTC. */
  day: string;
  reservations: number;
  installs: number;
}

export interface RateCenterUtilization {
  rateCenter: string;
  state: string;
  active: number;
  reserved: number;
  /** active / (active + reserved), 0–100. Lumen refuses a new reservation below 75 (1648). */
  percent: number;
}

export interface DashboardData {
  period: DashboardPeriod;
  /** Midnight UTC of the period's first day. */
  from: string;
  generatedAt: string;
  /** False until the tenant's first order: the dashboard then shows how to start. */
  hasOrders: boolean;
  totalInPeriod: number;
  byStatus: Record<OrderStatus, number>;
  byType: Record<OrderType, number>;
  needsYou: {
    awaitingApproval: AwaitingApproval[];
    rejections: RecentRejection[];
    /** Orders that never reached Lumen in the period and were not placed again yet. */
    unplaced: UnplacedOrder[];
    upcomingFocs: UpcomingFoc[];
  };
  notifications: FeedNotification[];
  daily: DailyOrders[];
  utilization: RateCenterUtilization[];
}
