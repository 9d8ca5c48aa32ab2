"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTable } from "@/components/dashboard/chart-table";
import { CHART_TEXT, inSeriesOrder, legendText } from "@/components/dashboard/chart-text";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { HELD_LABELS } from "@/lib/reports/usage-columns";
import { HELD_STATUSES, type HeldStatus } from "@/lib/reports/usage-report-data";

export type HeldBar = { name: string } & Record<HeldStatus, number>;

const COLORS: Record<HeldStatus, string> = {
  reserved: "var(--color-sky-600)",
  // amber-600: amber-400 stood at 1.7:1 against the card, under the 3:1 a bar needs.
  pending: "var(--color-amber-600)",
  active: "var(--color-emerald-600)",
  disconnected: "var(--muted-foreground)",
};

/** Numbers each sub-account held at the month's end, stacked by status. */
export function NumbersHeldChart({ title, bars }: { title: string; bars: HeldBar[] }) {
  const totals = Object.fromEntries(HELD_STATUSES.map((s) => [s, bars.reduce((sum, b) => sum + b[s], 0)])) as Record<HeldStatus, number>;
  const summary = `In all: ${totals.active} active, ${totals.pending} pending, ${totals.reserved} reserved and ${totals.disconnected} disconnected.`;

  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{summary}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <BarChart
          responsive
          layout="vertical"
          data={bars}
          style={{ width: "100%", height: Math.max(140, bars.length * 36 + 72) }}
          margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
          desc={summary}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} className="stroke-border" />
          <XAxis type="number" allowDecimals={false} tick={CHART_TEXT} />
          <YAxis type="category" dataKey="name" width={150} tick={CHART_TEXT} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} itemSorter={inSeriesOrder(HELD_STATUSES)} />
          {HELD_STATUSES.map((status) => (
            <Bar key={status} dataKey={status} name={HELD_LABELS[status]} stackId="held" fill={COLORS[status]} isAnimationActive={false} />
          ))}
        </BarChart>
        <ChartTable
          caption={title}
          headers={["Sub-account", ...HELD_STATUSES.map((s) => HELD_LABELS[s])]}
          rows={bars.map((b) => [b.name, ...HELD_STATUSES.map((s) => b[s])])}
        />
      </CardContent>
    </Card>
  );
}
