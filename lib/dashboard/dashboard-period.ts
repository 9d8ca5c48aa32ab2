import { z } from "zod";

// The dashboard's period, in the URL (?period=7d) and in the API's query: the same schema
// reads both. Days are UTC calendar days, like every date rule of Lumen's (business-days.ts).

export const DASHBOARD_PERIODS = ["today", "7d", "30d", "90d"] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export const PERIOD_LABELS: Record<DashboardPeriod, string> = {
  today: "Today",
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
};

const PERIOD_DAYS: Record<DashboardPeriod, number> = { today: 1, "7d": 7, "30d": 30, "90d": 90 };

/** A missing or unknown period falls back to 7 days rather than failing the dashboard. */
export const DashboardQuerySchema = z.object({
  period: z.enum(DASHBOARD_PERIODS).catch("7d"),
});

const DAY_MS = 86_400_000;

/** The period's first instant (midnight UTC) and its days, oldest first, as YYYY-MM-DD. */
export function periodRange(period: DashboardPeriod, now: Date): { from: Date; days: string[] } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const count = PERIOD_DAYS[period];
  const from = new Date(today - (count - 1) * DAY_MS);
  const days = Array.from({ length: count }, (_, i) => new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10));
  return { from, days };
}
