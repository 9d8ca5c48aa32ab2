"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_TEXT } from "./chart-text";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RateCenterUtilization } from "@/lib/dashboard/dashboard-data";
import { ChartTable } from "./chart-table";

/** Lumen refuses a new reservation in a rate center below this utilization (1648). */
const UTILIZATION_RULE = 75;

/** In-use share of the numbers held per rate center, against the 75 % line. */
export function UtilizationChart({ utilization }: { utilization: RateCenterUtilization[] }) {
  const rows = utilization.map((u) => ({ ...u, label: u.state ? `${u.rateCenter}, ${u.state}` : u.rateCenter }));
  const below = rows.filter((u) => u.percent < UTILIZATION_RULE).length;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Utilization by rate center</CardTitle>
        <CardDescription>
          Active numbers out of those held (active and reserved), as the portal&apos;s own records count them. Below {UTILIZATION_RULE} %, Lumen
          refuses new reservations there (1648). Lumen also counts numbers ordered outside the portal: the Numbers page and the
          reservation wizard show its own figures.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No reserved or active numbers in the portal&apos;s inventory yet.</p>
        ) : (
          <>
            <p className="text-sm">
              {below === 0
                ? `Every rate center shown is at or above ${UTILIZATION_RULE} %.`
                : `${below} of ${rows.length} rate ${rows.length === 1 ? "center is" : "centers are"} below ${UTILIZATION_RULE} %.`}
            </p>
            <BarChart
              responsive
              layout="vertical"
              data={rows}
              style={{ width: "100%", height: Math.max(130, rows.length * 32 + 56) }}
              margin={{ top: 20, right: 16, bottom: 0, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} className="stroke-border" />
              <XAxis type="number" domain={[0, 100]} unit=" %" tick={CHART_TEXT} />
              <YAxis type="category" dataKey="label" width={130} tick={CHART_TEXT} />
              <Tooltip formatter={(value) => [`${value} %`, "Utilization"]} />
              <ReferenceLine x={UTILIZATION_RULE} stroke="var(--color-amber-600)" strokeDasharray="4 4" label={{ value: "75 %", position: "top", ...CHART_TEXT }} />
              <Bar dataKey="percent" name="Utilization" fill="var(--color-primary)" isAnimationActive={false} />
            </BarChart>
            <ChartTable
              caption="Utilization by rate center"
              headers={["Rate center", "Active", "Reserved", "Utilization"]}
              rows={rows.map((u) => [u.label, u.active, u.reserved, `${u.percent} %`])}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
