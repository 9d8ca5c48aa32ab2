import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { formatCalendarDay } from "@/lib/dates/format-dates";
import type { CalendarDay } from "@/lib/dashboard/list-foc-calendar";
import { CutOverChecklistList } from "./cut-over-checklist-list";

/** The FOC agenda: one card per day with ports cutting over, each with numbers and checklist. */
export function FocCalendarView({ org, days, showSubAccount }: { org: string; days: CalendarDay[]; showSubAccount: boolean }) {
  return (
    <ol aria-label="FOC dates" className="flex flex-col gap-6">
      {days.map((day) => (
        <li key={day.day}>
          <Card>
            <CardHeader>
              <CardTitle>
                <time dateTime={day.day}>{formatCalendarDay(day.day)}</time>
                <span className="ml-2 text-sm font-normal text-muted-foreground">
                  {day.ports.length} {day.ports.length === 1 ? "port" : "ports"}
                </span>
              </CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col divide-y">
              {day.ports.map((port) => {
                const name = port.voiceOrderId ?? port.externalOrderId;
                return (
                  <article key={port.id} aria-label={`Port ${name}`} className="grid gap-4 py-4 first:pt-0 last:pb-0 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
                    <div className="flex flex-col gap-2">
                      <div className="flex flex-wrap items-center gap-2">
                        <Link href={`/${org}/orders/${port.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                          Port in <span className="font-mono text-xs">{name}</span>
                        </Link>
                        <OrderStatusBadge status={port.status} />
                      </div>
                      {port.completedEarlyAt && (
                        <p className="text-xs text-muted-foreground">
                          Ported now, ahead of its FOC date <time dateTime={port.focDate.toISOString().slice(0, 10)}>{formatCalendarDay(port.focDate)}</time>.
                        </p>
                      )}
                      <p className="text-xs text-muted-foreground">
                        {port.productId && PRODUCT_LABELS[port.productId] ? PRODUCT_LABELS[port.productId]!.long : "Product not recorded"}
                        {showSubAccount && port.subAccountName && ` · ${port.subAccountName}`}
                      </p>
                      <h3 className="sr-only">Numbers</h3>
                      <ul aria-label={`Numbers of port ${name}`} className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs">
                        {port.tns.length === 0 ? (
                          <li className="font-sans text-muted-foreground">No numbers recorded</li>
                        ) : (
                          port.tns.map((tn) => <li key={tn}>{formatTn(tn)}</li>)
                        )}
                      </ul>
                    </div>
                    <div className="flex flex-col gap-2">
                      <h3 className="text-sm font-medium">Cut-over checklist</h3>
                      <CutOverChecklistList items={port.checklist} label={`Cut-over checklist of port ${name}`} />
                    </div>
                  </article>
                );
              })}
            </CardContent>
          </Card>
        </li>
      ))}
    </ol>
  );
}
