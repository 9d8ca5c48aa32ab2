import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OrderStatus } from "@/lib/db/generated/enums";
import type { OrderVersion } from "@/lib/orders/supplement-versions";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTime } from "./order-time";

/** A port's versions: as first sent, then each supplement with who sent it, when, what it changed and how it went. */
export function OrderVersions({ org, versions }: { org: string; versions: OrderVersion[] }) {
  return (
    <Card aria-labelledby="order-versions-title">
      <CardHeader>
        <CardTitle id="order-versions-title">Versions</CardTitle>
        <CardDescription>Version 1 is the port as sent; each supplement after it shows what it changed.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-col gap-4">
          {versions.map((version) => (
            <li key={version.orderId} className="flex flex-col gap-2 border-l-2 pl-3" aria-label={`Version ${version.version}`}>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold">Version {version.version}</span>
                <span className="text-muted-foreground">
                  {version.kind === "port" ? (
                    "the port as sent"
                  ) : (
                    <Link href={`/${org}/orders/${version.orderId}`} className="text-primary underline-offset-4 hover:underline">
                      supplement
                    </Link>
                  )}
                  {version.by && <> by {version.by}</>}
                  {", "}
                  <OrderTime value={version.at} />
                </span>
                <OrderStatusBadge status={version.status as OrderStatus} />
              </p>
              {!version.tookEffect && <p className="text-sm text-muted-foreground">Lumen did not take this supplement; nothing changed.</p>}
              {version.changes.length > 0 ? (
                <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1 text-sm">
                  {version.changes.map((change) => (
                    <div key={change.field} className="contents">
                      <dt className="text-muted-foreground">{change.label}</dt>
                      <dd>
                        {version.kind === "supplement" && (
                          <>
                            <span className="text-muted-foreground line-through">{change.before ?? "not given"}</span>
                            <span aria-hidden> → </span>
                            <span className="sr-only"> changed to </span>
                          </>
                        )}
                        {change.after ?? "not given"}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="text-sm text-muted-foreground">No field changed.</p>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
