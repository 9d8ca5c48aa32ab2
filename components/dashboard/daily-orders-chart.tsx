"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DailyOrders } from "@/lib/dashboard/dashboard-data";
import { ChartTable } from "./chart-table";
import { CHART_TEXT, inSeriesOrder, legendText } from "./chart-text";
import { formatCalendarDay } from "@/lib/dates/format-dates";

const RESERVATIONS = "var(--color-sky-600)";
const INSTALLS = "var(--color-emerald-600)";

/** Reservation and install orders placed per day of the period. */
export function DailyOrdersChart({ daily }: { daily: DailyOrders[] }) {
  const rows = daily.map((d) => ({ ...d, label: formatCalendarDay(d.day, { weekday: false }) }));
  const reservations = daily.reduce((sum, d) => sum + d.reservations, 0);
  const installs = daily.reduce((sum, d) => sum + d.installs, 0);
  const summary = `${reservations} reservation ${reservations === 1 ? "order" : "orders"} and ${installs} install ${installs === 1 ? "order" : "orders"} over ${daily.length} ${daily.length === 1 ? "day" : "days"}.`;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Reservations and installs</CardTitle>
        <CardDescription>{summary}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <BarChart responsive data={rows} style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} desc={summary}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-border" />
          <XAxis dataKey="label" tick={CHART_TEXT} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={CHART_TEXT} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} itemSorter={inSeriesOrder(["reservations", "installs"])} />
          <Bar dataKey="reservations" name="Reservations" fill={RESERVATIONS} isAnimationActive={false} />
          <Bar dataKey="installs" name="Installs" fill={INSTALLS} isAnimationActive={false} />
        </BarChart>
        <ChartTable
          caption="Reservation and install orders per day"
          headers={["Day", "Reservations", "Installs"]}
          rows={rows.map((d) => [d.label, d.reservations, d.installs])}
        />
      </CardContent>
    </Card>
  );
}
